package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.documents.DocumentRefusedException;
import uk.cml.store.StoreException;

/** The log records what the app did, never who: the sample case's details are nowhere in the log folder. */
class LogPrivacyTest {

    @TempDir
    Path folder;
    private final Set<Handler> before = new HashSet<>(List.of(Logger.getLogger("").getHandlers()));

    @AfterEach
    void stopTheLogFile() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (!before.contains(handler)) {
                Logger.getLogger("").removeHandler(handler);
                handler.close();
            }
        }
    }

    private int run(String... args) {
        ByteArrayOutputStream ignored = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(ignored, true, StandardCharsets.UTF_8);
        return Main.run(CommandLine.parse(List.of(args)), quiet, quiet);
    }

    @Test
    void noNameAddressReferenceAmountOrNoteOfTheSampleCaseIsLogged() throws Exception {
        Path data = folder.resolve("data");
        SampleFolders.fill(data);
        Set<String> personal = PersonalDetails.of(data);
        assertTrue(personal.contains("Sam Taylor") && personal.contains("1212 3456 7890") && personal.size() > 20,
                "the search covers the sample's details: " + personal);
        AppLogging.start(data);

        // The logging paths the app has: backups, checks, exports, the pack, and failures of each kind.
        assertEquals(0, run("backup", "--to", folder.resolve("backups").toString(), "--data-dir", data.toString()));
        assertEquals(0, run("verify", "--data-dir", data.toString()));
        assertEquals(0, run("export-csv", "--to", folder.resolve("csv").toString(), "--data-dir", data.toString()));
        assertEquals(0, run("export-pack", "--to", folder.resolve("pack.pdf").toString(), "--data-dir",
                data.toString()));
        Files.writeString(folder.resolve("not-a-backup.zip"), "Sam Taylor 14 Orchard Close");
        assertEquals(1, run("restore", "--from", folder.resolve("not-a-backup.zip").toString(), "--data-dir",
                data.toString()));
        try (AppServices services = AppServices.open(data, Clock.systemDefaultZone())) {
            assertThrows(StoreException.class, () -> AppServices.open(data, Clock.systemDefaultZone()));
            long caseId = services.cases.cases().get(0).id();
            assertThrows(DocumentRefusedException.class, () -> services.documents.add(caseId,
                    new ByteArrayInputStream(new byte[] {0x4d, 0x5a, 0, 0}), "Jordan Reed payslip.exe",
                    "From Sam Taylor"));
            // A change the database refuses is logged with its reason, never its values.
            assertThrows(RuntimeException.class, () -> services.database.inTransaction(c -> {
                try (var insert = c.prepareStatement("INSERT INTO case_file (other_parent_name, other_parent_work, "
                        + "arrangement, cms_reference, recorded_at) VALUES (?, 'EMPLOYED', 'DIRECT_PAY', ?, 'now')")) {
                    insert.setString(1, "Jordan Reed");
                    insert.setString(2, "Sam Taylor 07700 900123");
                    return insert.executeUpdate();
                }
            }));
        }
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }

        String log = Files.readString(data.resolve("logs").resolve("app-0.log"));
        assertTrue(log.contains("A database change failed and was rolled back"), "the failure paths were logged");
        assertEquals(List.of(), PersonalDetails.inLogs(data, personal));
    }
}
