package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.app.AppServices;
import uk.cml.app.PackStores;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.domain.timeline.Recorded;
import uk.cml.privacy.MovableClock;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.Occurrences;
import uk.cml.testing.TestParents;

/**
 * The pack says when each record was first written down, and when it was changed, if it was: a payment typed in on
 * the day it arrived and corrected a fortnight later must not read as written down a fortnight late.
 */
class PackRecordedTimesTest {

    static final Clock PACK_DAY = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path folder;
    MovableClock clock = new MovableClock(Instant.parse("2026-11-06T18:02:00Z"), ZoneId.of("Europe/London"));
    AppServices services;
    long caseId;

    @BeforeEach
    void records() {
        services = AppServices.open(folder.resolve("data"), clock);
        caseId = services.cases.completeSetup(TestParents.samTaylor(), CaseFileBuilder.jordanReed().build());
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(50), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 10, 6), "CMS calculation"));
        // 6 Nov, 18:02: the payment that arrived today, typed in with the wrong amount; a call and a note.
        long payment = services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 6),
                Money.ofPounds(45), PaymentMethod.BANK_TRANSFER, "", ""));
        long call = services.calls.add(call("Said the arrears are £90"));
        long note = services.notes.add(new Note(0, caseId, LocalDate.of(2026, 11, 6), NoteCategory.PLAIN,
                "Mia asked why the money is late", null));
        // 13 Nov, 19:00: a payment typed in and never changed.
        moveTo(LocalDateTime.of(2026, 11, 13, 19, 0));
        services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 13), Money.ofPence(750),
                PaymentMethod.BANK_TRANSFER, "", ""));
        // The report of missed payments, made on 13 Nov and not posted: the corrections below came after it.
        services.sentLetters.save(new uk.cml.domain.correspondence.SentLetter(0, caseId, LocalDate.of(2026, 11, 13),
                Optional.empty(), new uk.cml.domain.correspondence.Recipient(Optional.empty(),
                "Child Maintenance Service", "PO Box 249"), "Missed Direct Pay payments",
                uk.cml.domain.correspondence.LetterKind.ARREARS_REPORT, Optional.empty(), Optional.empty(),
                uk.cml.domain.correspondence.ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        // 20 Nov, 15:00: the payment and the call corrected; the note left as it was.
        moveTo(LocalDateTime.of(2026, 11, 20, 15, 0));
        services.payments.savePayment(caseId, new Payment(payment, LocalDate.of(2026, 11, 6), Money.ofPounds(50),
                PaymentMethod.BANK_TRANSFER, "", ""));
        Call saved = services.calls.find(call).orElseThrow();
        services.calls.correct(new Call(call, caseId, saved.happenedAt(), saved.direction(), saved.number(),
                saved.spokeTo(), saved.team(), saved.staffId(), "Said the arrears are £100", "", Optional.empty(), "",
                Optional.empty(), false, false, null));
        assertTrue(note > 0);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Call call(String said) {
        return new Call(0, caseId, LocalDateTime.of(2026, 11, 6, 17, 40), CallDirection.I_CALLED, "0800 171 2345",
                "Priya", "Arrears team", "4411", said, "", Optional.empty(), "", Optional.empty(), false, false, null);
    }

    private void moveTo(LocalDateTime when) {
        clock.advance(Duration.between(LocalDateTime.now(clock), when));
    }

    private String packText() throws Exception {
        return packText(EnumSet.of(PackSection.CHRONOLOGY, PackSection.CALLS, PackSection.NOTES));
    }

    private String packText(EnumSet<PackSection> sections) throws Exception {
        PackStores stores = new PackStores(services.cases, services.payments, services.calls, services.sentLetters,
                services.receivedLetters, services.documents, services.notes, services.standing,
                List.of(services.payments, services.calls, services.sentLetters, services.receivedLetters,
                        services.documents, services.notes));
        PackContents contents = new PackAssembler(stores, PACK_DAY).assemble(caseId,
                new PackPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 22)),
                sections, Optional.empty());
        Path pdf = folder.resolve("pack.pdf");
        new EvidencePackBuilder().build(contents, pdf, PackProgress.NONE, () -> false);
        return String.join("\n", EvidencePackBuilderTest.pageTexts(pdf)).replaceAll("[ \\t]+", " ");
    }

    @Test
    @DisplayName("the chronology's Recorded column gives the corrected payment's first moment and its change")
    void chronology() throws Exception {
        String text = packText();
        int table = text.indexOf("Happened Recorded");
        // The Recorded column is narrow: its cell wraps over lines, so words are compared with the breaks as spaces.
        String chronology = text.substring(table, text.indexOf("Calls in full", table)).replaceAll("\\s+", " ");
        // The payment: recorded when typed in, changed when corrected; never the correction alone.
        assertTrue(chronology.contains("6 Nov 2026 6 Nov 2026, 18:02; changed 20 Nov 2026, 15:00 Payment received "
                + "£50.00"), chronology);
        // The call was corrected too; the note and the other payment were not, so they give one moment only.
        assertTrue(chronology.contains("17:40 6 Nov 2026, 18:02; changed 20 Nov 2026, 15:00 Call"), chronology);
        assertTrue(chronology.contains("6 Nov 2026 6 Nov 2026, 18:02 Note"), chronology);
        assertTrue(chronology.contains("13 Nov 2026 13 Nov 2026, 19:00 Payment received £7.50"),
                chronology);
        assertEquals(2, Occurrences.count(chronology, "changed"), chronology);
        // What the payment was first recorded as is a sentence of its own, not run on from "Bank transfer".
        assertTrue(chronology.contains("Corrected since: first recorded as £45.00 received on 6 Nov 2026."), chronology);
        assertFalse(text.contains("Bank transfer Corrected since"), text);
    }

    /**
     * The reviewer's find: a payment moved to the Bin and put back left no trace in the pack, though its cover says
     * the changes to records are shown; the payment did not count in between. Read back from the PDF.
     */
    @Test
    @DisplayName("a payment moved to the Bin and put back says when, in the chronology; a note too, under Notes")
    void binnedAndPutBack() throws Exception {
        moveTo(LocalDateTime.of(2026, 11, 21, 9, 0));
        long payment = services.payments.payments(caseId).stream().filter(p -> p.amount().equals(Money.ofPence(750)))
                .findFirst().orElseThrow().id();
        long note = services.notes.recorded(caseId).keySet().iterator().next();
        services.payments.moveToBin(uk.cml.store.PaymentStore.Kind.PAYMENT, payment);
        services.notes.moveToBin(note);
        moveTo(LocalDateTime.of(2026, 11, 21, 9, 5));
        services.payments.restore(uk.cml.store.PaymentStore.Kind.PAYMENT, payment);
        services.notes.restore(note);

        String text = packText();
        int table = text.indexOf("Happened Recorded");
        String chronology = text.substring(table, text.indexOf("Calls in full", table)).replaceAll("\\s+", " ");
        assertTrue(chronology.contains("13 Nov 2026 13 Nov 2026, 19:00; moved to the Bin on 21 Nov 2026, 09:00; put "
                + "back on 21 Nov 2026, 09:05 Payment received £7.50"), chronology);
        assertTrue(text.replaceAll("\\s+", " ").contains("Mia asked why the money is late Recorded 6 Nov 2026, 18:02; "
                + "moved to the Bin on 21 Nov 2026, 09:00; put back on 21 Nov 2026, 09:05."), text);
    }

    @Test
    @DisplayName("a corrected call says when it was recorded and when changed; an untouched note one moment only")
    void callsAndNotes() throws Exception {
        String text = packText();
        assertTrue(text.contains("Recorded 6 Nov 2026, 18:02; changed 20 Nov 2026, 15:00."), text);
        // What the correction changed, from the version kept: "changed" alone cannot tell a slip from a rewrite.
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(flat.contains("Corrected 20 Nov 2026, 15:00: What was said was \u201cSaid the arrears are £90\u201d, "
                + "now \u201cSaid the arrears are £100\u201d."), flat);
        assertEquals(1, Occurrences.count(flat, "Corrected 20 Nov"), "the untouched note has no correction: " + flat);
        assertTrue(text.contains("Mia asked why the money is late\nRecorded 6 Nov 2026, 18:02."), text);
        assertFalse(text.contains("Recorded 20 Nov"), text);
    }

    @Test
    @DisplayName("where the first moment is not kept, the pack says so and gives only the change")
    void firstMomentNotKept() {
        Recorded changedOnly = new Recorded(Optional.empty(), Optional.of(LocalDateTime.of(2026, 11, 20, 15, 0)));
        assertEquals("Not known;\nchanged 20 Nov 2026, 15:00", TextSections.recordedCell(changedOnly));
        assertEquals("When it was first recorded is not known; changed 20 Nov 2026, 15:00.",
                TextSections.recordedSentence(changedOnly));
    }

    @Test
    @DisplayName("a letter made on 13 Nov and not posted, its records corrected on 20 Nov, is said to predate them")
    void letterMadeBeforeTheCorrections() throws Exception {
        String letters = packText(EnumSet.of(PackSection.LETTERS_SENT)).replaceAll("\\s+", " ");
        assertTrue(letters.contains("Written on 13 Nov 2026, not recorded as sent; the records changed after it was "
                + "made, so it may not match them"), letters);
    }

    /**
     * The parent's own letter, typed in on 20 Nov (not one the app makes), then a payment recorded: it was
     * logged here, not made, and the pack says so, as the Letters page does ("You logged this letter").
     */
    @Test
    @DisplayName("a letter typed in on 20 Nov, a payment recorded on 21 Nov: it reads as logged, not made")
    void letterTypedInBeforeTheCorrections() throws Exception {
        moveTo(LocalDateTime.of(2026, 11, 20, 15, 30));
        uk.cml.domain.correspondence.SentLetter own = new uk.cml.domain.correspondence.SentLetter(0, caseId,
                LocalDate.of(2026, 11, 20), Optional.empty(), new uk.cml.domain.correspondence.Recipient(
                Optional.empty(), "Child Maintenance Service", "PO Box 249"), "My own letter about the arrears",
                uk.cml.domain.correspondence.LetterKind.ARREARS_REPORT, Optional.empty(), Optional.empty(),
                uk.cml.domain.correspondence.ProofOfPostage.NONE, "", Optional.empty(), Optional.empty());
        assertFalse(services.sentLetters.madeHere(own), "no letter of the app's is called that");
        services.sentLetters.save(own);
        moveTo(LocalDateTime.of(2026, 11, 21, 9, 0));
        services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 20), Money.ofPounds(5),
                PaymentMethod.BANK_TRANSFER, "", ""));
        String letters = packText(EnumSet.of(PackSection.LETTERS_SENT)).replaceAll("\\s+", " ");
        assertEquals(1, Occurrences.count(letters, "the records changed after it was logged, so it may not match them"), letters);
        assertEquals(1, Occurrences.count(letters, "the records changed after it was made, so it may not match them"), letters);
    }
}
