package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.standing.Decision;

/**
 * A CMS decision logged with the letter it came in is one line of the pack's chronology, read back from the PDF:
 * the letter received and the decision it gave. Not a letter line and a decision line for one letter. The parent's
 * limit to challenge it is no part of what happened: a pack for the CMS would only volunteer it as a date missed
 * ({@link PackFor}); a pack for an MP gives it under "Where it stands".
 */
class LetterWithItsDecisionInTheChronologyTest {

    @TempDir
    Path folder;
    PackFixture fixture;
    Path target;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new PackFixture(folder.resolve("data"));
        target = folder.resolve("pack.pdf");
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private String chronology() throws Exception {
        PackContents contents = new PackAssembler(fixture.stores, PackFixture.CLOCK).assemble(fixture.caseId,
                new PackPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 22)),
                EnumSet.of(PackSection.CHRONOLOGY), Optional.empty(), false);
        new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
        return String.join("\n", EvidencePackBuilderTest.pageTexts(target)).replaceAll("\\s+", " ");
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    @DisplayName("A calculation letter with its decision is one chronology line with the decision, not its limit")
    void oneLine() throws Exception {
        fixture.received.save(new ReceivedLetter(0, fixture.caseId, Optional.of(LocalDate.of(2026, 11, 16)),
                LocalDate.of(2026, 11, 18), "Child Maintenance Service", "Annual review: £85.50 a week",
                Optional.empty(), Optional.empty()), Optional.empty(), Optional.of(Decision.Kind.CALCULATION));
        String text = chronology();
        assertEquals(0, count(text, "CMS decision A calculation"), text);
        assertEquals(1, count(text, "Letter received Letter from Child Maintenance Service"), text);
        assertTrue(text.matches(".*18 Nov 2026 [^|]{0,60}Letter received Letter from Child Maintenance Service"
                + "[^|]{0,300}A calculation of maintenance.*"), text);
        assertEquals(0, count(text, "Ask for a mandatory reconsideration"), text);
        assertEquals(0, count(text, "Time limit"), text);
    }
}
