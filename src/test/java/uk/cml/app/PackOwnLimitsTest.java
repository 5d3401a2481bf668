package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.cml.letters.pack.PackContents;
import uk.cml.letters.pack.PackFor;

/**
 * Found by a reviewer: the pack made for the CMS listed the parent's own missed limit ("Ask for a mandatory
 * reconsideration ... 30 Nov 2026 Date passed"), volunteering it to the body the parent is asking to act. A pack for
 * the CMS, a tribunal or the ICE keeps the CMS's decisions and its own targets, and leaves out the parent's limits
 * and to-dos; one for an MP, who acts for the parent, keeps them. Read back from the printed PDF.
 */
@DisplayName("A pack for the CMS gives its decisions and targets, not the parent's own limits")
class PackOwnLimitsTest {

    @TempDir
    Path folder;

    private String pack(PackFor madeFor) throws Exception {
        try (AppServices services = AppServices.open(folder.resolve("data-" + madeFor), ReviewerPackCase.CLOCK)) {
            long caseId = ReviewerPackCase.fill(services);
            PackContents contents = ReviewerPackCase.contents(services, caseId, madeFor);
            Path pdf = folder.resolve("pack-" + madeFor + ".pdf");
            ReviewerPackCase.build(contents, pdf);
            return String.join("\n", ReviewerPackCase.pages(pdf)).replaceAll("\\s+", " ");
        }
    }

    @ParameterizedTest
    @EnumSource(value = PackFor.class, names = {"CMS", "TRIBUNAL", "ICE"})
    @DisplayName("the reviewer's case: no 'Date passed', no limit to ask for a reconsideration; the decision and the "
            + "complaint's reply target stay")
    void leavesTheParentsLimitsOut(PackFor madeFor) throws Exception {
        String text = pack(madeFor);
        String where = text.substring(text.indexOf("As on 5 Dec 2026"), text.indexOf("Arrears schedule The first"));
        assertFalse(text.contains("Date passed"), where);
        assertFalse(text.contains("Ask for a mandatory reconsideration"), where);
        assertFalse(text.contains("one calendar month from the decision letter"), where);
        assertFalse(text.contains("Time limit"), "the chronology's letter with its decision");
        assertFalse(text.contains("so it arrives in time"), where);
        assertFalse(text.contains("to be safe, post your letter"), where);
        assertFalse(text.contains("time limit of the parent"), where);
        // The decision itself stays, with the date on its letter.
        assertTrue(where.contains("CMS decisions Decision Letter dated Mandatory reconsideration notice A calculation "
                + "of maintenance New calculation: £45.00 a week stays. 30 Oct 2026 \u2013"), where);
        assertTrue(text.contains("with a decision: A calculation of maintenance"), "the chronology's letter");
        // The CMS's own targets for the complaint, and that they have passed unanswered.
        assertTrue(where.contains("Your complaint to the CMS 10 Nov 2026 12 Nov 2026 16 Nov 2026 3 Dec 2026 \u2013"),
                where);
        assertTrue(where.contains("CMS target to reply to your complaint: 3 Dec 2026. That date has passed and nothing "
                + "is recorded as received."), where);
    }

    @Test
    @DisplayName("a pack for an MP, who acts for the parent, still gives the parent's limits")
    void anMpPackGivesThem() throws Exception {
        String text = pack(PackFor.MP);
        assertTrue(text.contains("Challenges to CMS decisions"), text);
        assertTrue(text.contains("Ask for a mandatory reconsideration one calendar month from the decision letter of "
                + "30 Oct 2026 30 Nov 2026 Date passed"), text);
        assertTrue(text.contains("No time limit of the parent's is open on this complaint."), text);
    }

    @Test
    @DisplayName("export-pack makes a pack for the CMS unless --for says otherwise")
    void theCommandsPackIsForTheCms() throws Exception {
        Path data = folder.resolve("data");
        try (AppServices services = AppServices.open(data, ReviewerPackCase.CLOCK)) {
            ReviewerPackCase.fill(services);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        for (String[] run : new String[][] {{"cms.pdf"}, {"mp.pdf", "--for", "mp"}}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("export-pack", "--to",
                    folder.resolve(run[0]).toString()));
            args.addAll(java.util.Arrays.asList(run).subList(1, run.length));
            assertEquals(0, PackCommand.run(CommandLine.parse(args), data, ReviewerPackCase.CLOCK, print, print),
                    out.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
        String cms = String.join(" ", ReviewerPackCase.pages(folder.resolve("cms.pdf"))).replaceAll("\\s+", " ");
        String mp = String.join(" ", ReviewerPackCase.pages(folder.resolve("mp.pdf"))).replaceAll("\\s+", " ");
        assertFalse(cms.contains("Date passed"), cms);
        assertTrue(mp.contains("Date passed"), mp);
    }
}
