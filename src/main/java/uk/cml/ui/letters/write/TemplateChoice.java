package uk.cml.ui.letters.write;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import uk.cml.domain.UkFormats;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.ui.common.Messages;

/**
 * Which letter the writer is on, and, when it opened to answer a letter that none of its letters fits, one sentence
 * saying why nothing is chosen and what the parent can do. Choosing a letter or changing case clears the sentence.
 */
final class TemplateChoice {

    /** Nothing chosen, waiting for the sentence saying why (worked out from the records, so it comes later). */
    record Waiting(long opening) {
    }

    private final ObjectProperty<LetterTemplate> template = new SimpleObjectProperty<>(this, "template");
    private final ReadOnlyStringWrapper whyNone = new ReadOnlyStringWrapper(this, "whyNone", "");
    /** Counts each change of letter or case, so a sentence that comes after one is not shown. */
    private long openings;

    TemplateChoice() {
        template.addListener((o, was, now) -> {
            openings++;
            if (now != null) {
                whyNone.set("");
            }
        });
    }

    /** The letter chosen; empty after {@link #nothingFits}, until the parent picks one. */
    ObjectProperty<LetterTemplate> template() {
        return template;
    }

    /** Why no letter is chosen, in one sentence; empty while one is. */
    ReadOnlyStringProperty whyNone() {
        return whyNone.getReadOnlyProperty();
    }

    void choose(LetterTemplate letter) {
        template.set(letter);
        whyNone.set("");
    }

    /** Nothing chosen, and the sentence saying why. */
    void nothingFits(NoLetterFits why) {
        because(nothingFitsYet(), why);
    }

    /** Nothing chosen, and no sentence yet: it is given to {@link #because} once worked out. */
    Waiting nothingFitsYet() {
        template.set(null);
        whyNone.set("");
        return new Waiting(++openings);
    }

    /**
     * The sentence for a {@link #nothingFitsYet}, shown only if nothing was chosen and the case was not changed in
     * the meantime: otherwise it is about a letter the parent has left.
     */
    void because(Waiting waiting, NoLetterFits why) {
        if (waiting.opening() == openings && template.get() == null) {
            whyNone.set(sentence(why));
        }
    }

    /**
     * Another case: a sentence about the last case's letter goes, and with nothing chosen the writer opens on
     * {@code opening}, as it does for any case, rather than blank with no reason given.
     */
    void caseChanged(LetterTemplate opening) {
        openings++;
        if (template.get() == null) {
            choose(opening);
        }
        whyNone.set("");
    }

    static String sentence(NoLetterFits why) {
        String key = switch (why.why()) {
            case COMPLAINT_REPLY_DUE -> "letters.templateChoice.complaintReplyDue";
            case COMPLAINT_REPLY_LATE -> "letters.templateChoice.complaintReplyLate";
            case COMPLAINT_WITH_CMS -> "letters.templateChoice.complaintWithCms";
            case ICE_STAGE -> "letters.templateChoice.iceStage";
            case RECONSIDERED -> "letters.templateChoice.reconsidered";
            case NOTHING_MATCHES -> "letters.templateChoice.nothingMatches";
        };
        return why.date().map(d -> Messages.text(key, UkFormats.shortDate(d))).orElseGet(() -> Messages.text(key));
    }
}
