package uk.cml.app;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.evidence.MissedPaymentsTold;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;

/** Made-up calls, notes and letters for the sample case, dated in the last few weeks before today. */
final class SampleEvidence {

    private final AppServices services;
    private final LocalDate today;

    SampleEvidence(AppServices services, LocalDate today) {
        this.services = services;
        this.today = today;
    }

    void fill(long caseId) {
        LocalDateTime now = today.atTime(9, 0);
        UkCalendar calendar = services.calendar;
        // Calls and CMS letters fall on working days, when the CMS's phone lines and offices are open.
        LocalDate called = calendar.onOrBefore(today.minusDays(24));
        // Kept: the CMS's letter of the arrears came (logged below, answering the letter confirming this call).
        long reported = services.calls.add(new Call(0, caseId, called.atTime(10, 40), CallDirection.I_CALLED,
                "0800 171 2345",
                "Priya", "Arrears team", "", "I told them Jordan had missed two weekly payments. "
                        + "Priya said they would ask Jordan for proof of payment and write to me within 10 working days.",
                "A letter to me about the arrears", Optional.of(called.plusDays(14)),
                "Missed payments reported. They will contact Jordan",
                Optional.of(called.plusDays(15)), false, true, now, Optional.of(MissedPaymentsTold.YES)));
        // The arrears notice was sent weeks before (SampleStanding): the next step is the one the CMS is weighing.
        services.calls.add(new Call(0, caseId, calendar.onOrBefore(today.minusDays(6)).atTime(14, 5),
                CallDirection.CMS_CALLED, "0800 171 2345", "Mark", "Enforcement", "MK204", "Mark said Jordan had "
                        + "not sent proof of payment. He said the CMS would now look at taking the arrears from "
                        + "Jordan's wages.", "Decide whether to make a deduction from earnings order",
                Optional.of(today.plusDays(8)), "Deduction from earnings order being considered",
                Optional.of(today.plusDays(8)), false, false, now, Optional.of(MissedPaymentsTold.NO)));
        services.notes.add(new Note(0, caseId, today.minusDays(20), NoteCategory.EFFECT_ON_CHILD,
                "I am two months behind with the rent because the maintenance has not come.", now));
        services.notes.add(new Note(0, caseId, today.minusDays(12), NoteCategory.EFFECT_ON_CHILD,
                "I could not buy Mia's new school uniform this term.", now));
        services.notes.add(new Note(0, caseId, today.minusDays(15), NoteCategory.PLAIN,
                "My landlord charged me a late payment fee of £25.00 because the rent was late.", now));
        services.notes.add(new Note(0, caseId, today.minusDays(3), NoteCategory.PLAIN,
                "Jordan texted to say the money would come on Friday. It did not.", now));
        AddressBookEntry cms = services.addressBook.byRole(AddressBookEntry.Role.CMS_GENERAL).orElseThrow();
        Recipient to = new Recipient(Optional.of(cms.id()), cms.name(), cms.postalAddress().oneLine());
        LocalDate written = called.plusDays(1);
        LocalDate posted = calendar.onOrAfter(written.plusDays(1));
        long sent = services.sentLetters.save(new SentLetter(0, caseId, written, Optional.of(posted), to,
                "Confirming my call of " + UkFormats.shortDate(called), LetterKind.FOLLOW_UP_TO_CALL,
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS),
                new ProofOfPostage(Optional.of(posted), "Headingley Post Office", "CP 4471 2208", Optional.empty()),
                "", Optional.of(services.calendar.replyBy(posted, PostingMethod.FIRST_CLASS, Optional.empty(),
                        new uk.cml.domain.standing.ReplyRuleBook(services.standing.facts()).request()).date()), Optional.empty())
                // Logged as following up the call above, as the parent says when logging it on the Letters page.
                .confirming(Optional.of(reported)));
        // Arrives as 1st class post is deemed to (the 2nd working day after its date): never on a Sunday, when Royal
        // Mail does not deliver (a reviewer read "which reached me on 29 Nov 2026", a Sunday, in the sample letters).
        LocalDate answerDated = calendar.onOrBefore(today.minusDays(9));
        services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(answerDated),
                calendar.workingDaysAfter(answerDated, 2), "Child Maintenance Service",
                "Says they have asked Jordan for proof of payment.", Optional.empty(), Optional.of(sent)));
        unanswered(caseId, to);
    }

    /**
     * The parent's letter about the two missed weeks (SampleHistory's script puts them 5 and 6 weeks back), posted
     * after them, which the CMS has not answered.
     */
    private void unanswered(long caseId, Recipient to) {
        LocalDate posted = services.calendar.onOrBefore(today.minusDays(30));
        services.sentLetters.save(new SentLetter(0, caseId, posted, Optional.of(posted), to, "Missed payments",
                LetterKind.ARREARS_REPORT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS),
                new ProofOfPostage(Optional.of(posted), "Headingley Post Office", "CP 4471 1902", Optional.empty()),
                "", Optional.of(services.calendar.replyBy(posted, PostingMethod.FIRST_CLASS, Optional.empty(),
                        new uk.cml.domain.standing.ReplyRuleBook(services.standing.facts()).request()).date()), Optional.empty()));
    }
}
