package uk.cml.letters.templates;

import java.util.Optional;
import uk.cml.domain.calendar.ReplyRule;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.CmsFacts;
import uk.cml.domain.standing.ReplyRuleBook;

/**
 * The rule a letter the app writes counts its reply-by date by, from the day the CMS is taken to receive it: one
 * place for the writer, which prints the date for a letter posted first class on its date ({@link Deadlines}), and
 * the Letters page's form, which counts the same rule from the real posting. A letter that asks for a reply a fixed
 * time after a date of its own (the reply to a write-off proposal, which waits for the proposal's days to end) has
 * no such rule here.
 */
public enum ReplyRules {

    /** One calendar month from receipt (UK GDPR, ICO guidance): a legal time limit, so the real posting sets it. */
    SUBJECT_ACCESS(true, "subject-access") {
        @Override
        public ReplyRule rule(CmsFacts facts) {
            return new ReplyRuleBook(facts).subjectAccess();
        }
    },
    /** The adviser's "up to 6 weeks" (seed 004): an estimate, so the date printed is the app's suggestion. */
    ARREARS_BREAKDOWN(false, "arrears-breakdown") {
        @Override
        public ReplyRule rule(CmsFacts facts) {
            return new ReplyRule.Weeks(facts.arrearsBreakdownWeeks());
        }
    },
    /**
     * The app's own suggestion for an ordinary request (10 working days): counted from delivery as a complaint's
     * reply is, so a letter dated on a Saturday or just before a bank holiday gives the CMS the same working time as
     * any other. The letter prints it for 1st class on its date and the log watches that printed date: posted later,
     * the CMS holds a letter asking for that date, so the Letters page's form says what the real posting would give
     * and leaves the choice to the parent ({@link #watchedFromPosting} is false).
     */
    REQUEST(false, "confirm-call", "missed-direct-pay", "collect-and-pay", "enforcement-request",
            "mandatory-reconsideration", "settlement-reply", "chase-reply", "ice-complaint", "other-parent") {
        @Override
        public ReplyRule rule(CmsFacts facts) {
            return new ReplyRuleBook(facts).request();
        }
    },
    /**
     * The CMS's published target for a full reply to a complaint (15 working days). Not the ICE letter's: the facts
     * give ICE no time to reply, so that letter asks ICE to confirm it has the complaint by the request rule's date.
     */
    COMPLAINT(false, "collection-complaint", "senior-review") {
        @Override
        public ReplyRule rule(CmsFacts facts) {
            return new ReplyRuleBook(facts).complaint();
        }
    };

    private final boolean setByLaw;
    private final java.util.List<String> templateKeys;

    ReplyRules(boolean setByLaw, String... templateKeys) {
        this.setByLaw = setByLaw;
        this.templateKeys = java.util.List.of(templateKeys);
    }

    /** The time the rule allows, from the day the letter counts as delivered. */
    public abstract ReplyRule rule(CmsFacts facts);

    /**
     * Whether the rule, not the letter, sets the date: then the log watches the date the rule gives from the real
     * posting, not the one printed for a letter posted first class on its date.
     */
    public boolean setByLaw() {
        return setByLaw;
    }

    /** The rule a template's letter prints its reply-by date by, if it counts one from delivery. */
    public static Optional<ReplyRules> of(LetterTemplate template) {
        return java.util.Arrays.stream(values()).filter(r -> r.templateKeys.contains(template.key())).findFirst();
    }

    /** The rule of the template a logged letter was made from (by the title it was logged under), if any. */
    public static Optional<ReplyRules> of(SentLetter letter) {
        return LetterTemplates.madeAs(letter.subject()).flatMap(ReplyRules::of);
    }

    /**
     * The rule a letter logged under a title printed its reply-by date by: the rule of the template it was made from,
     * while it is still logged as that template's kind (a letter the parent logged as another kind is counted by its
     * kind's rule, not its template's).
     */
    public static Optional<ReplyRules> printedBy(String loggedTitle, LetterKind kind) {
        return LetterTemplates.madeAs(loggedTitle).filter(t -> ReplyDates.kind(t) == kind).flatMap(ReplyRules::of);
    }

    /**
     * Whether a letter logged under a title was made from a template that counts its reply-by date from no delivery
     * (a reply to a write-off proposal asks for a decision a fixed time after the proposal's days end): the date it
     * prints is fixed in the letter, so when and how it is posted does not move it.
     */
    public static boolean fixedInTheLetter(String loggedTitle) {
        return LetterTemplates.madeAs(loggedTitle).filter(t -> of(t).isEmpty()).isPresent();
    }

    /**
     * Whether the log watches the date the rule gives from the real posting, once the letter is posted and still
     * holds its printed date: a time limit set by law, and the CMS's published target to reply to a complaint, both
     * counted from when the CMS gets the letter. The date printed assumed 1st class on the letter's date; posted
     * later or 2nd class, the CMS's own target is later, and chasing before it would be too soon. An estimate the
     * app suggests (an arrears breakdown) stays the date the letter asks for.
     */
    public boolean watchedFromPosting() {
        return setByLaw || this == COMPLAINT;
    }

    /**
     * The rule a logged letter printed its reply-by date by, when the log watches the date it gives from the real
     * posting ({@link #watchedFromPosting}), with the facts as the parent may have corrected them. Empty for any
     * other letter.
     */
    public static Optional<ReplyRule> watchedFromPosting(SentLetter letter, CmsFacts facts) {
        return printedBy(letter.subject(), letter.kind()).filter(ReplyRules::watchedFromPosting)
                .filter(r -> r.targetOf(letter.to())).map(r -> r.rule(facts));
    }

    /**
     * Whether this rule holds for a letter to {@code to}: the CMS's target to reply to a complaint only for a letter
     * to the CMS or ICE; the others for any letter.
     */
    public boolean targetOf(uk.cml.domain.correspondence.Recipient to) {
        return this != COMPLAINT || to.isTheCms();
    }

    /**
     * The rule set by law a logged letter printed its reply-by date by, with the facts as the parent may have
     * corrected them: the log watches the date it gives from the real posting. Empty for any other letter.
     */
    public static Optional<ReplyRule> setByLaw(SentLetter letter, CmsFacts facts) {
        return printedBy(letter.subject(), letter.kind()).filter(ReplyRules::setByLaw).map(r -> r.rule(facts));
    }

    /**
     * The rule a letter logged by hand (not made by the app) is watched by, with the facts as the parent may have
     * corrected them: the one rule Where it stands and the Overview count with too ({@link ReplyRuleBook#forKind}),
     * the same the app's letters of its kind print. A request and a complaint to anyone but the CMS, the request
     * rule; a complaint to ICE, the request rule as the app's own ICE letter asks (the facts give ICE no target); a
     * complaint to the CMS, its complaint target; a subject access request, the law's month; a reply to a write-off
     * proposal, its own.
     */
    public static ReplyRule forKind(LetterKind kind, uk.cml.domain.correspondence.Recipient to, String subject,
            CmsFacts facts) {
        return new ReplyRuleBook(facts).forKind(kind, to, subject);
    }
}
