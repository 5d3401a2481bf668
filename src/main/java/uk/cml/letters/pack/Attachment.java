package uk.cml.letters.pack;

import java.util.ArrayList;
import java.util.List;
import uk.cml.domain.UkFormats;

/**
 * One file put into the pack after a section's register: a letter's copy, its proof of postage, a received scan.
 *
 * @param contentsTitle the line in the contents pointing at it, or empty for a file that follows another (a proof)
 * @param caption       printed above a picture; an imported PDF's pages are left exactly as they are
 */
record Attachment(PackFile file, String contentsTitle, String caption) {

    static List<Attachment> forLettersSent(List<PackContents.SentItem> letters) {
        List<Attachment> all = new ArrayList<>();
        for (PackContents.SentItem l : letters) {
            String contents = UkFormats.shortDate(l.date()) + ": " + l.title();
            boolean listed = false;
            if (l.copy().isPresent()) {
                all.add(new Attachment(l.copy().get(), contents, "Copy of the letter: " + l.title() + ". " + l.how()
                        + "."));
                listed = true;
            }
            if (l.proof().isPresent()) {
                String details = l.proofDetails().isEmpty() ? "" : " (" + l.proofDetails() + ")";
                all.add(new Attachment(l.proof().get(), listed ? "" : contents, "Proof of postage" + details
                        + " for the letter: " + l.title() + ". " + l.how() + "."));
            }
        }
        return all;
    }

    static List<Attachment> forLettersReceived(List<PackContents.ReceivedItem> letters) {
        List<Attachment> all = new ArrayList<>();
        for (PackContents.ReceivedItem l : letters) {
            if (l.scan().isPresent()) {
                String dated = l.dated().map(d -> ", dated " + UkFormats.shortDate(d)).orElse("");
                String letter = l.from().isEmpty() ? "Letter received" : "Letter from " + l.from();
                all.add(new Attachment(l.scan().get(), UkFormats.shortDate(l.received()) + ": " + letter,
                        letter + dated + ", received " + UkFormats.shortDate(l.received()) + "."));
            }
        }
        return all;
    }

    /**
     * The documents' files, each once: a file already put in by a letters section of this pack ({@code inLetters})
     * is not put in again, and the Documents table says where it is.
     */
    static List<Attachment> forDocuments(List<PackContents.DocumentItem> documents,
                                         java.util.Set<java.nio.file.Path> inLetters) {
        List<Attachment> all = new ArrayList<>();
        for (PackContents.DocumentItem d : documents) {
            // A letter made but not recorded as sent is never copied in: it may say what was never posted.
            if (d.file().isEmpty() || d.copyOfLetterNotSent() || inLetters.contains(d.file().get().path())) {
                continue;
            }
            String what = d.description().isBlank() ? d.name() : d.description().strip();
            String dated = d.datedOn().map(day -> ", dated " + UkFormats.shortDate(day)).orElse("");
            all.add(new Attachment(d.file().get(), UkFormats.shortDate(d.listedOn()) + ": " + shortened(what),
                    "Document: " + what + dated + ", added " + UkFormats.shortDate(d.addedOn()) + " ("
                            + d.name() + ")."));
        }
        return all;
    }

    /** A line of the contents: a long description is cut at a word, the whole of it is in the table. */
    private static String shortened(String text) {
        String line = text.replaceAll("\\s+", " ");
        if (line.length() <= 80) {
            return line;
        }
        int cut = line.lastIndexOf(' ', 79);
        return line.substring(0, cut > 40 ? cut : 79) + "\u2026";
    }
}
