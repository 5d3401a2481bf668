package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.weekly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

/**
 * A figure the CMS gave on the day of a due not missed yet is set against what is owed without that due, the rule
 * of {@link ArrearsSchedule#owedLeavingOutDueNow}, wherever the comparison is read: {@link
 * ArrearsSchedule#cmsDifferences()}, the adjustment's words in {@link ArrearsSchedule#events()} and in the due's
 * notes. £50 weekly on Mondays from 5 Jan 2026, £20 paid on 6 Jan; Monday 12 Jan is today.
 */
@DisplayName("A CMS figure given on a due day is compared with what is owed, not with today's due")
class CmsFigureOnADueDayTest {

    private static final List<PaymentPlan> FIFTY_WEEKLY = List.of(weekly("50.00", "2026-01-05"));

    private static Adjustment cms(String date, String pounds, FeeBasis basis) {
        return new Adjustment(0, d(date), AdjustmentKind.CMS_CONFIRMED_FIGURE, m(pounds), "", basis);
    }

    private static ArrearsSchedule today(List<Payment> payments, List<Adjustment> figures) {
        return Build.schedule(FIFTY_WEEKLY, payments, figures, "2026-01-12");
    }

    /** The CMS figure's words wherever the schedule gives them: its event, and the notes of the due it falls in. */
    private static List<String> wordsFor(ArrearsSchedule schedule) {
        List<String> words = new ArrayList<>();
        schedule.events().stream().filter(e -> e.kind() == AdjustmentKind.CMS_CONFIRMED_FIGURE)
                .forEach(e -> words.add(e.description()));
        schedule.lines().forEach(line -> words.addAll(line.notes()));
        return words;
    }

    @Test
    @DisplayName("today's due unpaid: the CMS's £30.00, owed before today, agrees")
    void dueUnpaidToday() {
        // Dues 5 and 12 Jan = 100, less 20 paid: the running balance is 80, of which 50 is today's due.
        ArrearsSchedule schedule = today(List.of(pay("2026-01-06", "20.00")),
                List.of(cms("2026-01-12", "30.00", FeeBasis.BEFORE_FEE)));
        assertEquals(m("80.00"), schedule.owedNow(), "the running balance still counts today's due");
        CmsDifference compared = schedule.cmsDifference().orElseThrow();
        assertEquals(new CmsDifference(d("2026-01-12"), m("30.00"), m("30.00"), m("0.00"), FeeBasis.BEFORE_FEE,
                false), compared);
        assertEquals("On 12 Jan 2026 the CMS said the arrears were £30.00. This record shows £30.00 on 12 Jan "
                + "2026: the figures agree.", compared.describe());
        assertEquals(schedule.owedOn(d("2026-01-12")), compared.appFigure(), "the figure called owed that day");
        assertEquals(List.of("Arrears figure given by the CMS on 12 Jan 2026: £30.00 (this record: £30.00)",
                "Arrears figure given by the CMS on 12 Jan 2026: £30.00 (this record: £30.00)"), wordsFor(schedule));
    }

    @Test
    @DisplayName("a CMS figure that counts today's due is £50.00 more than this record")
    void aFigureCountingTodaysDueDiffers() {
        ArrearsSchedule schedule = today(List.of(pay("2026-01-06", "20.00")),
                List.of(cms("2026-01-12", "80.00", FeeBasis.BEFORE_FEE)));
        CmsDifference compared = schedule.cmsDifference().orElseThrow();
        assertEquals(m("30.00"), compared.appFigure());
        assertEquals(m("-50.00"), compared.difference());
    }

    @Test
    @DisplayName("£20 of today's due arrived today: £30.00 still to come of it is left out, the £20 is counted")
    void partOfTodaysDueArrivedToday() {
        // Running balance 100 - 20 - 20 = 60; today's due is short 30, still to come: owed 30.
        ArrearsSchedule schedule = today(List.of(pay("2026-01-06", "20.00"), pay("2026-01-12", "20.00")),
                List.of(cms("2026-01-12", "30.00", FeeBasis.BEFORE_FEE)));
        assertEquals(m("30.00"), schedule.stillDueNow());
        CmsDifference compared = schedule.cmsDifference().orElseThrow();
        assertEquals(m("30.00"), compared.appFigure());
        assertTrue(compared.difference().isZero(), compared.describe());
    }

