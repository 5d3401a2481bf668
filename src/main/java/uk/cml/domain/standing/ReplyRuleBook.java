package uk.cml.domain.standing;

import uk.cml.domain.calendar.ReplyRule;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * The one rule a reply to a logged letter is watched by, with the facts as the parent may have corrected them
 * ({@code request.reply.working_days}, {@code complaint.reply.working_days}, {@code subject_access.months}): the
 * Letters page's suggestion, the chases on Where it stands and the Overview, and the rules the app's own letters print
 * by ({@code letters.templates.ReplyRules}) all count with it, so a fact changed in one place changes every date.
 *
 * <ul>
 *   <li>A complaint to the CMS: the CMS's published target to reply (15 working days from delivery).</li>
 *   <li>A complaint to the Independent Case Examiner: the facts give ICE no time to reply, and the CMS's target is
 *       not ICE's, so it is watched as any request is: the app's own suggestion of when to chase (the date the
 *       app's ICE letter asks ICE to confirm it has the complaint by), never said to be a target.</li>
 *   <li>A complaint to anyone else (the other parent) and every request: the app's request rule.</li>
 *   <li>A subject access request: the law's calendar month.</li>
 *   <li>A reply to a write-off proposal: the days the proposal allows for the parent's reply
 *       ({@code write_off.reply.days}, 30), from when the reply counts as delivered. The CMS decides only once those
 *       days are over, and counted from the reply's delivery they have run out whenever the proposal was dated; no
 *       source gives a time for the decision itself (the 15 working days this used to be were no fact's).</li>
 * </ul>
 */
public final class ReplyRuleBook {

    private final CmsFacts facts;

    public ReplyRuleBook(CmsFacts facts) {
        this.facts = facts;
    }

    /** The app's suggestion for an ordinary request: working days from delivery. */
    public ReplyRule request() {
        return new ReplyRule.WorkingDays(facts.requestReplyWorkingDays());
    }

    /** The CMS's published target to reply to a complaint, in working days from delivery. */
    public ReplyRule complaint() {
        return new ReplyRule.WorkingDays(facts.complaintReplyWorkingDays());
    }

    /** The law's time to answer a subject access request, in calendar months from delivery. */
    public ReplyRule subjectAccess() {
        return new ReplyRule.CalendarMonths(facts.subjectAccessMonths());
    }

    /**
     * A reply to a proposal to write off arrears: the days the proposal allows for the parent's reply, counted from
     * when the reply counts as delivered, by when the CMS may decide.
     */
    public ReplyRule writeOffReply() {
        return new ReplyRule.Days(facts.writeOffReplyDays());
    }

    /** The rule a logged letter's reply is watched by. */
    public ReplyRule of(SentLetter letter) {
        return forKind(letter.kind(), letter.to(), letter.subject());
    }

    /**
     * The rule for a letter of {@code kind} to {@code to} logged under {@code subject}: a complaint's step is read as
     * the complaint thread reads it ({@link ComplaintThreads#stepOf}), so a complaint to ICE is never given the
     * CMS's target.
     */
    public ReplyRule forKind(LetterKind kind, Recipient to, String subject) {
        if (kind == LetterKind.COMPLAINT) {
            boolean toTheCms = ComplaintReading.step(kind, to, subject).filter(s -> s != Step.ICE).isPresent();
            return toTheCms ? complaint() : request();
        }
        if (kind == LetterKind.SUBJECT_ACCESS_REQUEST) {
            return subjectAccess();
        }
        if (kind == LetterKind.WRITE_OFF_REPLY) {
            return writeOffReply();
        }
        return request();
    }
}
