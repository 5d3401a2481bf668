package uk.cml.letters.pack;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a pack test extends to work on {@link PackFixture}'s case: before each test the fixture's real data folder is
 * made in the test's temp folder ({@code data}), and {@link #target} names the pack's PDF beside it; after it, the
 * fixture is closed.
 */
abstract class WithPackFixture {

    @TempDir
    Path folder;
    PackFixture fixture;
    Path target;

    @BeforeEach
    final void openThePackFixture() throws Exception {
        fixture = new PackFixture(folder.resolve("data"));
        target = folder.resolve("pack.pdf");
    }

    @AfterEach
    final void closeThePackFixture() {
        fixture.close();
    }

    /** The chronology alone, 1 Jan to 22 Nov 2026, built into {@link #target} and read back, white space as spaces. */
    String chronology() throws Exception {
        PackContents contents = new PackAssembler(fixture.stores, PackFixture.CLOCK).assemble(fixture.caseId,
                new PackPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 22)),
                EnumSet.of(PackSection.CHRONOLOGY), Optional.empty(), false);
        new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
        return String.join("\n", EvidencePackBuilderTest.pageTexts(target)).replaceAll("\\s+", " ");
    }
}
