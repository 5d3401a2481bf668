package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.safety.CheckReport;
import uk.cml.safety.JournalTriggers;
import uk.cml.safety.Progress;
import uk.cml.safety.RecordsAnchor;
import uk.cml.safety.RecordsSafety;

/** Which due a payment was for, kept on a real SQLite file: saved, read back, corrected with history, upgraded. */
@DisplayName("A payment linked to a due, in the records")
class PaymentLinkStoreTest extends WithJordanReedsCase {

    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);
    private static final LocalDate AUGUST = LocalDate.of(2026, 8, 1);

    private static Payment paidLate(long id) {
        return new Payment(id, LocalDate.of(2026, 7, 26), Money.ofPence(300_00), PaymentMethod.BANK_TRANSFER,
                "JULY MAINTENANCE", "");
    }

    @Test
    @DisplayName("the link is saved and read back; changing or removing it keeps each earlier value in the history")
    void roundTripWithHistory() {
        PaymentStore payments = records.payments();
        payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(300_00), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 6, 1), "CMS letter"));
        long id = payments.savePayment(caseId, paidLate(0).linkedTo(Optional.of(JULY)));
        assertEquals(Optional.of(JULY), payments.payments(caseId).get(0).forDue());
        assertEquals(LineStatus.PAID_LATE, payments.schedule(caseId, LocalDate.of(2026, 8, 4)).lines().get(1)
                .status(), "the schedule worked out from the records follows the link");

        payments.savePayment(caseId, paidLate(id).linkedTo(Optional.of(AUGUST)));
        assertEquals(Optional.of(AUGUST), payments.payments(caseId).get(0).forDue());
        payments.savePayment(caseId, paidLate(id));
        assertEquals(Optional.empty(), payments.payments(caseId).get(0).forDue());

        List<History.EarlierVersion> versions = payments.earlierVersions(PaymentStore.Kind.PAYMENT, id);
        assertEquals(2, versions.size());
        assertEquals("2026-07-01", versions.get(0).columns().get("for_due"));
        assertEquals("2026-08-01", versions.get(1).columns().get("for_due"));
        assertEquals("30000", versions.get(1).columns().get("amount_pence"));
    }

    @Test
    @DisplayName("a V014 file is copied aside, upgraded to V015 with every payment unlinked, and Check records is clean")
    void upgradeFromV014(@TempDir Path older) throws Exception {
        List<Migrations.Migration> before = Migrations.all().stream().filter(m -> m.version() <= 14).toList();
        long caseId;
        try (Database old = Database.open(older, DatabaseTest.CLOCK, JournalTriggers::install, before)) {
            assertEquals(14, old.schemaVersion());
            caseId = new CaseStore(old, new History(DatabaseTest.CLOCK), DatabaseTest.CLOCK)
                    .completeSetup(CaseStoreTest.me(), CaseStoreTest.aCase());
            long id = caseId;
            old.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO payment (case_id, paid_on, amount_pence, method, reference, note, "
                            + "recorded_at) VALUES (" + id + ", '2026-07-26', 30000, 'BANK_TRANSFER', "
                            + "'JULY MAINTENANCE', '', '2026-07-27T09:00')");
                }
                return null;
            });
            new RecordsSafety(old, new SettingsStore(old), older, DatabaseTest.CLOCK, "old").keepAnchor();
        }
        Optional<RecordsAnchor> anchor = RecordsAnchor.read(older);
        try (Database database = Database.open(older, DatabaseTest.CLOCK,
                c -> JournalTriggers.install(c, anchor))) {
            assertEquals(Migrations.latestVersion(), database.schemaVersion());
            try (Stream<Path> backups = Files.list(older.resolve("backups"))) {
                Path backup = backups.filter(p -> p.getFileName().toString().startsWith("before-upgrade-v14-to-v" + Migrations.latestVersion() + "-"))
                        .findFirst().orElseThrow();
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup);
                     Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
                    assertTrue(r.next());
                    assertEquals(14, r.getInt(1), "the copy is the file as it was");
                }
            }
            RecordsSafety safety = new RecordsSafety(database, new SettingsStore(database), older,
                    DatabaseTest.CLOCK, "test");
            safety.keepAnchor();
            assertClean(safety.check(Progress.NONE));

            History history = new History(DatabaseTest.CLOCK);
            PaymentStore payments = new PaymentStore(database, history, DatabaseTest.CLOCK);
            Payment kept = payments.payments(caseId).get(0);
            assertEquals(Optional.empty(), kept.forDue(), "a payment from before the upgrade is matched by date");
            assertEquals("JULY MAINTENANCE", kept.reference());

            payments.savePayment(caseId, kept.linkedTo(Optional.of(JULY)));
            assertEquals(Optional.of(JULY), payments.payments(caseId).get(0).forDue());
            List<History.EarlierVersion> versions = payments.earlierVersions(PaymentStore.Kind.PAYMENT, kept.id());
            assertEquals(1, versions.size());
            assertFalse(versions.get(0).columns().containsKey("for_due"), "before: no link");
            assertClean(safety.check(Progress.NONE));
        }
    }

    private static void assertClean(CheckReport report) {
        assertEquals(List.of(), report.problems());
        assertTrue(report.allMatch(), report.summary());
    }
}
