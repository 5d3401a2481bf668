package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.arrears.Build.adjust;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.weekly;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArrearsScheduleCsvTest {

    @Test
    void writesTheExactTable() throws IOException {
        // £50 weekly from 5 Jan 2026. £50 paid on 5 Jan; 12 Jan nothing; on 13 Jan, once that due is missed (on its
        // own day it is not arrears yet), £10 is written off (40 left) and the CMS says £40. Due 100 - received 50 -
        // cleared 10 = 40, the last balance. Read on 13 Jan (on 12 Jan itself that due is "Due today").
        Payment payment = new Payment(7, d("2026-01-05"), m("50.00"), PaymentMethod.BANK_TRANSFER,
                "Rent \"Jan\"", "");
        ArrearsSchedule schedule = Build.schedule(List.of(weekly("50.00", "2026-01-05")), List.of(payment),
                List.of(adjust("2026-01-13", AdjustmentKind.CMS_CONFIRMED_FIGURE, "40.00"),
                        adjust("2026-01-13", AdjustmentKind.WRITE_OFF, "10.00")), "2026-01-13");
        StringWriter out = new StringWriter();
        ArrearsScheduleCsv.write(schedule, out);
        assertEquals(ArrearsScheduleCsv.HEADER + "\r\n"
                + "05/01/2026,Maintenance due (weekly),50.00,50.00,£50.00 on 5 Jan 2026,50.00,0.00,0.00,0.00,Paid,"
                + "\r\n"
                + "12/01/2026,Maintenance due (weekly),50.00,0.00,Nothing; £10.00 written off,0.00,10.00,40.00,40.00,"
                + "Nothing received,Arrears written off by the CMS on 13 Jan 2026: £10.00\r\n"
                // The CMS figure is a row of its own by its date, not the 12 Jan due's note (ScheduleNote).
                + "13/01/2026,Not a payment due: arrears figure given by the CMS,,,,,,,,,\"Not a payment due: arrears "
                + "figure given by the CMS, as at 13 Jan 2026: £40.00 (this record: £40.00)\"\r\n",
                out.toString());
    }

    @Test
    void onADueDayItsLinesBalanceIsWhatIsOwed() throws IOException {
        // £50 weekly from 5 Jan 2026, 5 Jan paid; read on 12 Jan with nothing yet for 12 Jan: owed now £0.00 (it
        // read 50.00, the running balance with today's due in it).
        ArrearsSchedule schedule = Build.schedule(List.of(weekly("50.00", "2026-01-05")),
                List.of(Build.pay("2026-01-05", "50.00")), List.of(), "2026-01-12");
        StringWriter out = new StringWriter();
        ArrearsScheduleCsv.write(schedule, out);
        assertEquals("12/01/2026,Maintenance due (weekly),50.00,0.00,No payment,0.00,0.00,50.00,0.00,Due today,",
                out.toString().split("\r\n")[2]);
        assertEquals(m("0.00"), schedule.owedOnPassedDues());
    }

    @Test
    void writesCreditAsANegativeNumberAndCountsEachPaymentOnce() throws IOException {
        // £1,234.56 on 1 Jan before the first £50 due: it arrived before the first period, so the first line
        // shows it in "Arrived in period"; 50 of it is counted for 5 Jan; balance -1184.56.
        ArrearsSchedule schedule = Build.schedule(List.of(weekly("50.00", "2026-01-05")),
                List.of(Build.pay("2026-01-01", "1234.56")), List.of(), "2026-01-05");
        StringWriter out = new StringWriter();
        ArrearsScheduleCsv.write(schedule, out);
        assertEquals(List.of(ArrearsScheduleCsv.HEADER,
                "05/01/2026,Maintenance due (weekly),50.00,1234.56,\"£50.00 of £1,234.56 paid ahead on 1 Jan 2026\","
                        + "50.00,0.00,0.00,-1184.56,Paid in advance,"),
                List.of(out.toString().split("\r\n")));
    }

    @Test
    void totalsLineAddsUpAndGivesWhatIsOwedNowBeforeAndAfterTheFee() throws IOException {
        // £50 weekly from 5 Jan 2026 under Collect and Pay at 4%; £50 on 5 Jan, nothing for 12 or 19 Jan; read on
        // 20 Jan: owed now £100.00, about £96.00 after the fee. Arrived each payment once; paid towards: 50.
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(weekly("50.00", "2026-01-05")),
                List.of(Build.pay("2026-01-05", "50.00")), List.of(), d("2026-01-20"),
                FeeRule.of(new java.math.BigDecimal("4")));
        StringWriter out = new StringWriter();
        ArrearsScheduleCsv.writeTotals(schedule, out);
        assertEquals("Totals,Every due up to 20 Jan 2026,150.00,50.00,,50.00,0.00,100.00,100.00,Owed now,"
                + "Owed before the Collect and Pay fee. You should receive about £96.00 of it after the fee.\r\n",
                out.toString());
        StringWriter credit = new StringWriter();
        ArrearsScheduleCsv.writeTotals(Build.schedule(List.of(weekly("50.00", "2026-01-05")),
                List.of(Build.pay("2026-01-01", "80.00")), List.of(), "2026-01-05"), credit);
        assertEquals("Totals,Every due up to 5 Jan 2026,50.00,80.00,,50.00,0.00,0.00,-30.00,In credit,\r\n",
                credit.toString());
        StringWriter none = new StringWriter();
        ArrearsScheduleCsv.writeTotals(Build.schedule(List.of(), List.of(), List.of(), "2026-01-05"), none);
        assertEquals("", none.toString(), "no dues, no totals");
    }

    @Test
    void writesDaysLate() throws IOException {
        ArrearsSchedule schedule = Build.schedule(List.of(weekly("50.00", "2026-01-05")),
                List.of(Build.pay("2026-01-06", "50.00")), List.of(), "2026-01-06");
        StringWriter out = new StringWriter();
        ArrearsScheduleCsv.write(schedule, out);
        assertEquals("05/01/2026,Maintenance due (weekly),50.00,50.00,£50.00 on 6 Jan 2026,50.00,0.00,0.00,0.00,"
                + "Arrived late (1 day),", out.toString().split("\r\n")[1]);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain text       | plain text",
        "a, b             | \"a, b\"",
        "say \"hi\"       | \"say \"\"hi\"\"\"",
        "=SUM(A1:A9)      | '=SUM(A1:A9)",
        "-5 and more      | '-5 and more",
        "@cmd             | '@cmd",
    })
    void quotesTextTheRfc4180Way(String text, String cell) {
        assertEquals(cell, ArrearsScheduleCsv.text(text));
    }

    @Test
    void quotesLineBreaks() {
        assertEquals("\"two\nlines\"", ArrearsScheduleCsv.text("two\nlines"));
    }
}
