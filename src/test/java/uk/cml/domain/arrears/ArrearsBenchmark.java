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
    }
}
