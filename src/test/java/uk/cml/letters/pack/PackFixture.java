package uk.cml.letters.pack;

import uk.cml.store.SeededFacts;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import uk.cml.app.PackStores;
import uk.cml.documents.DocumentRefusedException;
import uk.cml.documents.DocumentStore;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.letters.LetterDocument;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.Sender;
import uk.cml.store.CallStore;
import uk.cml.store.CaseStore;
import uk.cml.store.Database;
import uk.cml.store.DocumentRecordStore;
import uk.cml.store.History;
import uk.cml.store.NoteStore;
import uk.cml.store.PaymentStore;
import uk.cml.store.ReceivedLetterStore;
import uk.cml.store.SentLetterStore;
import uk.cml.store.StandingStore;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/** A real data folder with one case: a year of payments, calls in and out of 2025, a letter with proof, a reply. */
final class PackFixture implements AutoCloseable {

    /** A note of 6,400 characters, dated 15 Jul 2024 (the only record of July 2024). */
    static final String LONG_NOTE = "LONG NOTE START. " + "Mia asked again why her dad has not sent money for her "
            + "school trip and I had to borrow from my sister. ".repeat(64) + "END OF LONG NOTE.";


    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));
    static final PackPeriod YEAR_2025 = new PackPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    /** The letter's copy is a rendered letter of this many pages. */
    static final String LETTER_HEADING = "Missed payments since March";

    final Database database;
    final PackStores stores;
    final SentLetterStore sent;
    final ReceivedLetterStore received;
    final StandingStore standing;
    final DocumentRecordStore documents;
    final CallStore calls;
    /**
     * Which posted letters count as raising a call's promise with the CMS (the app reads the letter's printed
     * words: {@link uk.cml.domain.standing.PromisesRaised}); none unless a test says so.
     */
    java.util.function.Predicate<SentLetter> raisesPromises = letter -> false;
    final long caseId;

    PackFixture(Path folder) throws IOException, DocumentRefusedException {
        java.nio.file.Files.createDirectories(folder);
        database = Database.open(folder, CLOCK);
        History history = new History(CLOCK);
        CaseStore cases = new CaseStore(database, history, CLOCK);
        caseId = cases.completeSetup(TestParents.samTaylor(),
                CaseFileBuilder.jordanReed().livingAt("YO1 7AA", "3 Mill Lane", "York").cmsReference("121234567890")
                        .build());
        PaymentStore payments = new PaymentStore(database, history, CLOCK);
        calls = new CallStore(database, history, CLOCK);
        NoteStore notes = new NoteStore(database, history, CLOCK);
        sent = new SentLetterStore(database, history, CLOCK);
        received = new ReceivedLetterStore(database, history, CLOCK);
        // The app's calendar: the shipped bank holidays, and the delivery days as the records' facts table holds them.
        standing = new StandingStore(database, CLOCK, new uk.cml.domain.calendar.UkCalendar(
                uk.cml.domain.calendar.BankHolidays.englandAndWales(), StandingStore.deliveryDays(database)),
                sent, received, calls, (letter, called, by) -> raisesPromises.test(letter), payments::plans);
        documents = new DocumentRecordStore(database, history, CLOCK,
                new DocumentStore(folder.resolve("documents")));
        stores = new PackStores(cases, payments, calls, sent, received, documents, notes, standing,
                List.of(payments, calls, sent, received, notes, standing));

        payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(200), PaymentFrequency.MONTHLY,
                LocalDate.of(2024, 11, 1), "CMS calculation"));
        for (int month = 1; month <= 3; month++) {
            payments.savePayment(caseId, new Payment(0, LocalDate.of(2025, month, 2), Money.ofPounds(200),
                    PaymentMethod.BANK_TRANSFER, "", ""));
        }
        calls.add(call(LocalDateTime.of(2024, 12, 10, 9, 30), "Asked about the November payment"));
        calls.add(call(LocalDateTime.of(2025, 4, 14, 14, 5), "Said enforcement would start within 10 days"));
        notes.add(new Note(0, caseId, LocalDate.of(2025, 5, 1), NoteCategory.EFFECT_ON_CHILD,
                "Could not pay for the school trip", null));
        notes.add(new Note(0, caseId, LocalDate.of(2024, 6, 1), NoteCategory.PLAIN, "An old note from 2024", null));
        notes.add(new Note(0, caseId, LocalDate.of(2024, 7, 15), NoteCategory.EFFECT_ON_CHILD, LONG_NOTE, null));

        long copy = documents.add(caseId, new ByteArrayInputStream(letterPdf()), "letter.pdf", "Copy").document().id();
        long proof = documents.add(caseId, photo(folder.resolve("certificate.jpg"), 2000, 1500, Color.ORANGE), "")
                .document().id();
        sent.save(new SentLetter(0, caseId, LocalDate.of(2025, 5, 5), Optional.of(LocalDate.of(2025, 5, 6)),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                LETTER_HEADING, LetterKind.ARREARS_REPORT, Optional.of(copy), Optional.of(PostingMethod.FIRST_CLASS),
                new ProofOfPostage(Optional.of(LocalDate.of(2025, 5, 6)), "Leeds Headrow", "CP123", Optional.of(proof)),
                "", Optional.empty(), Optional.empty()));
        long scan = documents.add(caseId, png(folder.resolve("reply.png")), "").document().id();
        received.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2025, 6, 2)), LocalDate.of(2025, 6, 5),
                "Child Maintenance Service", "Enforcement has been started", Optional.of(scan), Optional.empty()));
    }

    PackContents contents(PackPeriod period, java.util.Set<PackSection> sections, Optional<RecordsSeal> fingerprint) {
        return new PackAssembler(stores, CLOCK).assemble(caseId, period, sections, fingerprint);
    }

    private Call call(LocalDateTime when, String said) {
        return new Call(0, caseId, when, CallDirection.I_CALLED, "0800 171 2345", "Priya", "Arrears team", "4411",
                said, "", Optional.empty(), "", Optional.empty(), false, false, null);
    }

    static int letterPages() throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(letterPdf())) {
            return pdf.getNumberOfPages();
        }
    }

    /** A letter of more than one page, as the letters engine makes them. */
    static byte[] letterPdf() throws IOException {
        LetterDocument.Builder letter = LetterDocument.builder().sender(new Sender("Sam Taylor", List.of("14 Orchard Close")))
                .date(LocalDate.of(2025, 5, 5)).recipient("Child Maintenance Service").heading(LETTER_HEADING);
        for (int i = 0; i < 16; i++) {
            letter.paragraph("Paragraph " + i + ". The payments due since March have not arrived. I have called the "
                    + "arrears team twice and was told enforcement would start within ten days, but nothing has "
                    + "changed. Please tell me in writing what you will do and by when.");
        }
        return new LetterPdfRenderer(CLOCK).render(letter.build()).pdf();
    }

    static Path photo(Path file, int width, int height, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.drawRect(width / 10, height / 10, width * 8 / 10, height * 8 / 10);
        g.dispose();
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    static Path png(Path file) throws IOException {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1240, 1754);
        g.setColor(Color.DARK_GRAY);
        for (int y = 200; y < 1500; y += 40) {
            g.fillRect(150, y, 900, 12);
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Override
    public void close() {
        database.close();
    }
}
