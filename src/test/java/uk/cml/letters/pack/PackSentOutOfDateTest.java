package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.privacy.MovableClock;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.Occurrences;
import uk.cml.testing.TestParents;

/**
 * Found by a reviewer: a report of missed payments made (£673.66 owed), then a payment recorded (£621.79 owed), then
 * the letter logged as posted anyway. The pack copied it under letters sent with no word, its pages saying £673.66
 * against the pack's own £621.79. A letter posted after its records changed is copied as it went, with a note.
 */
@DisplayName("A letter posted after its records changed, in the pack")
class PackSentOutOfDateTest {

    static final Clock PACK_DAY = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));
    static final String NOTE = "The records changed after it was made: its figures are as they were on 13 Nov 2026; "
            + "this pack's figures are as the records are now.";

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
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void moveTo(LocalDateTime when) {
        clock.advance(Duration.between(LocalDateTime.now(clock), when));
    }

    private long made(String title, LocalDate on) {
        return services.sentLetters.save(letter(0, title, on, Optional.empty()));
    }

    private void posted(long id, String title, LocalDate written, LocalDate on) {
        services.sentLetters.save(letter(id, title, written, Optional.of(on)));
    }

    private SentLetter letter(long id, String title, LocalDate written, Optional<LocalDate> posted) {
        return new SentLetter(id, caseId, written, posted, new Recipient(Optional.empty(), "Child Maintenance Service",
                "PO Box 249"), title, LetterKind.ARREARS_REPORT, Optional.empty(),
                posted.map(p -> PostingMethod.FIRST_CLASS), posted.isPresent()
                ? new ProofOfPostage(posted, "", "", Optional.empty()) : ProofOfPostage.NONE, "", Optional.empty(),
                Optional.empty());
    }

    private void paymentTypedIn(LocalDate received) {
        services.payments.savePayment(caseId, new Payment(0, received, Money.ofPounds(20),
                PaymentMethod.BANK_TRANSFER, "", ""));
    }

    private String packText() throws Exception {
        PackStores stores = new PackStores(services.cases, services.payments, services.calls, services.sentLetters,
                services.receivedLetters, services.documents, services.notes, services.standing,
                List.of(services.payments, services.calls, services.sentLetters, services.receivedLetters,
                        services.documents, services.notes));
        PackContents contents = new PackAssembler(stores, PACK_DAY).assemble(caseId,
                new PackPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 22)),
                EnumSet.of(PackSection.CHRONOLOGY, PackSection.LETTERS_SENT), Optional.empty());
        Path pdf = folder.resolve("pack.pdf");
        new EvidencePackBuilder().build(contents, pdf, PackProgress.NONE, () -> false);
        return String.join("\n", EvidencePackBuilderTest.pageTexts(pdf)).replaceAll("\\s+", " ");
    }

    @Test
    @DisplayName("made on 13 Nov, a payment typed in on 20 Nov, posted on 21 Nov: the sent table and chronology say so")
    void postedAfterTheRecordsChanged() throws Exception {
        moveTo(LocalDateTime.of(2026, 11, 13, 19, 0));
        long id = made("Missed Direct Pay payments", LocalDate.of(2026, 11, 13));
        moveTo(LocalDateTime.of(2026, 11, 20, 15, 0));
        paymentTypedIn(LocalDate.of(2026, 11, 20));
        moveTo(LocalDateTime.of(2026, 11, 21, 9, 0));
        posted(id, "Missed Direct Pay payments", LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 21));
        String text = packText();
        int chronology = text.indexOf("Happened Recorded");
        int sent = text.indexOf("Letters written and sent, with proof of postage", chronology);
        assertTrue(chronology >= 0 && sent > chronology, text);
        assertEquals(1, Occurrences.count(text.substring(chronology, sent), NOTE), "the chronology's entry: " + text);
        assertEquals(1, Occurrences.count(text.substring(sent), "Sent by 1st class post on 21 Nov 2026 (the records changed after "
                + "it was made: its figures are as they were on 13 Nov 2026; this pack's figures are as the records "
                + "are now); certificate of posting recorded, dated 21 Nov 2026 (no photo of it attached)"),
                "the sent table: " + text);
    }

    @Test
    @DisplayName("made and posted before a payment was typed in, or made after it: no note")
    void upToDateWhenPosted() throws Exception {
        moveTo(LocalDateTime.of(2026, 11, 13, 19, 0));
        long first = made("Missed Direct Pay payments", LocalDate.of(2026, 11, 13));
        moveTo(LocalDateTime.of(2026, 11, 14, 9, 0));
        posted(first, "Missed Direct Pay payments", LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 14));
        // A payment after it went: the letter was as the records were when posted.
        moveTo(LocalDateTime.of(2026, 11, 20, 15, 0));
        paymentTypedIn(LocalDate.of(2026, 11, 20));
        moveTo(LocalDateTime.of(2026, 11, 21, 9, 0));
        long second = made("Missed Direct Pay payments", LocalDate.of(2026, 11, 21));
        moveTo(LocalDateTime.of(2026, 11, 21, 11, 0));
        posted(second, "Missed Direct Pay payments", LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 21));
        String text = packText();
        assertTrue(text.contains("Sent by 1st class post on 14 Nov 2026;"), text);
        assertTrue(text.contains("Sent by 1st class post on 21 Nov 2026;"), text);
        assertEquals(0, Occurrences.count(text.toLowerCase(), "the records changed after it was made"), text);
    }
}
