package uk.cml.letters.pack;

import java.util.ArrayList;
import java.util.List;
import uk.cml.domain.UkFormats;
import uk.cml.letters.LetterBlock;
import uk.cml.letters.TableColumn;

/** The table at the start of each letters section, listing every letter in the period whether or not a copy is kept. */
final class Registers {

    private Registers() {
    }

    static LetterBlock.Table sent(List<PackContents.SentItem> letters) {
        List<List<String>> rows = new ArrayList<>();
        for (PackContents.SentItem l : letters) {
            String kept = (l.copy().isPresent() ? "Copy follows" : "No copy kept")
                    + (l.proof().isPresent() ? "; proof of postage follows" : "");
            rows.add(List.of(UkFormats.shortDate(l.date()), l.title(), l.how()
                    + (l.proofDetails().isEmpty() ? "" : "; " + l.proofDetails()), kept));
        }
        return new LetterBlock.Table(List.of(TableColumn.left("Date", 1.1), TableColumn.left("Letter", 2.6),
                TableColumn.left("How it was sent", 2.4), TableColumn.left("In this pack", 1.5)), rows);
    }

    static LetterBlock.Table received(List<PackContents.ReceivedItem> letters) {
        List<List<String>> rows = new ArrayList<>();
        for (PackContents.ReceivedItem l : letters) {
            rows.add(List.of(UkFormats.shortDate(l.received()), l.dated().map(UkFormats::shortDate).orElse(""),
                    l.from(), l.summary(), l.scan().isPresent() ? "Scan follows" : "No scan kept"));
        }
        return new LetterBlock.Table(List.of(TableColumn.left("Received", 1.1), TableColumn.left("Dated", 1.1),
                TableColumn.left("From", 1.8), TableColumn.left("Summary", 3), TableColumn.left("In this pack", 1.2)),
                rows);
    }
}
