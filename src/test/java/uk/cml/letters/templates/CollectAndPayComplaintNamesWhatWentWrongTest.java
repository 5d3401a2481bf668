package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.CmsReference;
import uk.cml.store.SeededFacts;

/**
 * Reviewer rv9, worked by hand, the complaint read back from its PDF. Collect and Pay, 4% fee, £50.00 due every Monday
 * from 7 Sep 2026 (£48.00 after the fee); the CMS passes each week's money on the Wednesday after, as it does, except:
 * 28 Sep only £24.00 (part paid), 5 Oct and 12 Oct nothing (missed), 19 Oct's money on Fri 30 Oct (11 days after it
 * was due, the parent linking it). Letter of Mon 7 Dec 2026, dues to 30 Nov. Within the 5 working days new records
 * allow the CMS to pass money on, the Wednesday weeks are on time; so the complaint's list of what went wrong names
 * the part paid, the two missed and the really late week, not "Arrived late (2 days)" for ordinary weeks, which had
 * filled the list (it names 6 at most) and pushed those four into one "Before 26 Oct 2026" line.
 */
@DisplayName("Collect and Pay: a complaint names the missed, part paid and really late weeks, not ordinary pass-ons")
class CollectAndPayComplaintNamesWhatWentWrongTest {

    static final LocalDate LETTER = LocalDate.of(2026, 12, 7);

    static ArrearsSchedule schedule(int passOnWorkingDays) {
        LocalDate first = LocalDate.of(2026, 9, 7);
        List<Payment> payments = new ArrayList<>();
        for (LocalDate due = first; due.isBefore(LETTER); due = due.plusWeeks(1)) {
            LocalDate wednesday = due.plusDays(2);
            if (due.equals(LocalDate.of(2026, 9, 28))) {
                payments.add(viaCms(wednesday, 24_00, Optional.empty()));
            } else if (due.equals(LocalDate.of(2026, 10, 19))) {
                payments.add(viaCms(LocalDate.of(2026, 10, 30), 48_00, Optional.of(due)));
            } else if (!due.equals(LocalDate.of(2026, 10, 5)) && !due.equals(LocalDate.of(2026, 10, 12))
                    && !wednesday.isAfter(LETTER.minusDays(1))) {
                payments.add(viaCms(wednesday, 48_00, Optional.empty()));
            }
        }
        return new ArrearsCalculator(SeededFacts.calendar(), passOnWorkingDays).calculate(List.of(new PaymentPlan(0,
                Money.ofPence(50_00), PaymentFrequency.WEEKLY, first, "CMS calculation letter")), payments, List.of(),
                LETTER.minusDays(1), FeeRule.of(new BigDecimal("4")));
    }

    private static Payment viaCms(LocalDate on, long pence, Optional<LocalDate> forDue) {
        return new Payment(0, on, Money.ofPence(pence), PaymentMethod.THROUGH_CMS, "CHILD MAINT SERVICE", "", forDue);
    }

    static String complaint(ArrearsSchedule schedule) throws IOException {
        LetterTemplate template = LetterTemplates.COLLECTION_COMPLAINT;
        LetterFacts facts = Facts.complete(schedule).toBuilder().letterDate(LETTER)
                .caseDetails(new LetterFacts.CaseDetails("Jordan Reed", List.of("3 Mill Lane", "Bradford", "BD1 4QT"),
                        Optional.of(new CmsReference("121234567890")), Arrangement.COLLECT_AND_PAY,
                        List.of("Mia", "Leo")))
                .build();
        return new ReadBack(template, Facts.addressed(template, facts)).flat();
    }

    @Test
    @DisplayName("the list names 28 Sep part paid, 5 and 12 Oct missed and 19 Oct 11 days after it was due")
    void theListNamesWhatWentWrong() throws IOException {
        String text = complaint(schedule(5));
        for (String named : List.of("28 Sep 2026: £50.00 was due.", "5 Oct 2026: £50.00 was due. Nothing received.",
                "12 Oct 2026: £50.00 was due. Nothing received.",
                "19 Oct 2026: £50.00 was due. Arrived 30 Oct 2026, 11 days after it was due.")) {
            assertTrue(text.contains(named), named + " in: " + text);
        }
        assertFalse(text.contains("2 days late"), text);
        assertFalse(text.contains("Arrived late (2 days)"), text);
        assertFalse(text.contains("Before 26 Oct 2026"), text);
        assertFalse(text.contains("Before 28 Sep 2026"), text);
        assertFalse(text.contains("26 Oct 2026: £50.00 was due."), "an ordinary week passed on: " + text);
    }

    @Test
    @DisplayName("with no allowance (0: the dates are when the money reaches the parent) every Wednesday is late; the owed come first")
    void noAllowanceCountsAsBefore() throws IOException {
        String text = complaint(schedule(0));
        assertTrue(text.contains("30 Nov 2026: £50.00 was due. Arrived 2 Dec 2026, 2 days late."), text);
        // The list of 6 still names the three weeks still owed, before the newest paid in full but late (the
        // reviewer's letter named six such weeks and put those three in one line "Before 26 Oct 2026").
        for (String named : List.of("28 Sep 2026: £50.00 was due.", "5 Oct 2026: £50.00 was due. Nothing received.",
                "12 Oct 2026: £50.00 was due. Nothing received.", "16 Nov 2026: £50.00 was due.",
                "23 Nov 2026: £50.00 was due.")) {
            assertTrue(text.contains(named), named + " in: " + text);
        }
        assertFalse(text.contains("Before 26 Oct 2026:"), text);
        assertFalse(text.contains("9 Nov 2026: £50.00 was due."), "six named: " + text);
    }
}
