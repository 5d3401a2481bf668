package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

/**
 * The Payments page's "What arrived" ({@link ScheduleLine#arrivedTextBesideExpected()}) says the schedule's own
 * allocation: each payment's pence once across the rows, under the due they were counted for, as the pack's "Paid
 * towards it" column. The reviewer's weekly £57.40, recorded 18 Sep, 6 Oct, 2 Oct, 9 Oct: the 25 Sep row read "£57.40
 * on 6 Oct 2026 (towards arrears)" and the 2 Oct row "£57.40 on 2 Oct 2026; £57.40 on 6 Oct 2026, all towards
 * arrears", the 6 Oct payment twice, and the on-time 2 Oct payment read as towards arrears.
 */
class WhatArrivedOnceTest {

    private static final Pattern PART = Pattern.compile("^£([\\d,]+\\.\\d\\d)(?: of £[\\d,]+\\.\\d\\d)?.*? on (\\d+ \\w+ \\d{4})");

    /** Each payment day with the pence the rows' words give it, adding every row. */
    private static Map<String, Money> shownByDay(ArrearsSchedule schedule) {
        Map<String, Money> shown = new LinkedHashMap<>();
        for (ScheduleLine line : schedule.lines()) {
            for (String part : line.arrivedTextBesideExpected().split("; ")) {
                Matcher m = PART.matcher(part);
                if (m.find()) {
                    shown.merge(m.group(2), Money.of(new java.math.BigDecimal(m.group(1).replace(",", ""))), Money::plus);
                }
            }
        }
        return shown;
    }

    @Test
    @DisplayName("Weekly £57.40, 25 Sep paid on 6 Oct: each row names only the money counted for it")
    void theReviewersFourWeeks() {
        ArrearsSchedule schedule = Build.schedule(List.of(Build.weekly("57.40", "2026-09-18")),
                List.of(Build.pay("2026-09-18", "57.40"), Build.pay("2026-10-06", "57.40"),
                        Build.pay("2026-10-02", "57.40"), Build.pay("2026-10-09", "57.40")), List.of(), "2026-10-09");
        List<String> rows = new ArrayList<>();
        for (ScheduleLine line : schedule.lines()) {
            rows.add(line.date() + " | " + line.arrivedTextBesideExpected() + " | " + line.received().toPlainString());
        }
        assertEquals(List.of(
                "2026-09-18 | £57.40 on 18 Sep 2026 | 57.40",
                "2026-09-25 | £57.40 on 6 Oct 2026 (towards arrears) | 57.40",
                "2026-10-02 | £57.40 on 2 Oct 2026 | 57.40",
                "2026-10-09 | £57.40 on 9 Oct 2026 | 57.40"), rows);
        assertEquals(Map.of("18 Sep 2026", Build.m("57.40"), "6 Oct 2026", Build.m("57.40"),
                "2 Oct 2026", Build.m("57.40"), "9 Oct 2026", Build.m("57.40")), shownByDay(schedule));
    }

    @Test
    @DisplayName("£80 in a £50 week with £30 owed from before: £50 under its week, £30 under the older due, once each")
    void aPaymentSplitBetweenTwoDues() {
        ArrearsSchedule schedule = Build.schedule(List.of(Build.weekly("50.00", "2026-01-02")),
                List.of(Build.pay("2026-01-02", "20.00"), Build.pay("2026-01-09", "80.00")), List.of(), "2026-01-09");
        Map<String, Money> shown = shownByDay(schedule);
        assertEquals(Build.m("80.00"), shown.get("9 Jan 2026"), schedule.lines().stream()
                .map(ScheduleLine::arrivedTextBesideExpected).toList().toString());
        assertEquals(Build.m("20.00"), shown.get("2 Jan 2026"));
        for (ScheduleLine line : schedule.lines()) {
            // What the row names adds up to what the schedule counted for the due (the pack's "Paid towards it").
            Money named = Money.ZERO;
            for (String part : line.arrivedTextBesideExpected().split("; ")) {
                Matcher m = PART.matcher(part);
                named = m.find() ? named.plus(Money.of(new java.math.BigDecimal(m.group(1).replace(",", "")))) : named;
            }
            assertEquals(line.received(), named, line.arrivedTextBesideExpected());
            // "£50.00 of £80.00 on 9 Jan 2026 + £30.00 towards arrears" named the £30 here and under the older due.
            assertEquals(-1, line.arrivedTextBesideExpected().indexOf(" + £"), line.arrivedTextBesideExpected());
        }
    }
}
