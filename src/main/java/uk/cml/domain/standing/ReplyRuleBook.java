package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.Optional;
import uk.cml.domain.calendar.ReplyRule;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
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
 *   <li>A reply to a write-off proposal: the CMS decides only once the days its proposal allows for the parent's
 *       reply are over ({@code write_off.reply.days}, 30), and those days run from the date on the CMS's letter, not
 *       from the reply ({@link #writeOffDecision}). No source gives a time for the decision itself, so the request
 *       rule counts from whichever is later, the reply's delivery or the end of those days: the date the app's own
 *       reply prints. With no proposal known, the request rule from the reply's delivery, as that letter asks.</li>
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
     * When the CMS's decision on the parent's reply to a proposal to write off arrears is waited for.
     *
     * @param date            the date to watch
     * @param proposalDaysEnd the day the proposal's days for a reply end (counted from the date on its letter, as
     *                        the limit on Where it stands is), when the proposal is known
     * @param fromDaysEnd     whether the date is counted from the end of those days (the reply came in them), not
     *                        from the reply's delivery (it came after them)
     */
    public record DecisionAwaited(LocalDate date, Optional<LocalDate> proposalDaysEnd, boolean fromDaysEnd) {
    }

    /**
     * The date a reply to a proposal to write off arrears waits for the CMS's decision by. The CMS decides once the
     * days its proposal allows for a reply are over ({@code write_off.reply.days}), counted from the date on its
     * letter ({@code proposalDated}), never from the reply: so the request rule's working days from whichever is
     * later, the reply's delivery or the end of those days (as a letter posted that day 1st class arrives), the date
     * the app's own reply prints (its letter counts the same way, {@code WriteOffReplyLetter}). With no proposal
     * known, the request rule from the reply's delivery, as that letter asks with no proposal date.
     */
    public DecisionAwaited writeOffDecision(UkCalendar calendar, LocalDate delivered,
            Optional<LocalDate> proposalDated) {
        LocalDate fromDelivery = calendar.replyBy(delivered, request()).date();
        if (proposalDated.isEmpty()) {
            return new DecisionAwaited(fromDelivery, Optional.empty(), false);
        }
        LocalDate daysEnd = proposalDated.get().plusDays(facts.writeOffReplyDays());
        LocalDate fromDaysEnd = calendar.replyBy(calendar.deemedDelivery(daysEnd, PostingMethod.FIRST_CLASS),
                request()).date();
        boolean afterDaysEnd = !fromDaysEnd.isBefore(fromDelivery);
        return new DecisionAwaited(afterDaysEnd ? fromDaysEnd : fromDelivery, Optional.of(daysEnd), afterDaysEnd);
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
        // A reply to a write-off proposal with no proposal known: the request rule, as the app's own reply asks
        // ({@link #writeOffDecision} counts from the proposal when it is known).
        return request();
    }
}
