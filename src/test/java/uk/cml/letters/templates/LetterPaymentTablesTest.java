package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;

/**
 * The payment tables a letter carries add up against the parent's bank statement: each payment received is printed
 * once, on its own date, with its whole amount, and the totals agree with the figures the letter states, read back
 * from the PDF a caseworker would hold.
 */
class LetterPaymentTablesTest {

    private static final Pattern AMOUNT = Pattern.compile("£([\\d,]+)\\.(\\d\\d)");

    /** £50.00 a week from 2 Nov 2026; nothing until one £120.00 on 16 Nov, which pays parts of all three dues. */
    static ArrearsSchedule oneForThree() {
        return schedule(PaymentFrequency.WEEKLY, 5000, LocalDate.of(2026, 11, 2),
                pay(LocalDate.of(2026, 11, 16), 12000));
    }

    /** £200.00 a month: 1 Aug missed, then £300.00 on 1 Sep pays Sep and £100.00 of Aug; 1 Oct £150.00; 1 Nov none. */
    static ArrearsSchedule olderDuePaid() {
        List<Payment> paid = new ArrayList<>();
        for (int month = 1; month <= 7; month++) {
            paid.add(pay(LocalDate.of(2026, month, 1), 20000));
        }
        paid.add(pay(LocalDate.of(2026, 9, 1), 30000));
        paid.add(pay(LocalDate.of(2026, 10, 1), 15000));
        return schedule(PaymentFrequency.MONTHLY, 20000, LocalDate.of(2026, 1, 1), paid.toArray(Payment[]::new));
    }

    /** £200.00 a month: £400.00 on 1 Aug pays Aug and, paid early, Sep; 1 Oct £150.00; 1 Nov none. */
    static ArrearsSchedule paidEarly() {
        List<Payment> paid = new ArrayList<>();
        for (int month = 1; month <= 7; month++) {
            paid.add(pay(LocalDate.of(2026, month, 1), 20000));
        }
        paid.add(pay(LocalDate.of(2026, 8, 1), 40000));
        paid.add(pay(LocalDate.of(2026, 10, 1), 15000));
        return schedule(PaymentFrequency.MONTHLY, 20000, LocalDate.of(2026, 1, 1), paid.toArray(Payment[]::new));
    }

    private static Payment pay(LocalDate date, long pence) {
        return new Payment(0, date, Money.ofPence(pence), PaymentMethod.BANK_TRANSFER, "", "");
    }

    private static ArrearsSchedule schedule(PaymentFrequency frequency, long pence, LocalDate first,
            Payment... payments) {
        return new ArrearsCalculator().calculate(
                List.of(new PaymentPlan(0, Money.ofPence(pence), frequency, first, "CMS letter")), List.of(payments),
                List.of(), Facts.DATE, FeeRule.NONE);
    }

    private static ReadBack letter(ArrearsSchedule schedule) throws IOException {
        LetterTemplate template = LetterTemplates.MISSED_DIRECT_PAY;
        return new ReadBack(template, Facts.complete(template).toBuilder()
                .arrears(ArrearsDetails.from(schedule)).build());
    }

    @Test
    @DisplayName("one payment that pays parts of three dues is printed once, on its date, with its whole amount")
    void onePaymentOnceWithItsFullAmount() throws IOException {
        ReadBack pdf = letter(oneForThree());
        List<String> lines = pdf.text().lines().map(String::strip).toList();
        List<String> received = lines.stream().filter(l -> l.endsWith("Bank transfer")).toList();
        assertEquals(List.of("16 Nov 2026 £120.00 Bank transfer"), received, pdf.text());
        // Each due shows what of it was paid; the £120.00 is not repeated under the dues it touched.
        // Beyond 16 Nov's due, the oldest still owed is paid first: 2 Nov in full, 14 days late; then £20.00 of it
        // towards 9 Nov, 7 days late: the status says so, naming the £120.00 that the bank statement shows ("£20.00
        // arrived 7 days late" named money that never arrived as such).
        assertTrue(lines.contains("2 Nov 2026 £50.00 £50.00 Arrived 16 Nov 2026, 14 days late £50.00"), pdf.text());
        assertTrue(pdf.flat().contains("9 Nov 2026 £50.00 £20.00 Part paid: £20.00 of the £120.00 that arrived on "
                + "16 Nov 2026 counts towards it (7 days late); £30.00 still owed"), pdf.text());
        assertTrue(lines.contains("16 Nov 2026 £50.00 £50.00 Paid £30.00"), pdf.text());
        // Never in a due's paid column: only the status names the whole payment a part came from.
        assertFalse(lines.stream().anyMatch(l -> l.matches("\\d+ Nov 2026 £50\\.00 £120\\.00.*")), pdf.text());
        assertTrue(lines.contains("Total £150.00 £120.00"), pdf.text());
        assertTrue(lines.contains("Total £120.00"), pdf.text());
        assertTrue(pdf.flat().contains("Matched by date, all of the £120.00 received went to the payments due listed "
                + "above."), pdf.flat());
    }

