package uk.cml.ui.letters.write;

import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.letters.templates.AnsweredOnRecord;
import uk.cml.letters.templates.AnsweredOnRecord.NotLogged;
import uk.cml.letters.templates.LetterDraft;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.ui.common.Messages;

/**
 * What the writer says, under the letter's heading, when the letter it answers (or chases) is not in the records:
 * never a reason not to make it (the parent may hold the letter and not have logged it yet), only a nudge to log it,
 * so the records show what the reply answers.
 */
final class NotLoggedNotice {

    private NotLoggedNotice() {
    }

    /** The words for the letter on screen, or "" when what it answers is logged or not known. */
    static String text(LetterTemplate template, LetterFacts facts, LetterDraft drafted, LetterDraft edited) {
        return text(AnsweredOnRecord.check(template, facts, drafted, edited));
    }

    static String text(Optional<NotLogged> notLogged) {
        if (notLogged.isEmpty()) {
            return "";
        }
        NotLogged n = notLogged.get();
        String date = UkFormats.shortDate(n.date());
        if (n.from() == AnsweredOnRecord.From.PARENT) {
            return Messages.text("letters.writerView.notLoggedOwn", date);
        }
        return n.undatedReceivedOn().map(came -> Messages.text("letters.writerView.notLoggedUndated", date,
                UkFormats.shortDate(came))).orElseGet(() -> Messages.text("letters.writerView.notLoggedCms", date));
    }
}
