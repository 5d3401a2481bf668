package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StandingReportTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final CmsFacts DEFAULTS = SeededFacts.published();

    static EnforcementRecord step(EnforcementStep step, LocalDate heard) {
        return new EnforcementRecord(0, 1, step, heard, " ");
    }

    static CmsFact fact(String key, String value) {
        return new CmsFact(key, key, value, "GOV.UK", Optional.empty());
    }

    @Test
    void theFurthestStepCountsAndTheLaterRecordOfIt() {
        Enforcement enforcement = new Enforcement(SeededFacts.calendar(), DEFAULTS);
        List<EnforcementRecord> records = List.of(step(EnforcementStep.DEDUCTION_FROM_EARNINGS, LocalDate.of(2026, 9, 1)),
                step(EnforcementStep.LIABILITY_ORDER, LocalDate.of(2026, 10, 1)),
                step(EnforcementStep.LIABILITY_ORDER, LocalDate.of(2026, 10, 20)),
                step(EnforcementStep.ARREARS_NOTICE, LocalDate.of(2026, 11, 1)));
        assertEquals(LocalDate.of(2026, 10, 20), enforcement.current(records).orElseThrow().heardOn());
        assertEquals(33, enforcement.daysAtCurrentStep(records, TODAY));
        Deadline nudge = enforcement.nudge(records).orElseThrow();
        // Eight weeks after 20 October.
        assertEquals(LocalDate.of(2026, 12, 15), nudge.date());
        assertEquals("If nothing has happened since the CMS's \"Liability order (magistrates' court)\" step, ask "
                + "them to take the next one", nudge.what());
        assertEquals(Optional.of("enforcement-request"), nudge.letter());
        assertEquals("8 weeks after you heard of this step (the app's suggestion, not a CMS time limit)",
                nudge.due().rule());
        assertEquals(Deadline.Timing.FROM, nudge.timing());
    }

    @Test
    void noStepsMeansNoDaysAndNoNudge() {
        Enforcement enforcement = new Enforcement(SeededFacts.calendar(), DEFAULTS);
        assertEquals(0, enforcement.daysAtCurrentStep(List.of(), TODAY));
        assertEquals(Optional.empty(), enforcement.nudge(List.of()));
    }

    @Test
    void afterCommittalThereIsNothingToAskFor() {
        Enforcement enforcement = new Enforcement(SeededFacts.calendar(), DEFAULTS);
        assertEquals(Optional.empty(),
                enforcement.nudge(List.of(step(EnforcementStep.COMMITTAL, LocalDate.of(2026, 1, 5)))));
    }

    @Test
    void theFactsTableCanChangeTheNudgeAndTheStepsName() {
        CmsFacts facts = new CmsFacts(List.of(fact("enforcement.nudge.weeks", " 4 "),
                fact("step.ARREARS_NOTICE", "Arrears letter"), fact("step.LIABILITY_ORDER", " ")));
        Enforcement enforcement = new Enforcement(SeededFacts.calendar(), facts);
        Deadline nudge = enforcement.nudge(List.of(step(EnforcementStep.ARREARS_NOTICE, LocalDate.of(2026, 11, 2))))
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 30), nudge.date());
        assertEquals("If nothing has happened since the CMS's \"Arrears letter\" step, ask them to take the next one",
                nudge.what());
        // A blank or missing step name is no longer made up from the app's own label: it is said to be missing.
        org.junit.jupiter.api.Assertions.assertThrows(CmsFacts.MissingFact.class,
                () -> facts.stepName(EnforcementStep.LIABILITY_ORDER));
        org.junit.jupiter.api.Assertions.assertThrows(CmsFacts.MissingFact.class,
                () -> facts.stepName(EnforcementStep.CONTACT_PAYING_PARENT));
    }

    @Test
    void eachFigureIsTheTablesAndNoneIsKeptInCode() {
        // New records' rows, as the migrations seed them: the one copy of the published figures.
        assertEquals(List.of(2, 15, 6, 12, 1, 1, 30, 2, 8), figures(DEFAULTS));
        assertEquals(List.of(), DEFAULTS.missing());
        CmsFacts table = new CmsFacts(List.of(fact("complaint.acknowledge.working_days", "3"),
                fact("complaint.reply.working_days", "20"), fact("ice.months", "7"), fact("phso.months", "11"),
                fact("reconsideration.months", "2"), fact("appeal.months", "3"), fact("write_off.reply.days", "28"),
                fact("subject_access.extension.months", "1"), fact("enforcement.nudge.weeks", "6"),
                fact("ice.months", "9")));
        // The later of two rows with one key wins.
        assertEquals(List.of(3, 20, 9, 11, 2, 3, 28, 1, 6), figures(table));
        assertEquals(10, table.all().size());
        // The letters' own figures (V013, V032): subject access, an ordinary request, a breakdown of arrears.
        assertEquals(List.of(1, 10, 6), List.of(DEFAULTS.subjectAccessMonths(), DEFAULTS.requestReplyWorkingDays(),
                DEFAULTS.arrearsBreakdownWeeks()));
        CmsFacts letters = new CmsFacts(List.of(fact("subject_access.months", "2"),
                fact("request.reply.working_days", "15"), fact("arrears_breakdown.weeks", "8")));
        assertEquals(List.of(2, 15, 8), List.of(letters.subjectAccessMonths(), letters.requestReplyWorkingDays(),
                letters.arrearsBreakdownWeeks()));
    }

    @Test
    void aTimeLimitWithNoRowOrNoNumberIsAFailureNamingItNotAFigureFromCode() {
        CmsFacts spoilt = new CmsFacts(List.of(fact("ice.months", "six")));
        CmsFacts.MissingFact failed = org.junit.jupiter.api.Assertions.assertThrows(CmsFacts.MissingFact.class,
                spoilt::iceMonths);
        assertEquals(Optional.of(TimeLimit.ICE), failed.limit());
        assertEquals("The time limit \"Months after the CMS's final response to complain to the Independent Case "
                + "Examiner\" (ice.months) has no figure in the records.", failed.getMessage());
        assertEquals(Optional.of(TimeLimit.COMPLAINT_REPLY), org.junit.jupiter.api.Assertions.assertThrows(
                CmsFacts.MissingFact.class, spoilt::complaintReplyWorkingDays).limit());
        assertEquals(List.of(TimeLimit.values()), spoilt.missing(), "every limit: none has a usable row");
    }

    static List<Integer> figures(CmsFacts f) {
        return List.of(f.complaintAcknowledgeWorkingDays(), f.complaintReplyWorkingDays(), f.iceMonths(),
                f.ombudsmanMonths(), f.reconsiderationMonths(), f.appealMonths(), f.writeOffReplyDays(),
                f.subjectAccessExtensionMonths(), f.nudgeWeeks());
    }

    @Test
    void theReportListsEveryDeadlineEarliestFirstAndTheOpenOnes() {
        Decision calculation = new Decision(1, 1, Decision.Kind.CALCULATION, LocalDate.of(2026, 10, 12), " note ",
                Optional.of(LocalDate.of(2026, 11, 3)));
        Decision writeOff = new Decision(2, 1, Decision.Kind.WRITE_OFF, LocalDate.of(2026, 11, 2), null,
                Optional.empty());
        StandingReport report = StandingReport.build(SeededFacts.calendar(), DEFAULTS, List.of(), List.of(),
                List.of(calculation, writeOff), List.of(step(EnforcementStep.LIABILITY_ORDER, LocalDate.of(2026, 10, 20)),
                        step(EnforcementStep.ARREARS_NOTICE, LocalDate.of(2026, 11, 1))), TODAY);
        assertEquals("note", calculation.note());
        assertEquals("", writeOff.note());
        assertEquals(List.of(EnforcementStep.ARREARS_NOTICE, EnforcementStep.LIABILITY_ORDER),
                report.enforcement().stream().map(EnforcementRecord::step).toList());
        assertEquals(EnforcementStep.LIABILITY_ORDER, report.currentStep().orElseThrow().step());
        assertEquals(33, report.daysAtCurrentStep());
        assertTrue(report.complaint().stages().isEmpty());
        // Reconsideration by 12 Nov (met), write-off reply by 2 Dec, appeal by 3 Dec, nudge 15 Dec.
        assertEquals(List.of(LocalDate.of(2026, 11, 12), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3),
                LocalDate.of(2026, 12, 15)), report.allDeadlines().stream().map(Deadline::date).toList());
        assertEquals(List.of(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 15)),
                report.open().stream().map(Deadline::date).toList());
        assertEquals(2, report.decisions().size());
        assertEquals(DEFAULTS, report.facts());
    }
}
