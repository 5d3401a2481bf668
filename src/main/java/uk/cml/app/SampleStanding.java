package uk.cml.app;

import java.time.LocalDate;
import java.util.Optional;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.domain.standing.EnforcementStep;

/** The sample case's complaint (posted, answered) and the enforcement step the CMS has reached. */
final class SampleStanding {

    private SampleStanding() {
    }

    static void fill(AppServices services, long caseId, LocalDate today) {
        AddressBookEntry cms = services.addressBook.byRole(AddressBookEntry.Role.CMS_COLLECTION).orElseThrow();
        Recipient to = new Recipient(Optional.of(cms.id()), cms.name(), cms.postalAddress().oneLine());
        LocalDate posted = services.calendar.onOrBefore(today.minusDays(40));
        LocalDate replyBy = services.calendar.replyBy(services.calendar.deemedDelivery(posted,
                PostingMethod.FIRST_CLASS), new uk.cml.domain.calendar.ReplyRule.WorkingDays(15)).date();
        long complaint = services.sentLetters.save(new SentLetter(0, caseId, posted, Optional.of(posted), to,
                "Complaint about how the arrears are collected", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), new ProofOfPostage(Optional.of(posted),
                "Headingley Post Office", "CP 4471 3315", Optional.empty()), "", Optional.of(replyBy),
                Optional.empty(), Optional.empty(), Optional.of(replyBy)));
        LocalDate answered = services.calendar.onOrBefore(today.minusDays(8));
        services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(answered.minusDays(2)), answered,
                "Child Maintenance Service", "Reply to my complaint: they say an arrears notice has now been sent.",
                Optional.empty(), Optional.of(complaint)));
        services.standing.tick(new EnforcementRecord(0, caseId, EnforcementStep.ARREARS_NOTICE,
                today.minusDays(70), "Told on the phone"));
    }
}
