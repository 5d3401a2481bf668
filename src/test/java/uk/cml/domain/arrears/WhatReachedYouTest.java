package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.weekly;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

/**
 * Under Collect and Pay the CMS takes its fee from what it passes on, so what "arrived" is what reached the parent, as
 * the bank statement shows it: "£49.80 on 18 Sep 2026", never "£51.87 on 18 Sep 2026" (what the CMS counted for it
 * before the fee). A reviewer's case: "£310.00 on 30 Jan" when £297.60 arrived. The before-fee figure, which the
 * dues, the status and the balance count in, is named as such where it is needed to follow a row's sums.
 */
@DisplayName("What arrived under Collect and Pay is what reached the parent, after the fee")
class WhatReachedYouTest {

    private static final FeeRule FOUR = FeeRule.of(new BigDecimal("4"));

    private static ScheduleLine line(ArrearsSchedule s, String date) {
        return s.lines().stream().filter(l -> l.date().equals(d(date))).findFirst().orElseThrow();
    }

    /** £51.87 a week from 20 Nov 2026: £49.80 passed on for it, then £99.60 for two dues on 27 Nov. */
    private static ArrearsSchedule sampleWeeks() {
        return new ArrearsCalculator().calculate(List.of(weekly("51.87", "2026-11-20")),
                List.of(Build.viaCms("2026-11-20", "49.80"), Build.viaCms("2026-11-27", "99.60")), List.of(),
                d("2026-12-05"), FOUR);
    }

    @Test
    @DisplayName("a whole payment: the table says what reached the parent; a sentence says both, each named")
    void aWholePayment() {
        ScheduleLine first = line(sampleWeeks(), "2026-11-20");
        assertEquals("£49.80 on 20 Nov 2026", first.arrivedTextBesideExpected());
        assertEquals("£49.80 on 20 Nov 2026 (£51.87 before the CMS fee)", first.arrivedText());
        assertEquals("£49.80 on 20 Nov 2026 (£51.87 before the CMS fee)", first.matchedText());
    }

    @Test
    @DisplayName("the reviewer's case: £297.60 arrived on 30 Jan, not £310.00")
    void theReviewersCase() {
        ArrearsSchedule s = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, m("310.00"),
                PaymentFrequency.MONTHLY, d("2026-01-30"), "CMS letter")),
                List.of(Build.viaCms("2026-01-30", "297.60")), List.of(), d("2026-02-10"), FOUR);
        ScheduleLine due = line(s, "2026-01-30");
        assertEquals(LineStatus.PAID, due.status());
        assertEquals("£297.60 on 30 Jan 2026", due.arrivedTextBesideExpected());
        assertEquals("£297.60 on 30 Jan 2026 (£310.00 before the CMS fee)", due.arrivedText());
    }

    @Test
    @DisplayName("a payment split across dues: each due names its share of what reached the parent")
    void aSplitPayment() {
        ArrearsSchedule s = sampleWeeks();
        assertEquals("£49.80 of £99.60 on 27 Nov 2026", line(s, "2026-11-27").arrivedTextBesideExpected());
        assertEquals("£49.80 of £99.60 paid ahead on 27 Nov 2026", line(s, "2026-12-04").arrivedTextBesideExpected());
        // In a sentence, where the rest went is in the same terms as what arrived, and the CMS's figures are named.
        assertEquals("£49.80 of £99.60 on 27 Nov 2026 (£51.87 of £103.74 before the CMS fee) + £49.80 kept as credit",
                line(s, "2026-11-27").arrivedText());
        assertEquals("£49.80 of £99.60 paid ahead on 27 Nov 2026 (£51.87 of £103.74 before the CMS fee)",
                line(s, "2026-12-04").arrivedText());
    }

    /**
     * A payment that reached the parent as another figure than the After fee column says names what the CMS counted
     * for it before the fee: the Status's "short £0.50" and the Balance are in those terms (£43.21 due less £42.71
     * counted), and without it a parent would take £41.48 less £41.00, 48p, for the shortfall.
     */
    @Test
    @DisplayName("a short payment says what the CMS counted for it, so the row's short figure can be followed")
    void aShortPayment() {
        ArrearsSchedule s = new ArrearsCalculator().calculate(List.of(weekly("43.21", "2026-01-05")),
                List.of(Build.viaCms("2026-01-05", "41.48"), Build.viaCms("2026-01-12", "41.00")), List.of(),
                d("2026-01-13"), FeeRule.of(Optional.of(new BigDecimal("4"))));
        assertEquals("£41.48 on 5 Jan 2026", s.lines().get(0).arrivedTextBesideExpected());
        ScheduleLine second = s.lines().get(1);
        assertEquals("£41.00 on 12 Jan 2026 (£42.71 before fee)", second.arrivedTextBesideExpected());
        assertEquals("£41.00 on 12 Jan 2026 (£42.71 before the CMS fee)", second.arrivedText());
        assertEquals(m("0.50"), second.shortBy());
    }

    private static final Pattern PART = Pattern.compile("^£([\\d,]+\\.\\d\\d)(?: of £[\\d,]+\\.\\d\\d)?.*? on (\\d+ \\w+ \\d{4})");

    /** What the rows of the table name of each payment, by its day, added across every row. */
    private static Map<String, Money> namedByDay(ArrearsSchedule s) {
        Map<String, Money> named = new TreeMap<>();
        for (ScheduleLine line : s.lines()) {
            for (String part : line.arrivedTextBesideExpected().split("; ")) {
                Matcher matcher = PART.matcher(part);
                if (matcher.find()) {
                    named.merge(matcher.group(2), Money.of(new BigDecimal(matcher.group(1).replace(",", ""))),
                            Money::plus);
                }
            }
        }
        return named;
    }

    @Test
    @DisplayName("what the rows say arrived adds up, payment by payment, to what the bank statement shows")
    void theRowsAddUpToTheBankStatement() {
        assertEquals(Map.of("20 Nov 2026", m("49.80"), "27 Nov 2026", m("99.60")), namedByDay(sampleWeeks()));
        ArrearsSchedule reviewer = CollectAndPaySharesTest.reviewerCase("2026-12-05");
        assertEquals(Map.of("14 Sep 2026", m("45.00"), "21 Sep 2026", m("45.00"), "5 Oct 2026", m("20.00"),
                "16 Oct 2026", m("45.00")), namedByDay(reviewer));
    }

    @Test
    @DisplayName("Direct Pay, no fee: the words are as they were")
    void noFeeNoChange() {
        ArrearsSchedule s = new ArrearsCalculator().calculate(List.of(weekly("51.87", "2026-11-20")),
                List.of(Build.pay("2026-11-20", "51.87"), Build.pay("2026-11-27", "103.74")), List.of(),
                d("2026-12-05"), FeeRule.NONE);
        assertEquals("£51.87 on 20 Nov 2026", line(s, "2026-11-20").arrivedTextBesideExpected());
        assertEquals("£51.87 on 20 Nov 2026", line(s, "2026-11-20").arrivedText());
        assertEquals("£51.87 of £103.74 on 27 Nov 2026", line(s, "2026-11-27").arrivedTextBesideExpected());
        assertEquals("£51.87 of £103.74 on 27 Nov 2026 + £51.87 kept as credit", line(s, "2026-11-27").arrivedText());
        assertEquals("£51.87 of £103.74 paid ahead on 27 Nov 2026", line(s, "2026-12-04").arrivedText());
    }
}
