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

    /** Files kept but left out of a pack that hides the parent's address. */
    static final String LEFT_OUT = "kept, left out of this pack for privacy";

    /** @param attached false when kept files are left out of the pack (see {@link PackMasking}) */
    static LetterBlock.Table sent(List<PackContents.SentItem> letters, boolean attached) {
        List<List<String>> rows = new ArrayList<>();
        for (PackContents.SentItem l : letters) {
            String kept = (l.copy().isPresent() ? (attached ? "Copy follows" : "Copy " + LEFT_OUT) : "No copy kept")
                    + (l.proof().isPresent() ? (attached ? "; proof of postage follows" : "; proof of postage "
                    + LEFT_OUT) : "");
            rows.add(List.of(UkFormats.shortDate(l.date()), l.title(), l.how()
                    + (l.proofDetails().isEmpty() ? "" : "; " + l.proofDetails()), kept));
        }
        return new LetterBlock.Table(List.of(TableColumn.left("Date", 1.1), TableColumn.left("Letter", 2.6),
                TableColumn.left("How it was sent", 2.4), TableColumn.left("In this pack", 1.5)), rows);
    }

    /** Where a copy of a letter made but not recorded as sent is in the pack: nowhere, and why. */
    static final String NOT_SENT_COPY = "Not copied in: a letter made but not recorded as sent";

    /** Said after the Documents section's introduction when it lists such a copy. */
    static final String NOT_SENT_COPY_NOTE = "A copy of a letter made in the app but not recorded as sent is listed, "
            + "not copied into this pack, as none of those letters is said to have been sent.";

    /** The title of the part listing letters made but not recorded as sent. */
    static final String NOT_SENT_TITLE = "Letters made but not recorded as sent";

    /** Letters made or logged but not recorded as sent: what they are and when written, never "copy follows". */
    static LetterBlock.Table notSent(List<PackContents.SentItem> letters) {
        List<List<String>> rows = new ArrayList<>();
        for (PackContents.SentItem l : letters) {
            rows.add(List.of(UkFormats.shortDate(l.date()), l.title(), l.how(),
                    l.copy().isPresent() ? "Copy kept, not copied into this pack" : "No copy kept"));
        }
        return new LetterBlock.Table(List.of(TableColumn.left("Date", 1.1), TableColumn.left("Letter", 2.6),
                TableColumn.left("What is recorded", 2.4), TableColumn.left("In this pack", 1.5)), rows);
    }

    static LetterBlock.Table received(List<PackContents.ReceivedItem> letters, boolean attached) {
        List<List<String>> rows = new ArrayList<>();
        for (PackContents.ReceivedItem l : letters) {
            rows.add(List.of(UkFormats.shortDate(l.received()), l.dated().map(UkFormats::shortDate).orElse(""),
                    l.from().isEmpty() ? "Not recorded" : l.from(), l.summary(), l.scan().isPresent() ? (attached ? "Scan follows" : "Scan " + LEFT_OUT) : "No scan kept"));
        }
        return new LetterBlock.Table(List.of(TableColumn.left("Received", 1.3), TableColumn.left("Dated", 1.3),
                TableColumn.left("From", 1.8), TableColumn.left("Summary", 2.6), TableColumn.left("In this pack", 1.2)),
                rows);
    }

    /**
     * Every document kept in the period: the date on it, what it is, the day it was added, its file, and where its
     * pages are in this pack (after this table, or with the letter that already put them in).
     *
     * @param inLetters the files a letters section of this pack already put in, with the words for where
     */
    static LetterBlock.Table documents(List<PackContents.DocumentItem> documents, boolean attached,
                                       java.util.Map<java.nio.file.Path, String> inLetters) {
        List<List<String>> rows = new ArrayList<>();
        for (PackContents.DocumentItem d : documents) {
            String where = d.copyOfLetterNotSent() ? NOT_SENT_COPY : d.file().isEmpty() ? "No file kept"
                    : !attached ? "File " + LEFT_OUT
                    : inLetters.getOrDefault(d.file().get().path(), "Follows");
            rows.add(List.of(d.datedOn().map(UkFormats::shortDate).orElse("Not given"),
                    d.description().isBlank() ? "Not described" : d.description().strip(),
                    UkFormats.shortDate(d.addedOn()), d.name(), where));
        }
        return new LetterBlock.Table(List.of(TableColumn.left("Date on it", 1.3), TableColumn.left("What it is", 2.5),
                TableColumn.left("Added", 1.3), TableColumn.left("File", 1.8), TableColumn.left("In this pack", 1.4)),
                rows);
    }
}
