package uk.cml.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.standing.CmsFact;
import uk.cml.domain.standing.CmsFacts;
import uk.cml.domain.standing.FactUnit;
import uk.cml.store.StandingStore;

/** What Settings shows of the CMS time limits and how a correction is checked, without a window. */
class TimeLimitsModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    static final CmsFacts FACTS = new CmsFacts(List.of(
            // The table's own label is kept as stored, never shown: the meaning is the words bundle's.
            new CmsFact("complaint.reply.working_days", "Label as stored in the table", "15",
                    "One Parent Families Scotland", Optional.of(LocalDate.of(2026, 12, 1))),
            new CmsFact("write_off.reply.days", "Days to reply to a proposal to write off arrears", "30",
                    "Citizens Advice", Optional.empty()),
            new CmsFact("subject_access.months", "Calendar months the CMS has to answer a subject access request",
                    "1", "ICO: Right of access", Optional.of(LocalDate.of(2026, 12, 2))),
            new CmsFact("step.ARREARS_NOTICE", "Enforcement step 2", "Arrears notice", "Citizens Advice",
                    Optional.empty())));

    @Test
    void eachTimeLimitIsListedWithItsMeaningSourceAndCheck() {
        List<TimeLimitsModel.Row> rows = TimeLimitsModel.rows(FACTS);
        assertEquals(3, rows.size(), "a step's name is no time limit");
        TimeLimitsModel.Row complaint = rows.get(0);
        assertEquals("settings-time-limit-complaint-reply-working_days", complaint.id());
        assertEquals("Working days the CMS aims to take to reply to a complaint", complaint.meaning());
        assertEquals("15 working days", complaint.amount());
        assertEquals("Source: One Parent Families Scotland. Last checked 1 Dec 2026.", complaint.said());
        assertEquals("30 days", rows.get(1).amount());
        assertEquals("Source: Citizens Advice. Not checked yet.", rows.get(1).said());
        assertEquals("1 calendar month", rows.get(2).amount());
    }

    @Test
    void aCorrectionIsAWholeNumberInASensibleRangeForItsUnit() {
        assertEquals(Optional.empty(), TimeLimitsModel.valueProblem("20", FactUnit.WORKING_DAYS));
        assertEquals(Optional.empty(), TimeLimitsModel.valueProblem(" 20 ", FactUnit.WORKING_DAYS));
        assertEquals(Optional.of("Enter the number of working days."),
                TimeLimitsModel.valueProblem("", FactUnit.WORKING_DAYS));
        assertEquals(Optional.of("Enter a whole number of working days, such as 15."),
                TimeLimitsModel.valueProblem("15.5", FactUnit.WORKING_DAYS));
        assertEquals(Optional.of("Enter a whole number of working days, such as 15."),
                TimeLimitsModel.valueProblem("three weeks", FactUnit.WORKING_DAYS));
        assertEquals(Optional.of("Enter between 1 and 60 working days."),
                TimeLimitsModel.valueProblem("0", FactUnit.WORKING_DAYS));
        assertEquals(Optional.of("Enter between 1 and 36 calendar months."),
                TimeLimitsModel.valueProblem("40", FactUnit.MONTHS));
        assertEquals(Optional.of("Enter between 1 and 365 days."),
                TimeLimitsModel.valueProblem("999999999999", FactUnit.DAYS));
        assertEquals(Optional.empty(), TimeLimitsModel.valueProblem("13", FactUnit.MONTHS));
    }

    /**
     * Reviewer rv9: the working days the CMS may take to pass on a Collect and Pay payment are listed with the other
     * limits, in plain words, as the app's own suggestion; 0 can be saved (the dates entered are the days the money
     * reaches the parent), though no other working-days limit may be 0.
     */
    @Test
    void theCollectAndPayAllowanceIsListedAndMayBeCorrectedToNought() {
        TimeLimitsModel.Row row = TimeLimitsModel.rows(uk.cml.store.SeededFacts.published()).stream()
                .filter(r -> r.fact().key().equals("collect_and_pay.pass_on.working_days")).findFirst().orElseThrow();
        assertEquals("settings-time-limit-collect_and_pay-pass_on-working_days", row.id());
        assertEquals("Working days the CMS may take to pass on a Collect and Pay payment before it counts as late",
                row.meaning());
        assertEquals("5 working days", row.amount());
        assertTrue(row.said().startsWith("Source: The app's own suggestion: set it to 0 if the dates you entered"),
                row.said());
        assertEquals(0, row.least());
        assertEquals(Optional.empty(), TimeLimitsModel.valueProblem("0", row.unit(), row.least()));
        assertEquals(Optional.of("Enter between 0 and 60 working days."),
                TimeLimitsModel.valueProblem("61", row.unit(), row.least()));
    }

    @Test
    void theDateCheckedIsADateNotInTheFuture() {
        Optional<LocalDate> kept = Optional.of(LocalDate.of(2026, 12, 1));
        assertEquals(Optional.empty(), TimeLimitsModel.checkedProblem(TODAY, false, TODAY, kept));
        assertEquals(Optional.of("Enter the date you last checked it."),
                TimeLimitsModel.checkedProblem(null, false, TODAY, kept));
        assertTrue(TimeLimitsModel.checkedProblem(null, true, TODAY, kept).isPresent());
        assertEquals(Optional.of("That date is in the future. Enter the date you last checked it."),
                TimeLimitsModel.checkedProblem(TODAY.plusDays(1), false, TODAY, kept));
        // The day as kept is never refused, even by a computer whose clock is behind it.
        assertEquals(Optional.empty(), TimeLimitsModel.checkedProblem(kept.get(), false, kept.get().minusDays(9),
                kept));
    }

    @Test
    void theEarlierValuesAreSaidInWords() {
        List<String> said = TimeLimitsModel.history(List.of(new StandingStore.EarlierFact("15", "Citizens Advice",
                Optional.of(LocalDate.of(2026, 12, 1)), LocalDateTime.of(2026, 12, 5, 10, 30))),
                FactUnit.WORKING_DAYS);
        assertEquals(List.of("15 working days (source: Citizens Advice, checked 1 Dec 2026), changed on 5 Dec 2026"),
                said);
    }
}
