package uk.cml.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.domain.standing.EnforcementStep;

/**
 * The sample case's complaint (posted, answered), the enforcement step its answer tells of, and the CMS decisions
 * and offer the parent can answer: an annual review, a proposal to write off part of the arrears, and Jordan's offer
 * of part payment in full and final settlement. CMS letters are dated on working days.
 */
final class SampleStanding {

    /** What the CMS proposes to write off, as its letter says. */
    static final Money WRITE_OFF = Money.ofPence(250_00);

    private SampleStanding() {
    }

    /** Jordan's offer: 60% of the arrears on the day the sample is made. */
    static Money settlementOffer(ArrearsSchedule schedule) {
        return schedule.owedNow().percent(new BigDecimal("60"));
    }

    static void fill(AppServices services, long caseId, LocalDate today) {
        UkCalendar calendar = services.calendar;
        AddressBookEntry cms = services.addressBook.byRole(AddressBookEntry.Role.CMS_COLLECTION).orElseThrow();
        Recipient to = new Recipient(Optional.of(cms.id()), cms.name(), cms.postalAddress().oneLine());
        LocalDate posted = calendar.onOrBefore(today.minusDays(40));
        LocalDate replyBy = calendar.replyBy(calendar.deemedDelivery(posted,
                PostingMethod.FIRST_CLASS), new uk.cml.domain.standing.ReplyRuleBook(services.standing.facts())
                .complaint()).date();
        long complaint = services.sentLetters.save(new SentLetter(0, caseId, posted, Optional.of(posted), to,
                "Complaint about how the arrears are collected", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), new ProofOfPostage(Optional.of(posted),
                "Headingley Post Office", "CP 4471 3315", Optional.empty()), "", Optional.of(replyBy),
                Optional.empty(), Optional.empty(), Optional.of(replyBy)));
        LocalDate answered = calendar.onOrBefore(today.minusDays(8));
        services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(calendar.onOrBefore(
                answered.minusDays(2))), answered, "Child Maintenance Service", "Reply to my complaint: they say "
                + "they have sent Jordan an arrears notice and will decide whether to take the arrears from Jordan's "
                + "wages.", Optional.empty(), Optional.of(complaint), Optional.of(
                uk.cml.domain.correspondence.FinalResponseAnswer.NO)));
        // Heard of in that reply, after the oldest arrears still owed (SampleHistory's missed weeks).
        services.standing.tick(new EnforcementRecord(0, caseId, EnforcementStep.ARREARS_NOTICE, answered,
                "The reply to my complaint says so"));
        decisions(services, caseId, today);
    }

    private static void decisions(AppServices services, long caseId, LocalDate today) {
        UkCalendar calendar = services.calendar;
        LocalDate reviewed = calendar.onOrBefore(today.minusDays(15));
        long review = services.standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION, reviewed,
                "Annual review: the weekly amount stays the same", Optional.empty()));
        // Each decision then logged with the letter it came in (the same kind and date: linked, not doubled).
        received(services, caseId, reviewed, "Annual review of the calculation: the weekly amount stays the "
                + "same. It uses Jordan's income from the tax year two years ago.", Decision.Kind.CALCULATION);
        // The review kept the amount: the parent said so on the Overview, so it asks for no new amount.
        services.decisionAmounts.sayUnchanged(review);
        LocalDate writeOff = calendar.onOrBefore(today.minusDays(10));
        services.standing.addDecision(new Decision(0, caseId, Decision.Kind.WRITE_OFF, writeOff,
                "Proposal to write off " + WRITE_OFF.format() + " of the arrears", Optional.empty()));
        received(services, caseId, writeOff, "They propose to write off " + WRITE_OFF.format() + " of the arrears.",
                Decision.Kind.WRITE_OFF);
        Money offer = settlementOffer(services.payments.schedule(caseId, today));
        received(services, caseId, calendar.onOrBefore(today.minusDays(5)), "They say Jordan offers "
                + offer.format() + " in full and final settlement of the arrears.", null);
    }

    /** A CMS letter, arriving on the next working day but one after its date (and by today). */
    private static void received(AppServices services, long caseId, LocalDate dated, String summary,
            Decision.Kind decision) {
        LocalDate arrived = services.calendar.onOrAfter(dated.plusDays(2));
        LocalDate today = LocalDate.now(services.clock);
        services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(dated),
                arrived.isAfter(today) ? today : arrived, "Child Maintenance Service", summary, Optional.empty(),
                Optional.empty()), Optional.empty(), Optional.ofNullable(decision));
    }
}
