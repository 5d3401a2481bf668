package uk.cml.letters.templates;

import java.util.ArrayList;
import java.util.List;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.letters.LetterBlock;
import uk.cml.letters.TableColumn;

/** The table of missed and part payments that letters 2 and 12 carry: date due, due, received, short, and a total. */
final class ArrearsAnnex {

    private ArrearsAnnex() {
    }

    static LetterBlock.Table table(List<ScheduleLine> lines) {
        List<List<String>> rows = new ArrayList<>();
        Money due = Money.ZERO;
        Money received = Money.ZERO;
        Money shortBy = Money.ZERO;
        for (ScheduleLine line : lines) {
            rows.add(List.of(UkFormats.shortDate(line.date()), line.due().format(), line.received().format(),
                    line.shortBy().format()));
            due = due.plus(line.due());
            received = received.plus(line.received());
            shortBy = shortBy.plus(line.shortBy());
        }
        return new LetterBlock.Table(List.of(TableColumn.left("Date due", 1.4), TableColumn.right("Due", 1),
                TableColumn.right("Received", 1), TableColumn.right("Short", 1)),
                rows, List.of("Total", due.format(), received.format(), shortBy.format()));
    }

    /** Starts a sentence with a count: up to ten in words, larger ones as "A total of 14", never a bare figure. */
    private static String count(int n) {
        String[] words = {"No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"};
        return n < words.length ? words[n] : "A total of " + n;
    }

    /** "5 payments due from 6 March 2026 to 3 April 2026 were missed or only part paid." */
    static String missedSentence(List<ScheduleLine> lines) {
        return span(lines) + (lines.size() == 1 ? " was" : " were") + " missed or only part paid.";
    }

    /** "5 payments due from 6 March 2026 to 3 April 2026". */
    static String span(List<ScheduleLine> lines) {
        String count = lines.size() == 1 ? "One payment" : count(lines.size()) + " payments";
        if (lines.size() == 1) {
            return count + " due on " + UkFormats.longDate(lines.get(0).date());
        }
        return count + " due from " + UkFormats.longDate(lines.get(0).date()) + " to "
                + UkFormats.longDate(lines.get(lines.size() - 1).date());
    }
}
