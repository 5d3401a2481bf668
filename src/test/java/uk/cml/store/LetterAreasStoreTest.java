package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.RecordArea;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;

/**
 * A letter made and not posted is marked "Records changed: make it again" only by a change to a part of the records
 * its words are drawn from ({@link LetterTemplates#drawsOn}), wired as the app wires it: a payment leaves a letter
 * confirming a call true, and a call leaves the request for an arrears breakdown true.
 */
class LetterAreasStoreTest extends WithLettersMadeBeforeChanges {

    CallStore calls;
    ReceivedLetterStore received;

    LetterAreasStoreTest() {
        super("2026-12-01T10:00:00Z");
    }

    /** The letters' log as the app wires it: which letters the app made, and what each draws on. */
    @BeforeEach
    void stores() {
        calls = records.calls();
        received = records.receivedLetters();
        sent = new SentLetterStore(database, history, clock, SeededFacts.calendar(), received,
                letter -> LetterTemplates.madeAs(letter.subject()).isPresent(),
                letter -> LetterTemplates.madeAs(letter.subject()).map(LetterTemplates::drawsOn)
                        .orElse(EnumSet.allOf(RecordArea.class)));
    }

    private long made(LetterTemplate template, LetterKind kind) {
        return sent.save(new SentLetter(0, caseId, LocalDate.of(2026, 12, 1), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                template.fileTitle(), kind, Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "",
                Optional.empty(), Optional.empty()));
    }

    private void call() {
        calls.add(new Call(0, caseId, LocalDateTime.of(2026, 12, 1, 10, 15), CallDirection.I_CALLED,
                "0800 171 2345", "Priya", "Arrears team", "4411", "Said the payment was chased", "",
                Optional.empty(), "", Optional.empty(), false, false, null));
    }

    private Set<Long> flagged() {
        return sent.changedSinceMade(caseId).keySet();
    }

    @Test
    void aCallLoggedMarksTheLetterConfirmingACallButNotTheBreakdownRequestOrTheWriteOffReply() {
        long callLetter = made(LetterTemplates.CONFIRM_CALL, LetterKind.FOLLOW_UP_TO_CALL);
        long breakdown = made(LetterTemplates.ARREARS_BREAKDOWN, LetterKind.REQUEST_FOR_INFORMATION);
        long writeOff = made(LetterTemplates.WRITE_OFF_REPLY, LetterKind.WRITE_OFF_REPLY);
        later();
        call();
        assertEquals(Set.of(callLetter), flagged());
        assertEquals(Set.of(RecordArea.CALLS), sent.changedSinceMade(caseId).get(callLetter).areas());
        assertFalse(flagged().contains(breakdown), "the breakdown request quotes no calls");
        assertFalse(flagged().contains(writeOff), "nor does the write-off reply");
    }

    /**
     * The report of missed Direct Pay payments says "I spoke to you by phone on 1 December 2026": the days of the calls
     * logged since the arrears began. A call logged after it was made would be in it, made again: it is marked.
     */
    @Test
    void aCallLoggedMarksTheReportOfMissedPaymentsWhichListsTheDaysOfCalls() {
        long report = made(LetterTemplates.MISSED_DIRECT_PAY, LetterKind.ARREARS_REPORT);
        later();
        call();
        assertEquals(Set.of(RecordArea.CALLS), sent.changedSinceMade(caseId).get(report).areas());
    }

    @Test
    void aPaymentMarksTheLettersQuotingTheArrearsButNotTheLetterConfirmingACall() {
        long callLetter = made(LetterTemplates.CONFIRM_CALL, LetterKind.FOLLOW_UP_TO_CALL);
        long report = made(LetterTemplates.MISSED_DIRECT_PAY, LetterKind.ARREARS_REPORT);
        long writeOff = made(LetterTemplates.WRITE_OFF_REPLY, LetterKind.WRITE_OFF_REPLY);
        later();
        payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 20), Money.ofPounds(30),
                PaymentMethod.BANK_TRANSFER, "", ""));
        assertEquals(Set.of(report, writeOff), flagged());
        assertFalse(flagged().contains(callLetter), "the call letter has no figures");
    }

    /**
     * A letter from the CMS does not touch a subject access request (names and addresses only); it does a letter
     * that quotes the arrears (a CMS figure is dated by its letter) or says what the parent will do next (read
     * from the CMS's replies to the complaint), such as the write-off reply.
     */
    @Test
    void aLetterReceivedLeavesTheSubjectAccessRequestButMarksTheWriteOffReply() {
        long access = made(LetterTemplates.SUBJECT_ACCESS, LetterKind.SUBJECT_ACCESS_REQUEST);
        long writeOff = made(LetterTemplates.WRITE_OFF_REPLY, LetterKind.WRITE_OFF_REPLY);
        later();
        received.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 11, 30)), LocalDate.of(2026, 12, 1),
                "Child Maintenance Service", "Reply to my complaint", Optional.empty(), Optional.empty()));
        assertEquals(Set.of(writeOff), flagged());
        assertFalse(flagged().contains(access));
    }

    @Test
    void aLetterTypedInIsCheckedAgainstEveryPartOfTheRecords() {
        long typed = sent.save(new SentLetter(0, caseId, LocalDate.of(2026, 12, 1), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "My own letter", LetterKind.OTHER, Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "",
                Optional.empty(), Optional.empty()));
        later();
        call();
        assertEquals(Set.of(typed), flagged());
    }
}
