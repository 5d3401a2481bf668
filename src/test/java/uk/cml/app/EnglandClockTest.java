package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/** "Today" is England's day, whatever zone the computer is set to. */
class EnglandClockTest {

    /** 23:30 UTC on 30 Jun 2026 is 00:30 on 1 Jul in England (British Summer Time). */
    private static final Instant SUMMER_NIGHT = Instant.parse("2026-06-30T23:30:00Z");

    @TempDir
    Path temp;

    @Test
    void aMachineSetToUtcGetsEnglandsDateOnASummerNight() {
        Clock app = EnglandClock.of(Clock.fixed(SUMMER_NIGHT, ZoneOffset.UTC));
        assertEquals(LocalDate.of(2026, 7, 1), LocalDate.now(app));
        assertEquals(LocalDateTime.of(2026, 7, 1, 0, 30), LocalDateTime.now(app));
    }

    @Test
    void aMachineAbroadGetsEnglandsDate() {
        // 01:00 on 2 Dec in Tokyo is 16:00 on 1 Dec in England (GMT in winter).
        Clock app = EnglandClock.of(Clock.fixed(Instant.parse("2026-12-01T16:00:00Z"), ZoneId.of("Asia/Tokyo")));
        assertEquals(LocalDate.of(2026, 12, 1), LocalDate.now(app));
        assertEquals(ZoneId.of("Europe/London"), app.getZone());
    }

    /** The commands work on the clock they are given: the pack made at 00:30 in England is dated that day. */
    @Test
    void aPackMadeJustAfterMidnightInEnglandIsDatedThatDay() throws IOException {
        Clock machine = Clock.fixed(SUMMER_NIGHT, ZoneOffset.UTC);
        Path data = temp.resolve("data");
        try (AppServices services = AppServices.open(data, EnglandClock.of(machine))) {
            services.cases.completeSetup(TestParents.samTaylor(),
                    CaseFileBuilder.jordanReed().arrangement(Arrangement.PRIVATE).children().build());
        }
        Path pack = temp.resolve("pack.pdf");
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(said, true, StandardCharsets.UTF_8);
        int exit = Main.run(CommandLine.parse(List.of("export-pack", "--to", pack.toString(), "--data-dir",
                data.toString())), EnglandClock.of(machine), both, both);
        assertEquals(0, exit, said.toString(StandardCharsets.UTF_8));
        try (PDDocument document = Loader.loadPDF(pack.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Pack made on 1 Jul 2026"), text);
            assertTrue(!text.contains("30 Jun 2026"), text);
        }
    }
}
