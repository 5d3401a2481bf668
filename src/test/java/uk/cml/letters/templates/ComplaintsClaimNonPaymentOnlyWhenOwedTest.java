package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.arrears.ArrearsSchedule;

/**
 * "Because the maintenance has not been paid:" and the notes under it are printed only when the records show money
 * owed (a balance owed on dues whose day is over, or a missed or part payment). With everything paid, a new case or
 * no payment records, a complaint stands on its own grounds. Each letter is read back from its PDF.
 */
@DisplayName("Complaints say the maintenance has not been paid only when the records show money owed")
class ComplaintsClaimNonPaymentOnlyWhenOwedTest {

    static final String CLAIM = ComplaintParts.EFFECT_LEAD_IN;

    static final List<LetterTemplate> EVERY_LETTER_WITH_THE_CLAIM = List.of(LetterTemplates.COLLECTION_COMPLAINT,
            LetterTemplates.SENIOR_REVIEW, LetterTemplates.ICE_COMPLAINT, LetterTemplates.WRITE_OFF_REPLY);

    private static LetterFacts facts(LetterTemplate template, ArrearsDetails arrears) {
        return Facts.addressed(template, Facts.complete(template).toBuilder().arrears(arrears).build());
    }

    private static String letter(LetterTemplate template, ArrearsDetails arrears) throws IOException {
        return new ReadBack(template, facts(template, arrears)).flat();
    }

    @Test
    @DisplayName("with everything paid, a new case or no payment records: no claim, no notes, nothing asked for")
    void nothingOwed() throws IOException {
        for (ArrearsDetails arrears : List.of(ArrearsDetails.from(LettersClaimOnlyTheRecordsTest.everythingPaid()),
                ArrearsDetails.from(LettersClaimOnlyTheRecordsTest.newCase()),
                ArrearsDetails.from(LettersClaimOnlyTheRecordsTest.inCredit()), ArrearsDetails.NONE)) {
            for (LetterTemplate template : EVERY_LETTER_WITH_THE_CLAIM) {
                String text = letter(template, arrears);
                String key = template.key() + ": " + text;
                assertFalse(text.contains(CLAIM), key);
                assertFalse(text.contains("not been paid"), key);
                assertFalse(text.contains("fallen behind with the rent"), "the notes follow the claim: " + key);
                LetterDraft draft = template.draft(facts(template, arrears));
                assertTrue(draft.missing().stream().noneMatch(m -> m.field().contains("missing money")), key);
                assertTrue(draft.warnings().stream().anyMatch(w -> w.message().contains("left out")),
                        "the parent is told why: " + key);
            }
        }
    }

    @Test
    @DisplayName("on a due's own day with every earlier due paid, the due of today is not 'not paid'")
    void onlyTodaysDueUnpaid() throws IOException {
        ArrearsSchedule schedule = LettersOnADueDayTest.schedule(List.of(
                new uk.cml.domain.arrears.Payment(0, LocalDate.of(2026, 10, 1), uk.cml.domain.Money.ofPence(25000),
                        uk.cml.domain.arrears.PaymentMethod.BANK_TRANSFER, "", ""),
                new uk.cml.domain.arrears.Payment(0, LocalDate.of(2026, 11, 2), uk.cml.domain.Money.ofPence(25000),
                        uk.cml.domain.arrears.PaymentMethod.BANK_TRANSFER, "", "")), LettersOnADueDayTest.TODAY);
        for (LetterTemplate template : EVERY_LETTER_WITH_THE_CLAIM) {
            String text = letter(template, ArrearsDetails.from(schedule));
            assertFalse(text.contains(CLAIM), template.key() + ": " + text);
        }
    }

    @Test
    @DisplayName("with money owed the claim and the notes are there, as before")
    void owed() throws IOException {
        for (LetterTemplate template : EVERY_LETTER_WITH_THE_CLAIM) {
            String text = letter(template, ArrearsDetails.from(LettersClaimOnlyTheRecordsTest.nothingEverPaid()));
            assertTrue(text.contains(CLAIM + " • I have fallen behind with the rent."), template.key() + ": " + text);
        }
    }

    @Test
    @DisplayName("no other template prints the claim")
    void noOtherTemplate() throws IOException {
        for (LetterTemplate template : LetterTemplates.all()) {
            if (!EVERY_LETTER_WITH_THE_CLAIM.contains(template)) {
                String text = new ReadBack(template, facts(template,
                        ArrearsDetails.from(LettersClaimOnlyTheRecordsTest.everythingPaid()))).flat();
                assertFalse(text.contains(CLAIM), template.key() + ": " + text);
            }
        }
    }
}
