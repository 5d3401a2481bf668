package uk.cml.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.ModelCase;

/**
 * The words of "What needs doing" and of the Timeline's payment lines, as a stressed parent reads them (reviewers
 * drove the sample case): each day named once, a letter named as a letter to someone, the remedy for missed payments
 * true for the arrangement, and no "Received" after "Payment received" nor "(matched by date)". No window.
 */
class TodoAndTimelineWordsTest {

    private static final Pattern DAY = Pattern.compile("\\d{1,2} [A-Z][a-z]{2} \\d{4}");

    @TempDir
    Path folder;

    private static List<String> repeatedDays(String line) {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        Matcher m = DAY.matcher(line);
        while (m.find()) {
            if (!seen.add(m.group())) {
                twice.add(m.group());
            }
        }
        return twice;
    }

    private static SentLetter postedLetter(long caseId, LocalDate posted, LocalDate replyBy) {
        return new SentLetter(0, caseId, posted, Optional.of(posted), new Recipient(Optional.empty(),
                "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"), "Missed payments",
                LetterKind.ARREARS_REPORT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS),
                ProofOfPostage.NONE, "", Optional.of(replyBy), Optional.empty());
    }

    @Test
    @DisplayName("a posted letter's to-dos name each day once and the letter as one to someone")
    void aPostedLettersToDosNameEachDayOnce() {
        try (ModelCase records = new ModelCase(folder)) {
            records.services.sentLetters.save(postedLetter(records.caseId, LocalDate.of(2026, 11, 4),
                    LocalDate.of(2026, 11, 18)));
            List<String> lines = records.services.sentLetters.todos(records.caseId, ModelCase.TODAY).stream()
                    .map(TodoLine::of).toList();
            assertEquals(List.of("Record the proof of postage for your letter \u201cMissed payments\u201d to "
                    + "Child Maintenance Service, posted on 4 Nov 2026: if the Post Office gave you a certificate of "
                    + "posting, say so and attach its photo.",
                    "No reply yet to your letter \u201cMissed payments\u201d to Child Maintenance Service, posted on "
                    + "4 Nov 2026. A reply was expected by 18 Nov 2026."), lines);
            for (String line : lines) {
                assertEquals(List.of(), repeatedDays(line), line);
                assertFalse(line.contains("(to "), line);
                assertFalse(line.contains(": Missed payments"), line);
            }
        }
    }

    /** Weekly £50.00 from Mon 5 Oct 2026, nothing paid, read on 22 Nov 2026: 7 in a row missed; the line about them. */
    private String missedInARow(Arrangement arrangement) {
        try (ModelCase records = new ModelCase(folder.resolve(arrangement.name()), arrangement)) {
            records.services.payments.savePlan(records.caseId, new PaymentPlan(0, Money.ofPounds(50),
                    PaymentFrequency.WEEKLY, LocalDate.of(2026, 10, 5), "CMS calculation letter"));
            List<TodoItem> todos = records.services.payments.todos(records.caseId, ModelCase.TODAY);
            // Under Direct Pay the "tell the CMS" to-do takes the place of the run's own, saying the same and more.
            return TodoLine.of(todos.stream().filter(t -> t.kind() == TodoKind.MISSED_IN_A_ROW
                    || t.kind() == TodoKind.TELL_THE_CMS).findFirst().orElseThrow());
        }
    }

    @Test
    @DisplayName("missed payments in a row: what to do is true for Direct Pay, Collect and Pay and a private one")
    void missedInARowSaysWhatIsTrueForTheArrangement() {
        String direct = missedInARow(Arrangement.DIRECT_PAY);
        assertTrue(direct.contains("Under Direct Pay the CMS only knows if you tell it: write to the CMS"), direct);
        assertFalse(direct.contains("Consider"), direct);

        String collected = missedInARow(Arrangement.COLLECT_AND_PAY);
        assertTrue(collected.contains("The CMS collects them under Collect and Pay"), collected);
        assertTrue(collected.contains("ask what it is doing to collect them"), collected);
        // Seed 000: under Collect and Pay "You don't need to tell the CMS. They collect the payments, so they'll know";
        // the parent can call or write if not happy with how it is collecting the arrears.
        assertTrue(collected.contains("so it knows and you do not need to tell it"), collected);
        assertTrue(collected.contains("call or write to the CMS"), collected);
        assertFalse(collected.contains("write to tell the CMS"), collected);
        assertFalse(collected.contains("Consider"), collected);
        assertFalse(collected.contains("only knows if you tell it"), collected);

        String agreed = missedInARow(Arrangement.PRIVATE);
        assertTrue(agreed.contains("write to the other parent"), agreed);
        assertFalse(agreed.contains("write to the CMS"), agreed);
    }

    @Test
    @DisplayName("the latest payment short under Collect and Pay does not send the parent to write to the CMS")
    void latestShortUnderCollectAndPayIsNotForALetter() {
        try (ModelCase records = new ModelCase(folder.resolve("latest"), Arrangement.COLLECT_AND_PAY)) {
            // Weekly £50.00 from Mon 16 Nov 2026 (the last one before 22 Nov), nothing from the CMS for it.
            records.services.payments.savePlan(records.caseId, new PaymentPlan(0, Money.ofPounds(50),
                    PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 16), "CMS calculation letter"));
            String line = TodoLine.of(records.services.payments.todos(records.caseId, ModelCase.TODAY).stream()
                    .filter(t -> t.kind() == TodoKind.PAYMENT_SHORT).findFirst().orElseThrow());
            assertTrue(line.contains("Nothing has arrived from the CMS"), line);
            assertTrue(line.contains("it collects the payments, so it knows"), line);
            assertFalse(line.contains("your letter to the CMS"), line);
        }
    }

    @Test
    @DisplayName("the Timeline's payment lines say each thing once, in plain words")
    void timelinePaymentLinesArePlain() {
        try (ModelCase records = new ModelCase(folder)) {
            // Weekly £50.00 from Mon 2 Nov: £50.00 on 2 Nov, £20.00 on 9 Nov, nothing for 16 Nov.
            records.services.payments.savePlan(records.caseId, new PaymentPlan(0, Money.ofPounds(50),
                    PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 2), "CMS calculation letter"));
            records.services.payments.savePayment(records.caseId, new Payment(0, LocalDate.of(2026, 11, 2),
                    Money.ofPounds(50), PaymentMethod.BANK_TRANSFER, "", ""));
            records.services.payments.savePayment(records.caseId, new Payment(0, LocalDate.of(2026, 11, 9),
                    Money.ofPounds(20), PaymentMethod.BANK_TRANSFER, "", ""));
            List<TimelineEntry> entries = records.services.payments.timeline(records.caseId);
            List<String> rows = entries.stream().map(e -> Messages.text("timeline.view.kindAndTitle", e.label(),
                    e.title())).toList();
            assertTrue(rows.contains("Payment received: \u00a350.00, on time for the payment due on 2 Nov 2026"),
                    rows.toString());
            assertTrue(rows.contains("Payment due: \u00a350.00, only part paid: \u00a330.00 short"), rows.toString());
            assertTrue(rows.contains("Payment due: \u00a350.00, nothing arrived for it"), rows.toString());
            for (String row : rows) {
                assertFalse(row.toLowerCase(Locale.UK).matches(".*received.*received.*"), row);
                assertFalse(row.contains("matched by date"), row);
            }
            for (TimelineEntry e : entries) {
                if (e.kind() == TimelineKind.PAYMENT) {
                    // The detail is read under "Payment received": it says how the money came, not that again.
                    assertEquals("How it came: Bank transfer", e.detail());
                }
                if (e.kind() == TimelineKind.PAYMENT_DUE && e.title().contains("short")) {
                    assertFalse(e.detail().contains("Matched"), e.detail());
                    assertTrue(e.detail().contains("Counted towards it: \u00a320.00 on 9 Nov 2026."), e.detail());
                    assertTrue(e.detail().contains("the CMS may count it differently"), e.detail());
                }
            }
        }
    }
}
