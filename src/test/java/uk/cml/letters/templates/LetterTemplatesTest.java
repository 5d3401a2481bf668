package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LetterTemplatesTest {

    static Stream<LetterTemplate> templates() {
        return LetterTemplates.all().stream();
    }

    @Test
    @DisplayName("there are fourteen templates with different keys and names")
    void fourteen() {
        assertEquals(14, LetterTemplates.all().size());
        assertEquals(14, LetterTemplates.all().stream().map(LetterTemplate::key).distinct().count());
        assertEquals(14, LetterTemplates.all().stream().map(LetterTemplate::fileTitle).distinct().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    @DisplayName("offers money lost to be typed in exactly when it prints it")
    void claimsMoneyLostAsItSays(LetterTemplate template) {
        LetterFacts facts = Facts.complete(template).toBuilder().losses(List.of(new LossItem("Bank charges",
                uk.cml.domain.Money.ofPence(1800), "3 charges of £6.00"))).build();
        assertEquals(template.claimsMoneyLost(), template.draft(facts).allText().contains("Money I lost"),
                template.key());
    }

    @Test
    @DisplayName("a complaint never claims a total short of a loss whose amount is not given yet")
    void noTotalWhileAnAmountIsMissing() {
        LetterTemplate complaint = LetterTemplates.COLLECTION_COMPLAINT;
        LetterFacts facts = Facts.complete(complaint).toBuilder().losses(List.of(
                new LossItem("Bank charges", uk.cml.domain.Money.ofPence(1800), "3 charges of £6.00"),
                new LossItem("Late fee", null, "letter from my landlord"))).build();
        LetterDraft draft = complaint.draft(facts);
        assertFalse(draft.allText().contains("£18.00 for the money I lost"), draft.allText());
        assertTrue(draft.allText().contains("Pay me [the amount lost] for the money I lost"), draft.allText());
        assertEquals(List.of(new MissingFact("the amount lost")), draft.unresolved());
    }

    @Nested
    @DisplayName("with complete facts, every template")
    class Complete {

        @ParameterizedTest(name = "{0}")
        @MethodSource("uk.cml.letters.templates.LetterTemplatesTest#templates")
        @DisplayName("finds nothing missing and prints no placeholder")
        void nothingMissing(LetterTemplate template) throws IOException {
            LetterFacts facts = Facts.complete(template);
            assertEquals(List.of(), template.missing(facts));
            String text = new ReadBack(template, facts).text();
            for (String placeholder : List.of("null", "{", "}", "TODO", "[", "]")) {
                assertFalse(text.contains(placeholder), template.key() + " printed " + placeholder + ":\n" + text);
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("uk.cml.letters.templates.LetterTemplatesTest#templates")
        @DisplayName("prints the sender, the recipient, the date and the reference")
        void commonParts(LetterTemplate template) throws IOException {
            LetterFacts facts = Facts.complete(template);
            ReadBack pdf = new ReadBack(template, facts);
            String text = pdf.text();
            for (String line : List.of("Sam Taylor", "14 Orchard Close", "LS6 2AB", "22 Nov 2026")) {
                assertTrue(text.contains(line), template.key() + " lacks " + line);
            }
            for (String line : LetterFrame.recipientLines(template.recipientRole(), facts)) {
                assertTrue(text.contains(line), template.key() + " lacks the recipient line " + line);
            }
            if (template.recipientRole().isOrganisation()) {
                assertTrue(text.contains("1212 3456 7890"), template.key() + " lacks the grouped reference");
                assertTrue(text.contains("AB 12 34 56 C"), template.key() + " lacks the NI number");
                assertTrue(text.contains("Dear Sir or Madam") && text.contains("Yours faithfully"));
                assertTrue(pdf.pages.stream().allMatch(p -> p.contains("CMS reference 1212 3456 7890")),
                        "every page's footer carries the reference");
            } else {
                assertTrue(text.contains("Dear Jordan") && text.contains("Yours sincerely"));
                assertTrue(text.contains("3 Mill Lane") && text.contains("BD1 4QT"));
            }
        }
    }

        /**
     * The standard letter date, Sun 22 Nov 2026, is not a day Post Offices open: the letters count their dates from
     * posting on Mon 23 Nov (UkCalendar#postingDay), deemed delivered 1st class Wed 25 Nov. Counted by hand: a
     * request's 10 working days end Wed 9 Dec (not 8 Dec, from Tue 24 Nov); a complaint's 2 working days Fri 27 Nov
     * and its 15 Wed 16 Dec; the adviser's 6 weeks Wed 6 Jan 2027; a subject access month 25 Dec, Christmas, moved on
     * past the weekend and the Boxing Day substitute (Mon 28th) to Tue 29 Dec.
     */
    static Stream<Arguments> particulars() {
        return Stream.of(
                Arguments.of("confirm-call", List.of("20 Nov 2026 at 10:42", "Priya Shah", "PS4471",
                        "by 4 Dec 2026", "by 9 Dec 2026", "Direct Pay team")),
                Arguments.of("missed-direct-pay", List.of("1 Sep 2026", "£210.50", "£100.00", "£110.50", "£531.50",
                        "proof of any payment", "arrears notice", "Collect and Pay", "by 9 Dec 2026")),
                Arguments.of("collect-and-pay", List.of("£531.50", "Collect and Pay", "by 9 Dec 2026")),
                Arguments.of("arrears-breakdown", List.of("£531.50", "£310.50", "4 Oct 2026",
                        "6 Jan 2027", "6 weeks")),
                Arguments.of("collection-complaint", List.of("Complaint to CMS", "22 Aug 2026", "rent",
                        "school uniform", "Send an arrears notice", "Apologise", "consolatory payment",
                        "by 27 Nov 2026", "within 2 working days", "by 16 Dec 2026",
                        "Pay me £18.00", "Overdraft charges", "senior manager", "Copy of my letter of 18 Oct 2026")),
                Arguments.of("senior-review", List.of("23 Sep 2026", "13 Oct 2026", "senior manager",
                        "final response", "does not say when an arrears notice", "Independent Case Examiner")),
                Arguments.of("ice-complaint", List.of("22 Oct 2026", "Copy of the CMS final response",
                        "by email", "large print", "07700 900123", "AB 12 34 56 C", "22 Apr 2027",
                        "Recommend what the CMS should do", "Parliamentary and Health Service Ombudsman")),
                Arguments.of("write-off-reply", List.of("12 Nov 2026", "£531.50", "I have debts", "Carol Reed",
                        "died on 30 Sep 2026", "estate", "within the 30 days your letter of 12 Nov 2026 allowed")),
                Arguments.of("settlement-reply", List.of("£318.90", "I accept", "Paid by 20 December 2026",
                        "arrears only", "cancel the agreement")),
                Arguments.of("subject-access", List.of("UK General Data Protection Regulation", "25 Nov 2026",
                        "by 29 Dec 2026")),
                Arguments.of("chase-reply", List.of("18 Oct 2026", "19 Oct 2026", "first class post",
                        "CP 4821 0093", "by 9 Dec 2026")),
                Arguments.of("other-parent", List.of("Dear Jordan", "£531.50", "agree a plan", "9 Dec 2026",
                        "Mia and Leo")),
                Arguments.of("mandatory-reconsideration", List.of("10 Nov 2026", "10 Dec 2026",
                        "the weekly amount of maintenance", "two years old", "tribunal")),
                Arguments.of("enforcement-request", List.of("deduction from earnings order", "1 Sep 2026",
                        "Acme Ltd", "by 9 Dec 2026")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("particulars")
    @DisplayName("each template prints its own facts, amounts and dates")
    void particularFacts(String key, List<String> expected) throws IOException {
        LetterTemplate template = LetterTemplates.byKey(key).orElseThrow();
        String text = new ReadBack(template, Facts.complete(template)).flat();
        for (String fact : expected) {
            assertTrue(text.contains(fact), key + " lacks \"" + fact + "\" in:\n" + text);
        }
    }
}
