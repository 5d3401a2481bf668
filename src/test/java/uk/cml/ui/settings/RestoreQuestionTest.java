package uk.cml.ui.settings;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import uk.cml.safety.BackupManifest;
import uk.cml.safety.Fingerprint;

/** The restore question says what will no longer be in the records, and where the records now are kept. */
class RestoreQuestionTest {

    private final BackupManifest manifest = new BackupManifest("1.0", 16, LocalDateTime.of(2026, 12, 3, 13, 1),
            new Fingerprint("ab".repeat(32), 40), List.of());

    @Test
    void saysWhatGoesAndWhereTheRecordsNowAreKept() {
        String asked = RestoreFlow.whatGoes(new RestoreFlow.Looked(manifest, OptionalLong.of(3), List.of()),
                Path.of("/home/sam/records"));
        assertTrue(asked.contains("Anything saved after 3 Dec 2026, 13:01 will no longer be in your records: 3 "
                + "changes (records added, corrected or moved to the bin) have been saved since then."), asked);
        assertTrue(asked.contains("in your records folder, /home/sam/records, where nothing is deleted"), asked);
        assertTrue(asked.contains("\"Open folder\""), asked);
    }

    @Test
    void saysPlainlyWhenNothingCanBeCounted() {
        String asked = RestoreFlow.whatGoes(new RestoreFlow.Looked(manifest, OptionalLong.empty(), List.of()),
                Path.of("/r"));
        assertTrue(asked.contains("cannot count what was saved since"), asked);
        assertTrue(RestoreFlow.whatGoes(new RestoreFlow.Looked(manifest,
                OptionalLong.of(0), List.of()), Path.of("/r")).contains("nothing has been "
                + "saved since then, so nothing goes."));
    }

    @Test
    void namesTheRecordsThatGo() {
        List<String> named = List.of("The payment of £50.00 received on Tue 1 Dec 2026 (typed in on 3 Dec 2026): added",
                "The payment of £212.40 received on Mon 15 Jun 2026 (typed in on 3 Dec 2026): corrected or moved to the "
                + "bin");
        String asked = RestoreFlow.whatGoes(new RestoreFlow.Looked(manifest, OptionalLong.of(2), named), Path.of("/r"));
        assertTrue(asked.contains("2 changes (records added, corrected or moved to the bin) have been saved since then."
                + "\n\nWhat those changes were about:\n\u2022 The payment of £50.00 received on Tue 1 Dec 2026 (typed in "
                + "on 3 Dec 2026): added\n\u2022 The payment of £212.40"), asked);
    }

    @Test
    void saysHowManyMoreThanItNames() {
        List<String> named = java.util.Collections.nCopies(RestoreFlow.NAMED, "A note: added");
        String asked = RestoreFlow.whatGoes(new RestoreFlow.Looked(manifest, OptionalLong.of(30), named), Path.of("/r"));
        assertTrue(asked.contains("\u2022 A note: added\n\u2026and 22 more."), asked);
    }
}
