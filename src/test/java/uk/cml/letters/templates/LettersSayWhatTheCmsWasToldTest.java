package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.cml.domain.standing.ComplaintPosition;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * When the records show the CMS was already told of the missed payments (a letter, a call, a complaint), the letters
 * about them say so with the dates, never threaten it or read as the first report, and do not ask the CMS for what
 * it says it has done. The other parent's debt is the parent's own figure: "by my records". Read back from the PDF.
 */
class LettersSayWhatTheCmsWasToldTest {

    private static final CmsReports TOLD = new CmsReports(List.of(LocalDate.of(2026, 11, 3)),
            List.of(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 17)), complaint(LocalDate.of(2026, 10, 23)),
            Optional.of(LocalDate.of(2026, 11, 18)));

    /** A complaint made on the first day, each later day a letter adding to it. */
    private static ComplaintPosition complaint(LocalDate... days) {
        return new ComplaintPosition(java.util.Arrays.stream(days)
                .map(day -> new ComplaintPosition.Letter(Step.COMPLAINT, day)).toList(), Optional.empty());
    }

    private static String read(LetterTemplate template, CmsReports reports) throws IOException {
        LetterFacts facts = Facts.complete(template).toBuilder().reports(reports)
                .choices(LetterChoices.NONE.withSayComplaint(true)).build(); // the parent chose to say what they will do
        return new ReadBack(template, facts).flat();
    }

    @Test
    @DisplayName("the letter to the other parent says the CMS has been told, with the dates, and does not threaten it")
    void otherParentAfterReports() throws IOException {
        String text = read(LetterTemplates.OTHER_PARENT, TOLD);
        // Oldest first, as the letters' lists: the complaint of 23 Oct before the letter of 3 Nov and the calls.
        assertTrue(text.contains("I have already been in touch with the Child Maintenance Service: I complained to it"
                + " on 23 Oct 2026, wrote to it about the missed payments on 3 Nov 2026, and told it by phone on 9 Nov"
                + " 2026 and 17 Nov 2026."), text);
        assertFalse(text.contains("I will tell the Child Maintenance Service"), text);
        assertTrue(text.contains("I will ask the Child Maintenance Service to move our case to Collect and Pay"), text);
    }

    @Test
    @DisplayName("the amount the other parent is asked to pay is the parent's own figure, by their records")
    void otherParentAmountByMyRecords() throws IOException {
        String text = read(LetterTemplates.OTHER_PARENT, CmsReports.NONE);
        assertTrue(text.matches(".*1\\. Pay what you owe by \\d+ \\w+ 2026: by my records, £[\\d,]+\\.\\d\\d\\..*"),
                text);
        assertFalse(text.matches(".*Pay the £[\\d,.]+ you owe.*"), text);
    }

    @Test
    @DisplayName("with nothing told yet, the letter to the other parent still says the CMS will be told")
    void otherParentBeforeReports() throws IOException {
        String text = read(LetterTemplates.OTHER_PARENT, CmsReports.NONE);
        assertTrue(text.contains("I will tell the Child Maintenance Service about the missed payments"), text);
        assertFalse(text.contains("in touch with"), text);
    }

    @Test
    @DisplayName("the Direct Pay report refers to the earlier letter and calls and asks for no proof the CMS has asked")
    void directPayAfterReports() throws IOException {
        String text = read(LetterTemplates.MISSED_DIRECT_PAY, TOLD);
        assertTrue(text.contains("I am writing to tell you again that I have not received all the child maintenance"
                + " due from Jordan Reed under Direct Pay. I wrote to you about the missed payments on 3 Nov"
                + " 2026 and told you by phone on 9 Nov 2026 and 17 Nov 2026."), text);
        assertFalse(text.contains("You will only know about this if I tell you"), text);
        assertFalse(text.contains("Ask Jordan Reed for proof"), text);
        assertTrue(text.contains("Record as unpaid any payment Jordan Reed cannot prove was made: your letter of 18"
                + " Nov 2026 says you have asked for proof."), text);
    }

    /**
     * Reviewer's find: the report said "again" and "I spoke to you by phone" after only a call the CMS made about a new
     * calculation. The records' reporting calls now come by direction: a call the CMS made is "when you phoned me".
     */
    @Test
    @DisplayName("a reporting call the CMS made reads \"when you phoned me\", one the parent made \"by phone\"")
    void directPayCallsByDirection() throws IOException {
        String theyPhoned = read(LetterTemplates.MISSED_DIRECT_PAY, CmsReports.NONE
                .withTheyPhoned(List.of(LocalDate.of(2026, 11, 26))));
        assertTrue(theyPhoned.contains("I am writing to tell you again that I have not received all the child"
                + " maintenance due from Jordan Reed under Direct Pay. I told you when you phoned me on 26 Nov"
                + " 2026."), theyPhoned);
        assertFalse(theyPhoned.contains("spoke to you"), theyPhoned);
        String both = read(LetterTemplates.MISSED_DIRECT_PAY, new CmsReports(List.of(LocalDate.of(2026, 11, 3)),
                List.of(LocalDate.of(2026, 11, 9)), ComplaintPosition.NONE, Optional.empty())
                .withTheyPhoned(List.of(LocalDate.of(2026, 11, 26))));
        assertTrue(both.contains("I wrote to you about the missed payments on 3 Nov 2026, told you by phone on"
                + " 9 Nov 2026, and told you when you phoned me on 26 Nov 2026."), both);
    }

    /**
     * Reviewer: the missed-payments report's opening named the calls before the letters, "I told you by phone on 30 Nov
     * 2026 and wrote to you ... in my letter posted on 5 Oct 2026", where every list in the letters is oldest first.
     * Its opening is oldest first too: tellings of one kind that come together are said together, and a call after a
     * letter comes after it.
     */
    @Test
    @DisplayName("the missed-payments report's opening names what the CMS was told oldest first, as the lists do")
    void directPayOpeningOldestFirst() throws IOException {
        CmsReports reports = new CmsReports(List.of(), List.of(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 20)),
                ComplaintPosition.NONE, Optional.empty()).withLetters(List.of(
                        new CmsReports.Posted(LocalDate.of(2026, 10, 5), Optional.empty(), false),
                        new CmsReports.Posted(LocalDate.of(2026, 11, 12), Optional.of(LocalDate.of(2026, 11, 9)),
                                true)), List.of());
        String text = read(LetterTemplates.MISSED_DIRECT_PAY, reports);
        assertTrue(text.contains("under Direct Pay. I wrote to you about the missed payments in my letter posted on"
                + " 5 Oct 2026, told you by phone on 9 Nov 2026, wrote to you again in my letter"
                + " posted on 12 Nov 2026 (following up my call of 9 Nov 2026; I have its certificate of posting), and"
                + " told you by phone on 20 Nov 2026."), text);
        String enforce = read(LetterTemplates.ENFORCEMENT_REQUEST, reports);
        assertTrue(enforce.contains("5 Oct 2026") && enforce.indexOf("5 Oct 2026") < enforce.indexOf("9 Nov 2026"),
                "the request to enforce lists them oldest first too: " + enforce);
    }

    @Test
    @DisplayName("a first report of missed Direct Pay payments still reads as one")
    void directPayFirstReport() throws IOException {
        String text = read(LetterTemplates.MISSED_DIRECT_PAY, CmsReports.NONE);
        assertTrue(text.contains("You will only know about this if I tell you"), text);
        assertTrue(text.contains("Ask Jordan Reed for proof of any payment they say they made."), text);
    }

    /** A complaint to the CMS posted on 23 Oct 2026, and nothing else told. */
    private static final CmsReports COMPLAINED = new CmsReports(List.of(), List.of(),
            complaint(LocalDate.of(2026, 10, 23)), Optional.empty());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"missed-direct-pay", "confirm-call", "chase-reply", "enforcement-request",
            "collect-and-pay"})
    @DisplayName("once a complaint is recorded, a letter adds to it rather than threaten to make one")
    void noThreatOfAComplaintAlreadyMade(String key) throws IOException {
        LetterTemplate template = LetterTemplates.byKey(key).orElseThrow();
        String told = read(template, COMPLAINED);
        assertFalse(told.contains("I will make a formal complaint"), told);
        assertEquals(1, told.split("I will add this to my complaint of 23 Oct 2026\\.", -1).length - 1, told);

        String first = read(template, CmsReports.NONE);
        assertTrue(first.contains("I will make a formal complaint"), first);
        assertFalse(first.contains("add this to my complaint"), first);
    }

    @Test
    @DisplayName("the Direct Pay report's last paragraph, word for word, after a complaint")
    void directPayEndsWithTheComplaint() throws IOException {
        String text = read(LetterTemplates.MISSED_DIRECT_PAY, COMPLAINED);
        // Dated Sun 22 Nov 2026, posted Mon 23rd, deemed delivered Wed 25th: 10 working days end Wed 9 Dec.
        assertTrue(text.contains("If I have not heard from you by 9 Dec 2026, I will phone you. If nothing has "
                + "been done by then, I will add this to my complaint of 23 Oct 2026."), text);
    }

    @Test
    @DisplayName("chasing the complaint itself: the first complaint goes to a senior manager, not 'added to' itself")
    void chasingTheComplaintItself() throws IOException {
        // The chased letter is dated 18 Oct 2026; here it is the parent's first complaint.
        String first = read(LetterTemplates.CHASE_REPLY, new CmsReports(List.of(), List.of(),
                complaint(LocalDate.of(2026, 10, 18)), Optional.empty()));
        assertTrue(first.contains(", I will ask for my complaint to be reviewed by a senior manager."), first);
        assertFalse(first.contains("add this to my complaint"), first);
        // A later letter adding to the complaint, chased while the complaint is still with the CMS: the same.
        String later = read(LetterTemplates.CHASE_REPLY, new CmsReports(List.of(), List.of(),
                complaint(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 18)), Optional.empty()));
        assertTrue(later.contains(", I will ask for my complaint to be reviewed by a senior manager."), later);
    }

    /** A complaint of 2 Mar 2026 with the CMS's final response dated {@code response}. */
    private static CmsReports answered(LocalDate response) {
        return new CmsReports(List.of(), List.of(), new ComplaintPosition(List.of(new ComplaintPosition.Letter(
                Step.COMPLAINT, LocalDate.of(2026, 3, 2))), Optional.of(response)), Optional.empty());
    }

    @Test
    @DisplayName("after a final response the parent is warned as ICE's 6 months near their end, and once they are over")
    void warnedAboutIcesTimeLimit() {
        LetterFacts near = Facts.complete(LetterTemplates.MISSED_DIRECT_PAY).toBuilder()
                .reports(answered(LocalDate.of(2026, 6, 8))).build();
        List<String> warnings = LetterTemplates.MISSED_DIRECT_PAY.draft(near).warnings().stream()
                .map(Warning::message).toList();
        // ICE counts it when it gets it: the last day to post it 1st class, as the Where things stand page says.
        assertTrue(warnings.contains("Send your complaint to the Independent Case Examiner soon: ICE must get it by 8 "
                + "Dec 2026, 6 months after the CMS final response. To be safe, count it as made only when ICE gets it, so "
                + "post it 1st class by Friday 4 Dec 2026, as the Where it stands page shows. Do not wait for a reply to "
                + "this letter."),
                warnings.toString());
        LetterFacts over = near.toBuilder().reports(answered(LocalDate.of(2026, 5, 8))).build();
        warnings = LetterTemplates.MISSED_DIRECT_PAY.draft(over).warnings().stream().map(Warning::message).toList();
        assertTrue(warnings.contains("The 6 months for taking your complaint to the Independent Case Examiner ended on"
                + " 8 Nov 2026, 6 months after the CMS final response of 8 May 2026. So this letter says you "
                + "will make a new complaint to the CMS."), warnings.toString());
    }
}
