package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.letters.pack.PackPeriod;
import uk.cml.letters.pack.PackSection;

/**
 * A pack never covers days after the day it is made: the reviewer's pack to 8 Jan 2027, made on Fri 4 Dec 2026,
 * said "Owed at the end of the period £501.10" (£122.20 was owed) and listed 11 Dec to 8 Jan as "nothing arrived
 * for it", dues not yet fallen due. The page, export-pack and the assembler keep one rule: up to today.
 */
class PackUntilTodayTest {

    static final Clock FRI_4_DEC = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneId.of("Europe/London"));
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path temp;

    private String run(Path data, Path pack, String... more) {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(said, true, StandardCharsets.UTF_8);
        List<String> args = new java.util.ArrayList<>(List.of("export-pack", "--to", pack.toString(),
                "--data-dir", data.toString()));
        args.addAll(List.of(more));
        int exit = Main.run(CommandLine.parse(args), FRI_4_DEC, both, both);
        return exit + "|" + said.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("export-pack --until after today is refused with a plain message, a non-zero exit and no file")
    void cliRefusesAFutureUntil() {
        Path data = temp.resolve("data");
        SampleFolders.fillOn(data, FRI_4_DEC);
        Path pack = temp.resolve("pack.pdf");
        String result = run(data, pack, "--until", "8/1/2027");
        assertTrue(result.startsWith("1|"), result);
        assertTrue(result.contains("The pack can only cover up to today, 4 Dec 2026"), result);
        assertFalse(result.contains("Exception"), result);
        assertFalse(Files.exists(pack), "nothing saved");
        // A --from after today is refused, not as "the end is before the start"; with an --until after today too,
        // each is told its own problem, as the page says each beside its box.
        String from = run(data, pack, "--from", "5/12/2026", "--until", "31/12/2026");
        assertTrue(from.startsWith("1|") && from.contains("From can't be after today, 4 Dec 2026.")
                && from.contains("up to today, 4 Dec 2026"), from);
        assertFalse(Files.exists(pack), "nothing saved");
        // Up to today is made.
        String today = run(data, pack, "--until", "4/12/2026");
        assertTrue(today.startsWith("0|"), today);
        assertTrue(Files.exists(pack));
    }

    /**
     * export-pack --from 5/12/2026 (the pack ending today) was refused in the until date's words, "The pack can only
     * cover up to today, 4 Dec 2026.", though the parent gave no until date: the Evidence pack page says "From can't
     * be after today, 4 Dec 2026." beside From, and the command line says the same words, from the same place.
     */
    @Test
    @DisplayName("export-pack --from after today is refused in the page's words about From")
    void cliRefusesAFutureFromInThePagesWords() {
        Path data = temp.resolve("data");
        SampleFolders.fillOn(data, FRI_4_DEC);
        Path pack = temp.resolve("pack.pdf");
        String result = run(data, pack, "--from", "5/12/2026");
        assertTrue(result.startsWith("1|"), result);
        assertTrue(result.contains("From can't be after today, 4 Dec 2026."), result);
        assertFalse(result.contains("can only cover up to today"), result);
        assertFalse(result.contains("Exception"), result);
        assertFalse(Files.exists(pack), "nothing saved");
        assertEquals(Optional.of("From can't be after today, 4 Dec 2026."),
                PackPeriod.fromRefusal(LocalDate.of(2026, 12, 5), TODAY));
        assertEquals(Optional.empty(), PackPeriod.fromRefusal(TODAY, TODAY));
    }

    @Test
    @DisplayName("The one rule: a period ending after today is refused in words, and the assembler will not gather it")
    void oneRule() {
        assertEquals(Optional.of("The pack can only cover up to today, 4 Dec 2026."),
                PackPeriod.refusal(LocalDate.of(2027, 1, 8), TODAY));
        assertEquals(Optional.empty(), PackPeriod.refusal(TODAY, TODAY));
        assertEquals(Optional.empty(), PackPeriod.refusal(TODAY.minusYears(1), TODAY));
        Path data = temp.resolve("data");
        SampleFolders.fillOn(data, FRI_4_DEC);
        try (AppServices services = AppServices.open(data, FRI_4_DEC)) {
            long caseId = services.cases.cases().get(0).id();
            PackAssembler assembler = new PackAssembler(PackCommand.stores(services), services.clock);
            assertEquals(TODAY, assembler.wholeHistory(caseId).until());
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> assembler.assemble(caseId, new PackPeriod(TODAY.minusMonths(3), LocalDate.of(2027, 1, 8)),
                            EnumSet.allOf(PackSection.class), Optional.empty()));
            assertEquals("The pack can only cover up to today, 4 Dec 2026.", refused.getMessage());
        }
    }
}
