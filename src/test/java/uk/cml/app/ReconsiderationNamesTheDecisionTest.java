package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.domain.standing.Deadline;
import uk.cml.domain.standing.Decision;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * Found by a hand-working reviewer: a refusal to change the calculation, logged with the parent's note of the CMS
 * letter it came in ("CMS reply: arrears are 122.20; they have written to Mark. Also refuses to change the
 * calculation."), made a reconsideration request asking the CMS to look again at "your decision of 30 Nov 2026
 * about the calculation (CMS reply: arrears are 122.20; …)": the parent's whole note, a bare figure in it, and the
 * wrong decision named. The decision is named from the kind the parent logged; the note is not pasted into it.
 */
@DisplayName("A reconsideration request names the decision by the kind logged, not by the parent's note")
class ReconsiderationNamesTheDecisionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:15:00Z"), ZoneId.of("Europe/London"));
    private static final String NOTE = "CMS reply: arrears are 122.20; they have written to Mark. Also refuses to "
            + "change the calculation.";

    @TempDir
    Path folder;
    AppServices services;
    long caseId;

    @BeforeEach
    void setUp() {
        services = AppServices.open(folder.resolve("data"), CLOCK);
        caseId = services.cases.completeSetup(TestParents.samTaylor(),
                CaseFileBuilder.jordanReed().otherParent("Mark Other").livingAt("YO1 7AA", "3 Mill Lane", "York")
                        .work(WorkSituation.NOT_KNOWN).arrangement(Arrangement.COLLECT_AND_PAY)
                        .children(new Child(0, "Lily", LocalDate.of(2015, 3, 14))).build());
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private String mr(LetterFacts facts) {
        return LetterTemplates.MANDATORY_RECONSIDERATION.draft(facts).body().toString().replaceAll("\\s+", " ");
    }

    private void saysTheDecisionNotTheNote(String text, String decision) {
        assertTrue(text.contains("Look again at your decision of 30 Nov 2026 " + decision + "."), text);
        assertTrue(text.contains("to ask for a mandatory reconsideration of your decision of 30 Nov 2026 "
                + decision + "."), text);
        assertFalse(text.contains("122.20"), "no bare figure from the parent's note: " + text);
        assertFalse(text.contains("CMS reply"), "the parent's note is not pasted in: " + text);
        assertFalse(text.contains("written to Mark"), text);
    }

    @Test
    @DisplayName("a refusal: 'your decision of 30 Nov 2026 not to make or change the calculation', from the list "
            + "and from the decision's limit alike")
    void aRefusalIsNamedAsOne() {
        services.standing.addDecision(new Decision(0, caseId, Decision.Kind.REFUSAL, LocalDate.of(2026, 11, 30), NOTE,
                Optional.empty()));
        LetterFacts facts = LetterWiring.facts(services, services.cases.cases().get(0));
        saysTheDecisionNotTheNote(mr(facts), "not to make or change the calculation");
        Decision logged = services.standing.decisions(caseId).get(0);
        LetterFacts started = LetterStarts.forDeadline(LetterTemplates.MANDATORY_RECONSIDERATION,
                new Deadline.From.OfDecision(logged)).preset().apply(facts);
        saysTheDecisionNotTheNote(mr(started), "not to make or change the calculation");
    }

    @Test
    @DisplayName("a calculation: 'your decision of 30 Nov 2026 about the calculation', without the note")
    void aCalculationIsNamedAsOne() {
        services.standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION, LocalDate.of(2026, 11, 30),
                NOTE, Optional.empty()));
        saysTheDecisionNotTheNote(mr(LetterWiring.facts(services, services.cases.cases().get(0))),
                "about the calculation");
    }
}