    /** The walk-through's letter said "Bank transfer" for payments recorded by quick entry, which never asks how. */
    @Test
    @DisplayName("a payment whose way of paying the parent did not say is printed with none, not a guess")
    void howItWasPaidNotSaidIsLeftBlank() throws IOException {
        ReadBack pdf = letter(schedule(PaymentFrequency.WEEKLY, 5000, LocalDate.of(2026, 11, 2),
                new Payment(0, LocalDate.of(2026, 11, 16), Money.ofPence(12000), PaymentMethod.NOT_SAID, "", "")));
        List<String> lines = pdf.text().lines().map(String::strip).toList();
        assertTrue(lines.contains("Date received Amount received"), "no column of blanks: " + pdf.text());
        assertTrue(lines.contains("16 Nov 2026 £120.00"), pdf.text());
        assertTrue(lines.contains("Total £120.00"), pdf.text());
        assertFalse(pdf.flat().contains("How it was paid") || pdf.flat().contains("Bank transfer")
                || pdf.flat().contains("Not said"), pdf.flat());
    }

    @Test
    @DisplayName("beside one said to be a bank transfer, a payment whose way of paying was not said has a blank")
    void howItWasPaidBlankBesideOneSaid() throws IOException {
        ReadBack pdf = letter(schedule(PaymentFrequency.WEEKLY, 5000, LocalDate.of(2026, 11, 2),
                pay(LocalDate.of(2026, 11, 2), 5000),
                new Payment(0, LocalDate.of(2026, 11, 16), Money.ofPence(5000), PaymentMethod.NOT_SAID, "", "")));
        List<String> lines = pdf.text().lines().map(String::strip).toList();
        assertTrue(lines.contains("Date received Amount received How it was paid"), pdf.text());
        assertTrue(lines.contains("2 Nov 2026 £50.00 Bank transfer"), pdf.text());
        assertTrue(lines.contains("16 Nov 2026 £50.00"), pdf.text());
        assertFalse(pdf.flat().contains("Not said"), pdf.flat());
    }

    @Test
    @DisplayName("money paid early, before the months listed, is said to have paid a due listed")
    void paidEarlyIsAccountedFor() throws IOException {
        String text = letter(paidEarly()).flat();
        assertTrue(text.contains("Matched by date, all of the £150.00 received went to the payments due listed above. "
                + "£200.00 paid early, before"), text);
        assertTrue(text.contains("So the payments due listed were paid £350.00 in all."), text);
    }

