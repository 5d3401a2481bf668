package uk.cml.letters.templates;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.standing.CmsFacts;

/**
 * One kind of letter, one rule: a letter logged by hand on the Letters page was watched by its kind's own working
 * days (15 for an arrears report), while the app's own request letters ask for 10 working days after deemed delivery
 * ({@link ReplyRules#REQUEST}). The same report, written the same day and posted the same way, is now watched to the
 * same day whichever way it was made.
 */
class HandLoggedRequestsWatchedAsLettersTest {

    private final UkCalendar calendar = SeededFacts.calendar();
    private final CmsFacts facts = SeededFacts.published();
    private final Deadlines deadlines = new Deadlines(calendar, facts);
    private static final Recipient CMS = new Recipient(Optional.empty(), "Child Maintenance Service",
            "PO Box 249\nMitcheldean\nGL17 1AJ");

    @Test
    @DisplayName("an arrears report logged by hand and the app's missed-payments letter of Wed 9 Dec 2026, 1st class,"
            + " are watched to the same day")
    void handLoggedArrearsReportAgreesWithTheAppsLetter() {
        LocalDate written = LocalDate.of(2026, 12, 9);
        LocalDate printed = deadlines.requestReplyBy(written);
        LocalDate handLogged = calendar.replyBy(written, PostingMethod.FIRST_CLASS, Optional.empty(),
                ReplyRules.forKind(LetterKind.ARREARS_REPORT, CMS, "", facts)).date();
        assertEquals(printed, handLogged);
        assertEquals(ReplyDates.kind(LetterTemplates.MISSED_DIRECT_PAY), LetterKind.ARREARS_REPORT);
    }

    @Test
    @DisplayName("each request kind logged by hand is watched by the app's request rule; complaints keep the CMS's"
            + " target and subject access the law's month")
    void eachKindByTheRuleTheAppsLettersUse() {
        for (LetterKind kind : LetterKind.values()) {
            // The Letters page's suggestion and the rule the standing pages count by are one (ReplyRuleBook).
            assertEquals(ReplyRules.forKind(kind, CMS, "", facts),
                    new uk.cml.domain.standing.ReplyRuleBook(facts).forKind(kind, CMS, ""), kind.name());
            if (kind.request()) {
                assertEquals(ReplyRules.REQUEST.rule(facts), ReplyRules.forKind(kind, CMS, "", facts), kind.name());
            }
        }
        assertEquals(ReplyRules.COMPLAINT.rule(facts), ReplyRules.forKind(LetterKind.COMPLAINT, CMS, "", facts));
        assertEquals(ReplyRules.SUBJECT_ACCESS.rule(facts),
                ReplyRules.forKind(LetterKind.SUBJECT_ACCESS_REQUEST, CMS, "", facts));
        // Every kind an app letter that prints a request date is logged as is a request kind.
        for (LetterTemplate template : LetterTemplates.all()) {
            if (ReplyRules.of(template).equals(Optional.of(ReplyRules.REQUEST))
                    && ReplyDates.kind(template) != LetterKind.COMPLAINT) {
                assertEquals(true, ReplyDates.kind(template).request(), template.key());
            }
        }
    }
}
