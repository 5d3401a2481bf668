package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.weekly;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * "Arrears schedule.csv" under Collect and Pay: its "What arrived" says what reached the parent, as the bank statement
 * shows it, with what the CMS counted for it before the fee named as such; the columns of figures, which are the
 * CMS's before-fee terms (what the dues, the shortfalls and the balance add up in), say so in their headings. It read
 * "£51.87 on 20 Nov 2026 (£49.80 after the CMS fee)" under "What arrived", and 51.87 under "Arrived in its period".
 */
@DisplayName("The schedule's spreadsheet says what reached the parent under Collect and Pay")
class ScheduleCsvAfterFeeTest {

    @Test
    void whatArrivedIsWhatReachedTheParentAndTheFiguresSayTheyAreBeforeTheFee() throws IOException {
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(weekly("51.87", "2026-11-20")),
                List.of(Build.viaCms("2026-11-20", "49.80"), Build.viaCms("2026-11-27", "99.60")), List.of(),
                d("2026-12-05"), FeeRule.of(new BigDecimal("4")));
        StringWriter out = new StringWriter();
        ArrearsScheduleCsv.write(schedule, out);
        String[] rows = out.toString().split("\r\n");
        assertEquals("Date due,Description,Due (£),Arrived in its period before the CMS fee (£),What arrived,"
                + "Paid towards it before the CMS fee (£),Cleared without payment (£),Still owed on it (£),"
                + "Owed before next due (£),Status,Notes", rows[0]);
        String description = "\"Maintenance due (weekly): £51.87, £49.80 after the £2.07 Collect and Pay fee\"";
        assertEquals("20/11/2026," + description + ",51.87,51.87,£49.80 on 20 Nov 2026 (£51.87 before the CMS fee),"
                + "51.87,0.00,0.00,0.00,Arrived in full,", rows[1]);
        assertEquals("27/11/2026," + description + ",51.87,103.74,£49.80 of £99.60 on 27 Nov 2026 (£51.87 of £103.74 "
                + "before the CMS fee) + £49.80 kept as credit,51.87,0.00,0.00,-51.87,Arrived in full,", rows[2]);
        assertEquals("04/12/2026," + description + ",51.87,0.00,£49.80 of £99.60 paid ahead on 27 Nov 2026 (£51.87 of "
                + "£103.74 before the CMS fee),51.87,0.00,0.00,0.00,Arrived in advance,", rows[3]);
    }

    @Test
    void withNoFeeTheHeadingsAreAsTheyWere() throws IOException {
        ArrearsSchedule schedule = Build.schedule(List.of(weekly("50.00", "2026-01-05")),
                List.of(Build.pay("2026-01-05", "50.00")), List.of(), "2026-01-06");
        StringWriter out = new StringWriter();
        ArrearsScheduleCsv.write(schedule, out);
        assertEquals(ArrearsScheduleCsv.HEADER, out.toString().split("\r\n")[0]);
        assertEquals("Date due,Description,Due (£),Arrived in its period (£),What arrived,Paid towards it (£),"
                + "Cleared without payment (£),Still owed on it (£),Owed before next due (£),Status,Notes",
                ArrearsScheduleCsv.HEADER);
    }
}
