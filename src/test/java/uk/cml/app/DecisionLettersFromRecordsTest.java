package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.WriteOffAmount;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.Deadline;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.MissingFact;

/**
 * The write-off reply and the reconsideration request take what the decision records hold, begun from the list of
 * letters or from the decision's date on "Where things stand": the sample's "Proposal to write off £250.00 of the
 * arrears", and the calculation decision "Annual review: the weekly amount stays the same" named as one.
 */
class DecisionLettersFromRecordsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path data;

    private static String text(LetterTemplate template, LetterFacts facts) {
        return template.draft(facts).body().toString().replaceAll("\\s+", " ");
    }

    @Test
    void theSampleDecisionsFillTheirLetters() throws Exception {
        try (AppServices services = AppServices.open(data, CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            LetterFacts facts = LetterWiring.facts(services, caseFile);

            String writeOff = text(LetterTemplates.WRITE_OFF_REPLY, facts);
            assertTrue(writeOff.contains("you may write off £250.00 of the arrears owed by Jordan"), writeOff);
            assertTrue(writeOff.contains("By my records, Jordan"), writeOff);

            LetterTemplate mr = LetterTemplates.MANDATORY_RECONSIDERATION;
            String reconsider = text(mr, facts);
            // Named by the kind logged; the parent's note of the letter is not pasted into the sentence naming it.
            assertTrue(reconsider.contains("about the calculation."), reconsider);
            assertFalse(reconsider.contains("Annual review"), reconsider);
            assertFalse(reconsider.contains("\u201c"), reconsider);
            assertFalse(mr.missing(facts).stream().map(MissingFact::field).anyMatch("what the CMS decided"::equals));

            for (Decision d : services.standing.decisions(caseFile.id())) {
                LetterTemplate template = d.kind() == Decision.Kind.WRITE_OFF ? LetterTemplates.WRITE_OFF_REPLY : mr;
                LetterFacts started = LetterStarts.forDeadline(template, new Deadline.From.OfDecision(d)).preset()
                        .apply(facts);
                String fromDate = text(template, started);
                assertTrue(fromDate.contains(d.kind() == Decision.Kind.WRITE_OFF ? "£250.00 of the arrears"
                        : "about the calculation."), fromDate);
            }
        }
    }

    @Test
    void theAmountIsReadOnlyWhenTheNoteIsClear() {
        assertEquals(Optional.of(Money.ofPence(250_00)), WriteOffAmount.in("Proposal to write off £250.00 of the arrears"));
        assertEquals(Optional.of(Money.ofPence(250_00)), WriteOffAmount.in("They may write off £250 of arrears of £900"));
        assertEquals(Optional.empty(), WriteOffAmount.in("Arrears of £900, £250 or £300 may go"));
        assertEquals(Optional.empty(), WriteOffAmount.in("They may write off some arrears"));
    }
}