    @Test
    @DisplayName("£70 arrived today: today's due is paid, so the figure is the balance, £10.00")
    void todaysDuePaidToday() {
        // 100 due, 20 + 70 paid: 10 owed, all of it on 5 Jan; nothing of today's due is still to come.
        ArrearsSchedule schedule = today(List.of(pay("2026-01-06", "20.00"), pay("2026-01-12", "70.00")),
                List.of(cms("2026-01-12", "10.00", FeeBasis.BEFORE_FEE)));
        assertTrue(schedule.dueNow().isEmpty());
        CmsDifference compared = schedule.cmsDifference().orElseThrow();
        assertEquals(m("10.00"), compared.appFigure());
        assertTrue(compared.difference().isZero(), compared.describe());
    }

    @Test
    @DisplayName("a figure dated yesterday is compared with the balance at the end of yesterday, as before")
    void aFigureOfYesterdayIsUnchanged() {
        List<Adjustment> figures = List.of(cms("2026-01-11", "30.00", FeeBasis.BEFORE_FEE),
                cms("2026-01-12", "30.00", FeeBasis.BEFORE_FEE));
        ArrearsSchedule seenToday = today(List.of(pay("2026-01-06", "20.00")), figures);
        ArrearsSchedule seenYesterday = Build.schedule(FIFTY_WEEKLY, List.of(pay("2026-01-06", "20.00")),
                figures, "2026-01-11");
        CmsDifference yesterday = seenToday.cmsDifferences().get(0);
        assertEquals(new CmsDifference(d("2026-01-11"), m("30.00"), m("30.00"), m("0.00"), FeeBasis.BEFORE_FEE,
                false), yesterday);
        assertEquals(seenYesterday.cmsDifference().orElseThrow(), yesterday);
        assertEquals(2, seenToday.cmsDifferences().size());
    }

    @Test
    @DisplayName("a figure of a day already over that was a due day keeps that day's end balance")
    void aFigureOfAnEarlierDueDayIsUnchanged() {
        // 5 Jan's due was not paid that day, so its day ended with 50 owed; today it is an earlier day.
        ArrearsSchedule schedule = today(List.of(pay("2026-01-06", "20.00")),
                List.of(cms("2026-01-05", "50.00", FeeBasis.BEFORE_FEE)));
        assertEquals(m("50.00"), schedule.cmsDifference().orElseThrow().appFigure());
        assertTrue(schedule.cmsDifference().orElseThrow().difference().isZero());
    }

    @Test
    @DisplayName("under Collect and Pay at 4%, a figure after the fee is set against owed before today after the fee")
    void afterTheFeeUnderCollectAndPay() {
        // £43.21 weekly at 4% from 5 Jan, nothing paid; today 12 Jan. Owed before today: 43.21 before the fee; the
        // fee on it 172.84p -> 1.73, so 41.48 after. Counting today's due it would be 86.42, or 82.96 after the fee.
        FeeRule fee = FeeRule.of(new BigDecimal("4"));
        List<Adjustment> figures = List.of(cms("2026-01-12", "41.48", FeeBasis.AFTER_FEE),
                cms("2026-01-12", "43.21", FeeBasis.BEFORE_FEE), cms("2026-01-12", "82.96", FeeBasis.AFTER_FEE));
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(weekly("43.21", "2026-01-05")),
                List.of(), figures, d("2026-01-12"), fee);
        List<CmsDifference> compared = schedule.cmsDifferences();
        assertEquals(new CmsDifference(d("2026-01-12"), m("41.48"), m("41.48"), m("0.00"), FeeBasis.AFTER_FEE,
                true), compared.get(0));
        assertEquals(m("43.21"), compared.get(1).appFigure());
        assertTrue(compared.get(1).difference().isZero());
        assertEquals(m("-41.48"), compared.get(2).difference(), "a figure counting today's due is more by its "
                + "41.48 after the fee");
        assertEquals(schedule.afterFee(schedule.owedOnPassedDues()), compared.get(0).appFigure());
        assertTrue(wordsFor(schedule).contains("Arrears figure given by the CMS on 12 Jan 2026: £41.48 (this record: £41.48)"),
                wordsFor(schedule).toString());
    }

    @Test
    @DisplayName("a due of Saturday on time by Monday: a figure given on the Monday leaves it out")
    void weekendDueOnTimeByMonday() {
        // £50 weekly on Saturdays from 3 Jan 2026, the first paid; Saturday 10 Jan not arrived by Monday 12 Jan.
        ArrearsSchedule schedule = Build.schedule(List.of(weekly("50.00", "2026-01-03")),
                List.of(pay("2026-01-03", "50.00")), List.of(cms("2026-01-12", "0.00", FeeBasis.BEFORE_FEE)),
                "2026-01-12");
        assertEquals(Money.ofPence(50_00), schedule.stillDueNow());
        CmsDifference compared = schedule.cmsDifference().orElseThrow();
        assertEquals(m("0.00"), compared.appFigure());
        assertTrue(compared.difference().isZero(), compared.describe());
    }
}
