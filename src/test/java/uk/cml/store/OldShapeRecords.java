package uk.cml.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.documents.DocumentStore;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.QuickEntryWords;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.safety.JournalTriggers;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * A data folder whose records file is at V032, the last schema before the repair of 5 Dec 2026 (V033), holding
 * records in the shape the app saved them before two fixes of that day: a quick-entry payment corrected with its
 * note kept as the form showed it ("Part paid (due 15 Nov 2026)" on a payment corrected to all of the due), and a
 * certificate of posting's photo left with no date though its letter gives the date printed on it. Written by the
 * stores of today where they write as the old code did, and otherwise by the old code's own statements. Close it,
 * then open the folder with the app as it is now.
 */
public final class OldShapeRecords implements AutoCloseable {

    /** 22 Nov 2026, as ModelCase. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));
    /** £51.87 a week from Sun 1 Nov 2026. */
    public static final Money WEEKLY = Money.ofPence(51_87);

    public final Path dataFolder;
    public final Database database;
    public final History history = new History(CLOCK);
    public final PaymentStore payments;
    public final DocumentRecordStore documents;
    public final SentLetterStore letters;
    public final long caseId;
    public final boolean collectAndPay;

    private OldShapeRecords(Path dataFolder, Arrangement arrangement) {
        this.dataFolder = dataFolder;
        try {
            java.nio.file.Files.createDirectories(dataFolder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Migrations.Migration> upTo32 = Migrations.all().stream().filter(m -> m.version() <= 32).toList();
        // As the app opened its records before: the journal's triggers made after the upgrade.
        database = Database.open(dataFolder, CLOCK, JournalTriggers::install, upTo32);
        payments = new PaymentStore(database, history, CLOCK);
        documents = new DocumentRecordStore(database, history, CLOCK, new DocumentStore(dataFolder.resolve("documents")));
        letters = new SentLetterStore(database, history, CLOCK);
        caseId = new CaseStore(database, history, CLOCK).completeSetup(TestParents.samTaylor(),
                CaseFileBuilder.jordanReed().arrangement(arrangement).build());
        collectAndPay = arrangement == Arrangement.COLLECT_AND_PAY;
        payments.savePlan(caseId, new PaymentPlan(0, WEEKLY, PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 1),
                "CMS letter"));
    }

    /** A case with £51.87 a week due from 1 Nov 2026, at V032. */
    public static OldShapeRecords atV032(Path dataFolder, Arrangement arrangement) {
        return new OldShapeRecords(dataFolder, arrangement);
    }

    /** Quick entry's "Part paid" (or "Part arrived") of {@code pence} for {@code due}, with the parent's words after. */
    public long quickEntryPart(LocalDate due, long pence, String ownWords) {
        return addAsBefore(new Payment(0, due, Money.ofPence(pence), collectAndPay
                ? PaymentMethod.THROUGH_CMS : PaymentMethod.BANK_TRANSFER, "",
                QuickEntryWords.part(collectAndPay, due) + ownWords, Optional.of(due)));
    }

    /**
     * A new payment saved as the code before 5 Dec 2026 saved it: the row written as given. Today's store would also
     * re-say the words of the payments saved before it, which the old code never did.
     */
    public long addAsBefore(Payment payment) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO payment (paid_on, amount_pence, method, "
                    + "reference, note, for_due, recorded_at, case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, payment.date().toString());
                s.setLong(2, payment.amount().pence());
                s.setString(3, payment.method().name());
                s.setString(4, payment.reference());
                s.setString(5, payment.note());
                s.setString(6, payment.forDue().map(LocalDate::toString).orElse(null));
                s.setString(7, java.time.LocalDateTime.now(CLOCK).toString());
                s.setLong(8, caseId);
                s.executeUpdate();
                try (java.sql.ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Quick entry's "Arrived late" of {@code pence} for {@code due}, arrived on {@code arrived}. */
    public long quickEntryLate(LocalDate due, LocalDate arrived, long pence) {
        return addAsBefore(new Payment(0, arrived, Money.ofPence(pence), collectAndPay
                ? PaymentMethod.THROUGH_CMS : PaymentMethod.BANK_TRANSFER, "", QuickEntryWords.late(due),
                Optional.of(due)));
    }

    /**
     * The payment corrected as the code before 5 Dec 2026 saved it (PaymentStore.writePayment then): the form's
     * answers written as they were, the note as it showed, the earlier version kept.
     */
    public void correctAsBefore(long paymentId, long pence, Optional<LocalDate> forDue) {
        database.inTransaction(c -> history.correct(c, "payment", paymentId, cc -> {
            try (PreparedStatement s = cc.prepareStatement("UPDATE payment SET amount_pence = ?, for_due = ?, "
                    + "recorded_at = ? WHERE id = ?")) {
                s.setLong(1, pence);
                s.setString(2, forDue.map(LocalDate::toString).orElse(null));
                s.setString(3, java.time.LocalDateTime.now(CLOCK).toString());
                s.setLong(4, paymentId);
                return s.executeUpdate();
            }
        }));
    }

    /** A photo in Documents, as attached (with no date). */
    public long photo(Path file, int shade) throws Exception {
        return documents.add(caseId, TestFiles.png(file, shade), "Certificate of posting").document().id();
    }

    /**
     * A letter posted on {@code certificateDate} with a certificate of posting of that date whose photo is
     * {@code photo}, saved as the code before 5 Dec 2026 saved it: the letter as given, the photo's date untouched.
     */
    public long letterAsBefore(String subject, LocalDate certificateDate, long photo) {
        long id = letters.save(new SentLetter(0, caseId, certificateDate.minusDays(1), Optional.of(certificateDate),
                new Recipient(Optional.empty(), "Child Maintenance Service", "Mail Handling Site A"), subject,
                LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS),
                new ProofOfPostage(Optional.of(certificateDate), "Leeds City", "COP-1", Optional.empty()), "",
                Optional.empty(), Optional.empty()));
        // The photo attached as the old save did: the letter's row holds it, the document is left as it was.
        database.inTransaction(c -> history.correct(c, "letter_sent", id, cc -> {
            try (PreparedStatement s = cc.prepareStatement(
                    "UPDATE letter_sent SET certificate_document_id = ? WHERE id = ?")) {
                s.setLong(1, photo);
                s.setLong(2, id);
                return s.executeUpdate();
            }
        }));
        return id;
    }

    /** Every row of the tables a repair may touch, and of the record journal and the history, as text. */
    public static String dump(Database database) {
        return database.read(c -> {
            StringBuilder out = new StringBuilder();
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT name FROM sqlite_master "
                    + "WHERE type = 'table' AND name NOT IN ('schema_history') ORDER BY name")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                out.append("== ").append(table).append('\n');
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY rowid")) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            out.append(meta.getColumnName(i)).append('=').append(r.getString(i)).append(' ');
                        }
                        out.append('\n');
                    }
                }
            }
            return out.toString();
        });
    }

    @Override
    public void close() {
        database.close();
    }
}
