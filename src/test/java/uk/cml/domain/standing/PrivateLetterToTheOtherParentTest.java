package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;

/**
 * A reviewer on a case only ever private logged a letter of kind "Complaint" sent to the other parent, Chris Green,
 * posted 2 Dec 2026. Where it stands then showed a CMS complaint with its targets ("The CMS target to acknowledge your
 * complaint is 8 Dec 2026"), the Overview "Phone the CMS if no acknowledgement has come", and the pack a complaint to
 * the CMS. The letter went to the other parent: it is a letter to them, never a CMS complaint. Only a letter sent to
 * the CMS (or, for the last step, to the Independent Case Examiner) counts as one.
 */
class PrivateLetterToTheOtherParentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    static SentLetter complaintTo(String name, String address) {
        return new SentLetter(7, 1, LocalDate.of(2026, 12, 2), Optional.of(LocalDate.of(2026, 12, 2)),
                new Recipient(Optional.empty(), name, address), "Complaint about missed payments",
                LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE,
                "", Optional.of(LocalDate.of(2026, 12, 29)), Optional.empty());
    }

    private static StandingReport report(SentLetter letter) {
        return StandingReport.build(SeededFacts.calendar(), SeededFacts.published(), List.of(letter),
                List.of(), List.of(), List.of(), TODAY);
    }

    @Test
    void aComplaintToTheOtherParentIsNoCmsComplaint() {
        SentLetter toChris = complaintTo("Chris Green", "12 Elm Road\nLeeds\nLS1 1AA");
        StandingReport report = report(toChris);
        assertFalse(report.holdsCmsRecords(), "nothing of the CMS's is on record");
        assertTrue(report.complaint().stages().isEmpty(), "no CMS complaint thread");
        assertFalse(ComplaintPosition.read(List.of(toChris), List.of()).made());
        assertEquals(Optional.empty(), ComplaintThreads.stepOf(toChris));
        assertTrue(ComplaintPosition.passed(List.of(toChris), List.of()).isEmpty());
        for (Deadline d : report.allDeadlines()) {
            assertFalse(d.what().contains("CMS"), d.what());
            assertFalse(d.what().toLowerCase(java.util.Locale.UK).contains("acknowledge"), d.what());
        }
        // Its own reply is watched, as any letter's is, and chased from the Letters page: no to-do of the CMS's.
        assertTrue(report.open(TODAY).stream().allMatch(report::watchedOnly), report.open(TODAY).toString());
    }

    @Test
    void aComplaintSentToTheCmsOrIceIsStillOne() {
        assertTrue(report(complaintTo("Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"))
                .holdsCmsRecords());
        assertTrue(report(complaintTo("CMS", "")).holdsCmsRecords());
        assertTrue(report(complaintTo("Child Maintenance Service 21", "Mail Handling Site A")).holdsCmsRecords());
        assertEquals(Optional.of(ComplaintStage.Step.COMPLAINT),
                ComplaintThreads.stepOf(complaintTo("Child Maintenance Service", "PO Box 249")));
        // A complaint logged before the recipient was asked for, with no name or address: the kind says it is one.
        assertTrue(report(complaintTo("", "")).holdsCmsRecords());
        // Made by the app with the CMS's address still a gap to fill in: the letter is to the CMS.
        assertTrue(report(complaintTo("[who the letter is to]", "[the address to send it to]")).holdsCmsRecords());
    }
}
