package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by using the app as a new parent: a note saved after a backup was gone after restoring it, and the question
 * had not said so. The question counts what was saved since the backup, only where the count can be trusted.
 */
class ChangesSinceBackupTest {

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;

    @Test
    @DisplayName("counts each change saved after the backup was made")
    void countsChangesSinceTheBackup() {
        try (Records records = Records.withCase(folder)) {
            Fingerprint backup = records.safety.backUpTo(elsewhere.resolve("b.zip"), Progress.NONE).manifest()
                    .fingerprint();
            assertEquals(OptionalLong.of(0), records.safety.journal().changesSince(backup));
            records.addPayment("2025-05-03", 100, "", "2025-05-03T10:00");
            records.addPayment("2025-06-03", 100, "", "2025-06-03T10:00");
            assertEquals(OptionalLong.of(2), records.safety.journal().changesSince(backup));
            // Named by what they say, in the order saved, so the restore question can say what goes.
            assertEquals(java.util.List.of("The payment of £1.00 received on Sat 3 May 2025 (typed in on 3 May 2025): "
                    + "added", "The payment of £1.00 received on Tue 3 Jun 2025 (typed in on 3 Jun 2025): added"),
                    records.safety.journal().recordsChangedSince(backup, 8));
            assertEquals(1, records.safety.journal().recordsChangedSince(backup, 1).size());
        }
    }

    @Test
    @DisplayName("gives no count for a backup these records' history does not pass through")
    void noCountForAnotherHistory() {
        try (Records records = Records.withCase(folder)) {
            Fingerprint other = new Fingerprint("ab".repeat(32), 3);
            assertEquals(OptionalLong.empty(), records.safety.journal().changesSince(other));
            Fingerprint longer = new Fingerprint("ab".repeat(32), 10_000);
            assertEquals(OptionalLong.empty(), records.safety.journal().changesSince(longer));
        }
    }

    @Test
    @DisplayName("names a corrected record by the day it was first typed in, not the day it was corrected")
    void namesACorrectionByItsFirstDay() {
        try (Records records = Records.withCase(folder)) {
            long id = records.addPayment("2025-05-03", 100, "", "2025-05-03T10:00");
            Fingerprint backup = records.safety.backUpTo(elsewhere.resolve("b.zip"), Progress.NONE).manifest()
                    .fingerprint();
            uk.cml.store.PaymentStore payments = new uk.cml.store.PaymentStore(records.database,
                    new uk.cml.store.History(Records.CLOCK), Records.CLOCK);
            payments.savePayment(1, new uk.cml.domain.arrears.Payment(id, java.time.LocalDate.of(2025, 5, 3),
                    uk.cml.domain.Money.ofPence(200), uk.cml.domain.arrears.PaymentMethod.BANK_TRANSFER, "", ""));
            assertEquals(java.util.List.of("The payment of £2.00 received on Sat 3 May 2025 (typed in on 3 May 2025): "
                    + "corrected or moved to the bin"), records.safety.journal().recordsChangedSince(backup, 8));
        }
    }

    @Test
    @DisplayName("a record saved again with nothing changed (a date typed wrong, then put right) is not a change")
    void aSaveWithNothingChangedIsNotCounted() {
        try (Records records = Records.withCase(folder)) {
            long id = records.addPayment("2025-05-03", 100, "", "2025-05-03T10:00");
            Fingerprint backup = records.safety.backUpTo(elsewhere.resolve("b.zip"), Progress.NONE).manifest()
                    .fingerprint();
            uk.cml.store.PaymentStore payments = new uk.cml.store.PaymentStore(records.database,
                    new uk.cml.store.History(Records.CLOCK), Records.CLOCK);
            payments.savePayment(1, payments.payments(1).stream().filter(p -> p.id() == id).findFirst()
                    .orElseThrow());
            assertEquals(OptionalLong.of(0), records.safety.journal().changesSince(backup));
            assertEquals(java.util.List.of(), records.safety.journal().recordsChangedSince(backup, 8));
        }
    }
}
