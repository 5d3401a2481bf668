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
 * A figure the CMS gave on the day of a due not missed yet is set against what is owed without what was still to
 * come of that due then, the rule of {@link ArrearsSchedule#owedLeavingOutNotMissed} on the figure's own day, wherever the comparison is read: {@link
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

    /**
     * The CMS figure's words wherever the schedule gives them: its event, and its own dated line (no due's notes carry
     * it: {@link ScheduleNote}).
     */
    private static List<String> wordsFor(ArrearsSchedule schedule) {
        List<String> words = new ArrayList<>();
        schedule.events().stream().filter(e -> e.kind() == AdjustmentKind.CMS_CONFIRMED_FIGURE)
                .forEach(e -> words.add(e.description()));
        schedule.lines().forEach(line -> words.addAll(line.notes()));
        schedule.notes().forEach(note -> words.add(note.text()));
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
        assertEquals("The CMS said the arrears were £30.00 as at 12 Jan 2026. This record shows £30.00 on 12 Jan "
                + "2026: the figures agree.", compared.describe());
        assertEquals(schedule.owedOn(d("2026-01-12")), compared.appFigure(), "the figure called owed that day");
        assertEquals(List.of("Arrears figure given by the CMS, as at 12 Jan 2026: £30.00 (this record: £30.00)",
                "Not a payment due: arrears figure given by the CMS, as at 12 Jan 2026: £30.00 (this record: £30.00)"),
                wordsFor(schedule));
    }

    @Test
    @DisplayName("a CMS figure that counts today's due agrees too: it is the balance the Due payments list shows")
    void aFigureCountingTodaysDueAgreesToo() {
        ArrearsSchedule schedule = today(List.of(pay("2026-01-06", "20.00")),
                List.of(cms("2026-01-12", "80.00", FeeBasis.BEFORE_FEE)));
        CmsDifference compared = schedule.cmsDifference().orElseThrow();
        assertEquals(m("80.00"), compared.appFigure());
        assertTrue(compared.difference().isZero(), compared.describe());
    }

    @Test
    @DisplayName("a figure that matches neither reading is compared without today's due, and says what it leaves out")
    void aFigureMatchingNeitherSaysWhatTheRecordLeavesOut() {
        ArrearsSchedule schedule = today(List.of(pay("2026-01-06", "20.00")),
                List.of(cms("2026-01-12", "60.00", FeeBasis.BEFORE_FEE)));
        CmsDifference compared = schedule.cmsDifference().orElseThrow();
        assertEquals(m("30.00"), compared.appFigure());
        assertEquals(m("-30.00"), compared.difference());
        assertEquals("The CMS said the arrears were £60.00 as at 12 Jan 2026. This record shows £30.00 on 12 Jan "
                + "2026. The CMS figure is £30.00 more than this record. This record leaves out £50.00 of a payment "
                + "that was not late yet that day: counting it, it shows £80.00.", compared.describe());
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
    @DisplayName("a figure given on an earlier due day is read as on that day: without that day's due")
    void aFigureOfAnEarlierDueDayIsReadAsOnItsDay() {
        // On Monday 5 Jan the first due was not missed yet: nothing was owed. A figure of £50.00 that day counted it,
        // as the Due payments list does; £20.00 counted neither way.
        ArrearsSchedule schedule = today(List.of(pay("2026-01-06", "20.00")),
                List.of(cms("2026-01-05", "0.00", FeeBasis.BEFORE_FEE), cms("2026-01-05", "50.00",
                        FeeBasis.BEFORE_FEE), cms("2026-01-05", "20.00", FeeBasis.BEFORE_FEE)));
        assertEquals(m("0.00"), schedule.cmsDifferences().get(0).appFigure());
        assertTrue(schedule.cmsDifferences().get(0).difference().isZero());
        assertTrue(schedule.cmsDifferences().get(1).difference().isZero());
        assertEquals(m("-20.00"), schedule.cmsDifferences().get(2).difference());
    }

    @Test
    @DisplayName("a figure that agrees on its due day still agrees the day after, and a week after")
    void aFigureReadsTheSameOnLaterDays() {
        List<Adjustment> figures = List.of(cms("2026-01-12", "30.00", FeeBasis.BEFORE_FEE));
        List<Payment> payments = List.of(pay("2026-01-06", "20.00"), pay("2026-01-12", "5.00"));
        for (String seenOn : List.of("2026-01-12", "2026-01-13", "2026-01-19")) {
            // 100 due by 12 Jan, 25 paid: 75, of which 45 of 12 Jan's due was still to come that day.
            CmsDifference compared = Build.schedule(FIFTY_WEEKLY, payments, figures, seenOn).cmsDifferences().get(0);
            assertEquals(m("30.00"), compared.appFigure(), "seen on " + seenOn);
            assertTrue(compared.difference().isZero(), "seen on " + seenOn + ": " + compared.describe());
        }
    }

    @Test
    @DisplayName("a figure given on the Monday a Saturday due was on time by, read a week later, leaves out "
            + "what had not arrived by then, not what came later")
    void aWeekendDueReadLater() {
        // Saturday 10 Jan's £50: £20 of it arrived on Monday 12 Jan before the figure, £30 on Tuesday 13 Jan.
        List<Payment> payments = List.of(pay("2026-01-03", "50.00"), pay("2026-01-12", "20.00"),
                pay("2026-01-13", "30.00"));
        ArrearsSchedule schedule = Build.schedule(List.of(weekly("50.00", "2026-01-03")), payments,
                List.of(cms("2026-01-12", "0.00", FeeBasis.BEFORE_FEE)), "2026-01-20");
        CmsDifference compared = schedule.cmsDifference().orElseThrow();
        assertEquals(m("0.00"), compared.appFigure());
        assertTrue(compared.difference().isZero(), compared.describe());
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
        assertTrue(compared.get(2).difference().isZero(), "a figure counting today's due, after the fee, agrees "
                + "too: " + compared.get(2).describe());
        assertEquals(schedule.afterFee(schedule.owedOnPassedDues()), compared.get(0).appFigure());
        assertTrue(wordsFor(schedule).contains("Arrears figure given by the CMS, as at 12 Jan 2026: £41.48 (this record: £41.48)"),
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