    @Test
    @DisplayName("under Collect and Pay each payment shows the bank figure and, beside it, what it counted for")
    void feeShownBesideTheBankFigure() throws IOException {
        List<Payment> paid = new ArrayList<>();
        for (int month = 9; month <= 11; month++) {
            paid.add(new Payment(0, LocalDate.of(2026, month, 2), Money.ofPence(month == 11 ? 9600 : 19200),
                    PaymentMethod.THROUGH_CMS, "", ""));
        }
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0,
                Money.ofPence(20000), PaymentFrequency.MONTHLY, LocalDate.of(2026, 9, 1), "CMS letter")), paid,
                List.of(), Facts.DATE, FeeRule.of(new java.math.BigDecimal("4")));
        ReadBack pdf = letter(schedule);
        if (System.getProperty("letters.dump") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("letters.dump")), pdf.letter.pdf());
        }
        List<String> lines = pdf.text().lines().map(String::strip).toList();
        assertTrue(lines.contains("Date received Amount received How it was paid Before the CMS fee"), pdf.text());
        assertTrue(lines.contains("2 Nov 2026 £96.00 Through the CMS (Collect and Pay) £100.00"), pdf.text());
        assertTrue(lines.contains("Total £480.00 £500.00"), pdf.text());
        assertTrue(lines.contains("Total £600.00 £500.00"), pdf.text());
        assertTrue(pdf.flat().contains("Before the CMS fee, these payments come to £500.00. Matched by date, all of "
                + "it went to the payments due listed above."), pdf.flat());
    }

    @Test
    @DisplayName("a write-off on a due listed is named, so due less paid is not taken for what is owed")
    void clearedIsNamed() throws IOException {
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0,
                Money.ofPence(20000), PaymentFrequency.MONTHLY, LocalDate.of(2026, 9, 1), "CMS letter")),
                List.of(pay(LocalDate.of(2026, 9, 1), 20000), pay(LocalDate.of(2026, 10, 1), 15000)),
                List.of(new uk.cml.domain.arrears.Adjustment(0, LocalDate.of(2026, 10, 15),
                        uk.cml.domain.arrears.AdjustmentKind.WRITE_OFF, Money.ofPence(2000), "")),
                Facts.DATE, FeeRule.NONE);
        ReadBack pdf = letter(schedule);
        assertTrue(pdf.text().lines().map(String::strip).toList().contains("Total £600.00 £350.00"), pdf.text());
        assertTrue(pdf.flat().contains("£20.00 owed on these payments was cleared by a write-off, an offset or a "
                + "settlement, as the status says. It is not in the amount paid."), pdf.flat());
        // A write-off between the dates breaks "the balance went from ... to ...": the letter does not say it.
        assertTrue(pdf.flat().contains("£600.00 fell due and £350.00 was paid. "), pdf.flat());
    }

    static Stream<Arguments> schedules() {
        return Stream.of(Arguments.of("the usual facts", Facts.schedule()),
                Arguments.of("one payment for three dues", oneForThree()),
                Arguments.of("money towards an older due", olderDuePaid()),
                Arguments.of("money paid early", paidEarly()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedules")
    @DisplayName("the totals printed add up to the figures the letter states")
    void totalsAddUp(String name, ArrearsSchedule schedule) throws IOException {
        ReadBack pdf = letter(schedule);
        String flat = pdf.flat();
        List<long[]> totals = new ArrayList<>();
        Matcher total = Pattern.compile("Total((?: £[\\d,]+\\.\\d\\d)+)").matcher(flat);
        while (total.find()) {
            totals.add(pence(total.group(1)));
        }
        assertEquals(2, totals.size(), "a total for the dues and one for the payments: " + flat);
        long[] dues = totals.get(0);
        long received = totals.get(1)[0];
        assertEquals(2, dues.length, "the dues' total row: due and what I matched to them: " + flat);

        Matcher summary = Pattern.compile("(£[\\d,]+\\.\\d\\d) is owed\\. Since [^,]+, (£[\\d,]+\\.\\d\\d) fell due "
                + "and (£[\\d,]+\\.\\d\\d) was paid(?:, so the balance went from (£[\\d,]+\\.\\d\\d)( ahead)? to "
                + "(£[\\d,]+\\.\\d\\d))?").matcher(flat);
        assertTrue(summary.find(), flat);
        assertEquals(pence(summary.group(2))[0], dues[0], "the dues' total is what fell due");
        assertEquals(pence(summary.group(3))[0], received, "the payments' total is what was paid");
        long owedNow = pence(summary.group(1))[0];
        assertTrue(summary.group(4) != null, "no write-off in these: the balance follows from the totals: " + flat);
        long start = pence(summary.group(4))[0] * (summary.group(5) == null ? 1 : -1);
        assertEquals(owedNow, start + dues[0] - received, "owed before, plus due, less paid, is what is owed");
        assertEquals(owedNow, pence(summary.group(6))[0]);
        List<String> dueRows = pdf.text().lines().map(String::strip)
                .filter(l -> l.matches("\\d{1,2} [A-Z][a-z]{2} \\d{4} £.*") && !l.endsWith("Bank transfer")).toList();
        long[] last = pence(dueRows.get(dueRows.size() - 1));
        assertEquals(owedNow, last[last.length - 1], "the last due's balance is what is owed: " + dueRows);

        long rows = 0;
        for (String line : pdf.text().lines().filter(l -> l.strip().endsWith("Bank transfer")).toList()) {
            rows += pence(line)[0];
        }
        assertEquals(received, rows, "the payments' rows add up to their total");
        Matcher went = Pattern.compile("Matched by date, (?:all of the (£[\\d,]+\\.\\d\\d) received|(£[\\d,]+\\.\\d\\d) of "
                + "the (£[\\d,]+\\.\\d\\d) received)(.*?)\\.(?: |$)").matcher(flat);
        assertTrue(went.find(), flat);
        boolean all = went.group(1) != null;
        assertEquals(received, pence(all ? went.group(1) : went.group(3))[0]);
        long parts = all ? received : pence(went.group(2))[0];
        for (long part : all ? new long[0] : pence(went.group(4))) {
            parts += part;
        }
        assertEquals(received, parts, "the parts make the whole");
        Matcher inAll = Pattern.compile("were paid (£[\\d,]+\\.\\d\\d) in all").matcher(flat);
        if (inAll.find()) {
            assertEquals(dues[1], pence(inAll.group(1))[0]);
        } else if (!all) {
            assertEquals(dues[1], pence(went.group(2))[0], "what went to the dues listed is what they were paid");
        } else {
            assertEquals(dues[1], received, "all of it went to the dues listed");
        }
    }

    private static long[] pence(String text) {
        return AMOUNT.matcher(text).results()
                .mapToLong(m -> Long.parseLong(m.group(1).replace(",", "")) * 100 + Long.parseLong(m.group(2)))
                .toArray();
    }
}
