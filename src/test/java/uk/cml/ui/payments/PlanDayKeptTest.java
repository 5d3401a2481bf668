package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.app.AppServices;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.PlanInput;
import uk.cml.domain.arrears.PlanRhythm;
import uk.cml.domain.arrears.PlanRules;
import uk.cml.ui.common.ModelCase;

/**
 * The hand-check's case through a real records file: £200 a month from Sat 31 Jan 2026, then £250 from 20 Apr 2026
 * typed on Payment plans. The form offers Thu 30 Apr; saved, and read back after the file is closed and opened again,
 * the plan says it is due on day 31 and its dues keep the 31st (31 May, 31 Jul, 31 Aug, 31 Oct, 31 Dec).
 */
@DisplayName("A plan saved from the offered date keeps the day of the month, in the records file")
class PlanDayKeptTest {

    @TempDir
    Path folder;

    @Test
    void theOfferedDateSavedKeepsThe31st() {
        long caseId;
        try (ModelCase records = new ModelCase(folder)) {
            caseId = records.caseId;
            records.services.payments.savePlan(caseId, PlanRules.toPlan(new PlanInput("200.00",
                    PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 31), false, "CMS letter 1"), 0));
            PlanInput typed = new PlanInput("250.00", PaymentFrequency.MONTHLY, LocalDate.of(2026, 4, 20), false,
                    "CMS letter 2");
            PlanRhythm.OffRhythm off = PlanRhythm.check(typed, records.services.payments.plans(caseId)).orElseThrow();
            assertEquals(LocalDate.of(2026, 4, 30), off.suggested());
            PlanInput accepted = new PlanInput("250.00", PaymentFrequency.MONTHLY, off.suggested(), false,
                    "CMS letter 2");
            records.services.payments.savePlan(caseId, PlanRules.toPlan(accepted, 0));
        }
        try (AppServices services = AppServices.open(folder, ModelCase.CLOCK)) {
            List<PaymentPlan> plans = services.payments.plans(caseId);
            assertEquals(List.of("Monthly, on the 31st (the last day in shorter months)",
                    "Monthly, on the 31st (the last day in shorter months)"),
                    plans.stream().map(p -> PlanWords.howOften(p, plans)).toList(), "the Plans table's How often");
            ArrearsSchedule schedule = services.payments.schedule(caseId, LocalDate.of(2026, 12, 4));
            assertEquals(List.of("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30",
                    "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31", "2026-11-30"),
                    schedule.lines().stream().map(l -> l.date().toString()).toList(), "Due payments");
            assertEquals(LocalDate.of(2026, 12, 31), schedule.nextDue(LocalDate.of(2026, 12, 4)).orElseThrow().date());
        }
    }
}
