package uk.cml.ui.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.CmsReference;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;

/** The Case page's model of a move to another arrangement, without a window. */
class ArrangementMoveModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
    private static final ArrangementHistory MOVED = ArrangementHistory.since(Arrangement.COLLECT_AND_PAY)
            .movedOn(APRIL_1, Arrangement.DIRECT_PAY);

    @Test
    void theHistoryInPlainEnglish() {
        assertEquals("Arranged so far: CMS Direct Pay.",
                new ArrangementMove(ArrangementHistory.since(Arrangement.DIRECT_PAY), TODAY).historyText());
        assertEquals("Arranged so far: CMS Collect and Pay until 31 Mar 2026, then CMS Direct Pay from 1 Apr 2026.",
                new ArrangementMove(MOVED, TODAY).historyText());
        assertEquals("CMS Collect and Pay until 31 Mar 2026, CMS Direct Pay until 30 Jun 2026, then CMS Collect and "
                + "Pay from 1 Jul 2026", MOVED.movedOn(LocalDate.of(2026, 7, 1),
                Arrangement.COLLECT_AND_PAY).movedOn(LocalDate.of(2026, 8, 1), Arrangement.COLLECT_AND_PAY).describe());
    }

    @Test
    void theDayOfTheMoveIsCheckedBesideTheField() {
        ArrangementMove move = new ArrangementMove(MOVED, TODAY);
        assertEquals(Optional.of("This is not a date the app can read. Enter it like 01/03/2027."),
                move.problem(Optional.empty(), true));
        assertEquals(Optional.of("Enter the day the CMS moved the case, like 01/03/2027."),
                move.problem(Optional.empty(), false));
        assertEquals(Optional.of("This is after today (22 Nov 2026). Record a move once the CMS has made it."),
                move.problem(Optional.of(TODAY.plusDays(1)), false));
        assertEquals(Optional.of("Your records show CMS Direct Pay from 1 Apr 2026. Enter that day or a later one."),
                move.problem(Optional.of(APRIL_1.minusDays(1)), false));
        assertEquals(Optional.empty(), move.problem(Optional.of(APRIL_1), false), "that day: a correction");
        assertEquals(Optional.empty(), move.problem(Optional.of(TODAY), false));
        ArrangementMove never = new ArrangementMove(ArrangementHistory.since(Arrangement.PRIVATE), TODAY);
        assertEquals(Optional.empty(), never.problem(Optional.of(LocalDate.of(2001, 1, 1)), false),
                "no move yet: any day up to today");
    }

    @Test
    void theLatestMoveCanBeCorrectedToAnyDayAfterTheChangeBeforeIt() {
        ArrangementMove move = new ArrangementMove(MOVED, TODAY);
        assertTrue(move.canCorrectLatestMove());
        assertFalse(new ArrangementMove(ArrangementHistory.since(Arrangement.DIRECT_PAY), TODAY)
                .canCorrectLatestMove());
        assertEquals("Correct the day of the move to CMS Direct Pay", move.correctLatestMoveText());
        assertEquals("Day of the move to CMS Direct Pay", move.latestMoveLabel());
        assertEquals(Optional.empty(), move.latestMoveProblem(Optional.of(LocalDate.of(2020, 1, 1)), false),
                "Collect and Pay from the start: any earlier day");
        assertEquals(Optional.empty(), move.latestMoveProblem(Optional.of(TODAY), false));
        assertEquals(Optional.of("This is after today (22 Nov 2026). Record a move once the CMS has made it."),
                move.latestMoveProblem(Optional.of(TODAY.plusDays(1)), false));
        assertEquals(Optional.of("This is not a date the app can read. Enter it like 01/03/2027."),
                move.latestMoveProblem(Optional.empty(), true));
        ArrangementMove twice = new ArrangementMove(MOVED.movedOn(LocalDate.of(2026, 7, 1),
                Arrangement.COLLECT_AND_PAY), TODAY);
        assertEquals("Correct the day of the move to CMS Collect and Pay", twice.correctLatestMoveText());
        assertEquals(Optional.of("Your records show CMS Direct Pay from 1 Apr 2026. Enter a later day."),
                twice.latestMoveProblem(Optional.of(APRIL_1), false));
        assertEquals(Optional.empty(), twice.latestMoveProblem(Optional.of(APRIL_1.plusDays(1)), false));
    }

    @Test
    void theDayIsAskedOnlyWhenASavedCaseMoves() {
        CaseDraft draft = CaseDraft.of(new MyDetails("Sam Taylor", PostalAddress.of("14 Orchard Close", "LS6 2AB"),
                "", "", Optional.empty()), new CaseFile(7, "Jordan Reed", Optional.empty(), WorkSituation.EMPLOYED,
                Arrangement.DIRECT_PAY, Optional.of(CmsReference.parse("121234567890").value()),
                List.of(new Child(1, "Mia", LocalDate.of(2015, 3, 14))), new BigDecimal("4")),
                FeeRule.of(new BigDecimal("4")), MOVED, TODAY);
        assertEquals("22 Nov 2026", draft.movedOn.get(), "today unless the parent says");
        assertFalse(draft.moving());
        draft.arrangement.set(Arrangement.COLLECT_AND_PAY);
        assertTrue(draft.moving());
        assertEquals(Arrangement.COLLECT_AND_PAY, draft.toCaseFile().arrangement());
        draft.arrangement.set(Arrangement.DIRECT_PAY);
        assertFalse(draft.moving());
        CaseDraft fresh = new CaseDraft();
        fresh.arrangement.set(Arrangement.COLLECT_AND_PAY);
        assertFalse(fresh.moving(), "a new case has no move: its arrangement is from the start");
    }
}
