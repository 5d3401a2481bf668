package uk.cml.domain.arrears;

import java.util.Arrays;

/**
 * Not a test: times the calculator on ten years of weekly dues and 3,000 payments.
 * Run: {@code java -cp target/classes:target/test-classes uk.cml.domain.arrears.ArrearsBenchmark}
 */
public final class ArrearsBenchmark {

    private ArrearsBenchmark() {
    }

    public static void main(String[] args) {
        TenYearsConsistencyTest.TenYears data = TenYearsConsistencyTest.build(20_260_105L);
        long checksum = 0;
        for (int i = 0; i < 500; i++) {
            checksum += data.calculate().owedNow().pence();
        }
        double[] millis = new double[200];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            ArrearsSchedule schedule = data.calculate();
            checksum += schedule.owedNow().pence() + schedule.missedInARow();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        double median = (millis[99] + millis[100]) / 2;
        System.out.printf("Arrears recompute, 10 years weekly + 3,000 payments: median %.3f ms, max %.3f ms"
                + " over %d runs (checksum %d)%n", median, millis[millis.length - 1], millis.length, checksum);
        // The Overview's questions of one schedule: the chart's owed series, owed at the start of the month and the
        // year, and the run of arrears (each leaves out dues not missed yet on the day asked).
        ArrearsSchedule schedule = data.calculate();
        java.time.LocalDate asOf = schedule.asOf();
        double[] asked = new double[2_000];
        for (int i = -500; i < asked.length; i++) {
            long start = System.nanoTime();
            // As the Overview asks them: the chart's series and the start-of-month and -year figures count money that
            // came early for a due on that due's day.
            checksum += RunningBalance.owedCountingEarlyMoneyOnItsDue(schedule).size()
                    + RunningBalance.owedOnCountingEarlyMoney(schedule, asOf.withDayOfMonth(1).minusDays(1)).pence()
                    + RunningBalance.owedOnCountingEarlyMoney(schedule, asOf.withDayOfYear(1).minusDays(1)).pence()
                    + RunningBalance.owedWithoutBreakSince(schedule).map(d -> d.getDayOfYear()).orElse(0);
            if (i >= 0) {
                asked[i] = (System.nanoTime() - start) / 1_000_000.0;
            }
        }
        Arrays.sort(asked);
        System.out.printf("Overview's owed series, start-of-month and -year figures and run of arrears: median %.3f ms,"
                + " max %.3f ms over %d runs (checksum %d)%n", (asked[999] + asked[1000]) / 2, asked[asked.length - 1],
                asked.length, checksum);
    }
}
