package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.caseinfo.Arrangement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.cml.letters.LetterBlock;

class LetterEdgeCasesTest {

    @Nested
    @DisplayName("a letter annexing 200 missed payments")
    class LongTable {

        @Test
        @DisplayName("runs over several pages with the table header on each and the right total")
        void paginates() throws IOException {
            LetterTemplate template = LetterTemplates.MISSED_DIRECT_PAY;
            // Every due listed, not only the recent months a letter normally lists, to force many pages.
            ArrearsSchedule weeks = Facts.unpaidWeeks(200);
            ArrearsDetails all = new ArrearsDetails(weeks.lines(), weeks.owedNow(), weeks.asOf(),
                    weeks.lines().get(0).date(), Money.ZERO, Money.ZERO, Optional.empty());
            LetterFacts facts = Facts.complete(template).toBuilder().arrears(all).build();
            assertEquals(200, facts.arrears().shortLines().size());
            ReadBack pdf = new ReadBack(template, facts);
            assertTrue(pdf.pages.size() >= 4, "200 rows need several pages, got " + pdf.pages.size());
            for (int page = 0; page < pdf.pages.size(); page++) {
                String text = pdf.pages.get(page);
                boolean hasRows = text.matches("(?s).*\\d{1,2} [A-Z][a-z]{2} 20\\d\\d £65\\.00 £0\\.00 Nothing received £[\\d,]+\\.00.*");
                if (hasRows) {
                    assertTrue(text.contains("Date due Due Paid towards it Status Owed before"),
                            "page " + (page + 1) + " lacks the header");
                }
                assertTrue(text.contains("Page " + (page + 1) + " of " + pdf.pages.size()));
            }
            assertTrue(pdf.flat().matches("(?s).*Total\\s+£13,000\\.00\\s+£0\\.00.*"), "200 x £65.00 = £13,000.00");
            assertTrue(pdf.flat().contains("£0.00 Nothing received £13,000.00"), "the last balance is the whole");
        }
    }

    @Nested
    @DisplayName("names and addresses in other alphabets")
    class Characters {

        @Test
        @DisplayName("Ł, é and ñ print as themselves; an emoji becomes ? and is reported")
        void awkwardNames() throws IOException {
            LetterTemplate template = LetterTemplates.OTHER_PARENT;
            LetterFacts plain = Facts.complete(template);
            LetterFacts facts = plain.toBuilder()
                    .parent(new LetterFacts.Contact("Joanna Łukasiewicz 😀", List.of("12 Rue de l'Église", "Leeds",
                            "LS6 2AB"), "", ""))
                    .caseDetails(new LetterFacts.CaseDetails("José Muñoz", List.of("5 Calle Peña", "Bradford",
                            "BD1 4QT"), Optional.empty(), plain.caseDetails().arrangement(), List.of("Zoë")))
                    .build();
            ReadBack pdf = new ReadBack(template, facts);
            String text = pdf.text();
            for (String name : List.of("Joanna Łukasiewicz [symbol]", "12 Rue de l'Église", "José Muñoz", "5 Calle Peña",
                    "Dear José", "Zoë")) {
                assertTrue(text.contains(name), "lacks " + name + " in\n" + text);
            }
            assertEquals(List.of("😀"), List.copyOf(pdf.letter.replacedCharacters()));
        }
    }

    @Nested
    @DisplayName("missing facts")
    class Missing {

        @Test
        @DisplayName("a call letter with no call lists the call's facts in plain words and marks them in the text")
        void call() {
            LetterDraft draft = LetterTemplates.CONFIRM_CALL.draft(Facts.bare()
                    .recipient(Facts.CMS_GENERAL).build());
            List<String> fields = draft.missing().stream().map(MissingFact::field).toList();
            assertEquals(List.of("the date of the call", "the time of the call", "the name of the person you spoke to",
                    "what was said on the call"), fields);
            assertTrue(draft.allText().contains("[the name of the person you spoke to]"));
        }

        @Test
        @DisplayName("with no recipient, name or reference, the shared facts are listed before a PDF is made")
        void shared() {
            LetterFacts facts = Facts.bare()
                    .parent(new LetterFacts.Contact("", List.of(), "", ""))
                    .caseDetails(new LetterFacts.CaseDetails("Jordan Reed", List.of(), Optional.empty(),
                            Facts.bare().build().caseDetails().arrangement(), List.of()))
                    .build();
            List<String> fields = LetterTemplates.SUBJECT_ACCESS.missing(facts).stream().map(MissingFact::field)
                    .toList();
            assertEquals(List.of("your name", "your address", "your 12-digit CMS reference", "who the letter is to",
                    "the address to send it to"), fields);
        }

        @Test
        @DisplayName("every template asks for something when it has only the case")
        void everyTemplate() {
            for (LetterTemplate template : LetterTemplates.all()) {
                LetterFacts facts = Facts.bare().recipient(Facts.recipientFor(template.recipientRole())).build();
                if (template == LetterTemplates.SUBJECT_ACCESS || template == LetterTemplates.ARREARS_BREAKDOWN
                        || template == LetterTemplates.COLLECT_AND_PAY) {
                    assertEquals(List.of(), template.missing(facts), template.key() + " needs only the case");
                } else {
                    assertFalse(template.missing(facts).isEmpty(), template.key() + " should ask for its details");
                }
            }
        }

        @Test
        @DisplayName("a fact typed into the paragraph by the parent no longer counts as missing")
        void typedIn() {
            LetterDraft draft = LetterTemplates.CHASE_REPLY.draft(Facts.bare().recipient(Facts.CMS_GENERAL)
                    .earlierLetter(new EarlierLetter(LocalDate.of(2026, 10, 1), "", null, "", "")).build());
            assertEquals(List.of(new MissingFact("the date you posted it")), draft.unresolved());
            int index = -1;
            for (int i = 0; i < draft.body().size(); i++) {
                if (draft.body().get(i) instanceof LetterBlock.Paragraph p && p.text().contains("[the date")) {
                    index = i;
                }
            }
            LetterDraft edited = draft.withBlock(index, new LetterBlock.Paragraph("I posted it on 2 Oct 2026."));
            assertEquals(List.of(), edited.unresolved());
        }
    }

    @Nested
    @DisplayName("the 6 months for a complaint to ICE")
    class IceTimeLimit {

        @ParameterizedTest(name = "final response {0} before the letter: {1}")
        @CsvSource({
                "P3M, ''",
                "P5M7D, 'Send this soon: ICE must get your complaint by 15 Dec 2026'",
                "P7M, 'The 6 months for a complaint to the Independent Case Examiner ended on 22 Oct 2026'"})
        @DisplayName("warns when nearly or already gone, alongside the letter and never in it")
        void warns(String before, String warning) throws IOException {
            LocalDate finalResponse = Facts.DATE.minus(java.time.Period.parse(before));
            LetterFacts plain = Facts.complete(LetterTemplates.ICE_COMPLAINT);
            ComplaintDetails c = plain.complaint().orElseThrow();
            LetterFacts facts = plain.toBuilder().complaint(new ComplaintDetails(c.happenedOn(), c.whatHappened(),
                    c.whatWentWrong(), c.wants(), c.actionWanted(), c.complainedOn(), c.cmsRepliedOn(), finalResponse,
                    c.contactPreference(), c.adjustments()).withKept(c.kept())).build();
            List<Warning> warnings = LetterTemplates.ICE_COMPLAINT.draft(facts).warnings();
            if (warning.isEmpty()) {
                assertEquals(List.of(), warnings);
            } else {
                assertEquals(1, warnings.size());
                assertTrue(warnings.get(0).message().startsWith(warning), warnings.get(0).message());
                assertFalse(new ReadBack(LetterTemplates.ICE_COMPLAINT, facts).flat().contains(warning));
            }
        }
    }

    @Nested
    @DisplayName("file names")
    class FileNames {

        @Test
        @DisplayName("are dated and never the name of a file already there")
        void neverOverwrite(@TempDir Path folder) throws IOException {
            Path first = LetterFileNames.freePath(folder, Facts.DATE, "Complaint to CMS");
            assertEquals("2026-11-22 Complaint to CMS.pdf", first.getFileName().toString());
            Files.writeString(first, "x");
            Path second = LetterFileNames.freePath(folder, Facts.DATE, "Complaint to CMS");
            assertEquals("2026-11-22 Complaint to CMS (2).pdf", second.getFileName().toString());
            Files.writeString(second, "x");
            assertEquals("2026-11-22 Complaint to CMS (3).pdf",
                    LetterFileNames.freePath(folder, Facts.DATE, "Complaint to CMS").getFileName().toString());
            assertEquals("2026-11-22 A-B.pdf", LetterFileNames.fileName(Facts.DATE, "A/B"));
        }
    }

    @Test
    @DisplayName("each template suggests the right address-book entry")
    void recipients() {
        assertEquals(RecipientRole.CMS_GENERAL, LetterTemplates.MISSED_DIRECT_PAY.recipientRole());
        assertEquals(RecipientRole.CMS_COLLECTION, LetterTemplates.COLLECTION_COMPLAINT.recipientRole());
        assertEquals(RecipientRole.ICE, LetterTemplates.ICE_COMPLAINT.recipientRole());
        assertEquals(RecipientRole.OTHER_PARENT, LetterTemplates.OTHER_PARENT.recipientRole());
        assertEquals(List.of("Jordan Reed", "3 Mill Lane", "Bradford", "BD1 4QT"),
                LetterFrame.recipientLines(RecipientRole.OTHER_PARENT, Facts.bare().build()));
    }

    @Test
    @DisplayName("the enforcement request goes to CMS 21 on any arrangement: seed 000 gives that address for a parent who"
            + " thinks the CMS is too slow to take enforcement action, on Direct Pay too")
    void enforcementRequestByArrangement() {
        LetterTemplate enforcement = LetterTemplates.ENFORCEMENT_REQUEST;
        LetterFacts directPay = Facts.bare().build();
        assertEquals(Arrangement.DIRECT_PAY, directPay.caseDetails().arrangement());
        assertEquals(RecipientRole.CMS_COLLECTION, enforcement.recipientRole(directPay));
        assertEquals(List.of("Child Maintenance Service 21", "Mail Handling Site A", "Wolverhampton", "WV98 2BU"),
                enforcement.document(Facts.addressed(enforcement, directPay)).recipientLines());
        LetterFacts collected = Facts.bare().caseDetails(withArrangement(directPay, Arrangement.COLLECT_AND_PAY))
                .build();
        assertEquals(RecipientRole.CMS_COLLECTION, enforcement.recipientRole(collected));
        assertEquals(List.of("Child Maintenance Service 21", "Mail Handling Site A", "Wolverhampton", "WV98 2BU"),
                enforcement.document(Facts.addressed(enforcement, collected)).recipientLines());
        // Templates that do not choose by the case keep their one role.
        assertEquals(RecipientRole.CMS_COLLECTION, LetterTemplates.COLLECTION_COMPLAINT.recipientRole(directPay));
    }

    private static LetterFacts.CaseDetails withArrangement(LetterFacts facts, Arrangement arrangement) {
        LetterFacts.CaseDetails d = facts.caseDetails();
        return new LetterFacts.CaseDetails(d.otherParentName(), d.otherParentAddress(), d.cmsReference(), arrangement,
                d.childrenFirstNames(), d.otherParentWork(), d.otherParentDiedOn(), d.addressPrivate());
    }

    @Test
    @DisplayName("the write-off reply names the estate only when the case records that the paying parent died")
    void estateOnlyWhenDied() throws IOException {
        LetterFacts living = Facts.complete(LetterTemplates.WRITE_OFF_REPLY).toBuilder()
                .caseDetails(Facts.bare().build().caseDetails()).build();
        String text = new ReadBack(LetterTemplates.WRITE_OFF_REPLY, living).flat();
        assertFalse(text.contains("estate") || text.contains("Carol Reed") || text.contains("died"), text);
        assertTrue(LetterTemplates.WRITE_OFF_REPLY.draft(living).warnings().stream()
                .anyMatch(w -> w.message().contains("does not record")), "the parent is told why it is left out");
    }

    @Test
    @DisplayName("a late write-off reply says it is late instead of claiming to be within the 30 days")
    void lateWriteOffReply() throws IOException {
        LetterFacts late = Facts.complete(LetterTemplates.WRITE_OFF_REPLY).toBuilder()
                .letterDate(LocalDate.of(2026, 12, 20)).build();
        String text = new ReadBack(LetterTemplates.WRITE_OFF_REPLY, late).flat();
        assertFalse(text.contains("within the 30 days"), text);
        assertTrue(text.contains("ended on 12 Dec 2026") && text.contains("late"), text);
    }

    @Test
    @DisplayName("the write-off reply asks for the decision only after the days to reply have ended")
    void writeOffDecisionAfterTheDaysToReply() throws IOException {
        LetterFacts early = Facts.complete(LetterTemplates.WRITE_OFF_REPLY);
        LetterDraft draft = LetterTemplates.WRITE_OFF_REPLY.draft(early);
        LocalDate limit = early.deadlines().writeOffReplyEnds(early.writeOff().orElseThrow().proposalDate()).counted();
        LocalDate decideBy = draft.replyBy().orElseThrow();
        assertTrue(decideBy.isAfter(limit), "decision by " + decideBy + ", days to reply end " + limit);
        assertTrue(new ReadBack(LetterTemplates.WRITE_OFF_REPLY, early).flat()
                .contains("tell me your decision in writing by " + UkFormats.shortDate(decideBy)));
    }

    @Test
    @DisplayName("the settlement reply asks the CMS to cancel an unpaid agreement, and states no rule of law")
    void settlementAsksNotStates() throws IOException {
        String text = new ReadBack(LetterTemplates.SETTLEMENT_REPLY,
                Facts.complete(LetterTemplates.SETTLEMENT_REPLY)).flat();
        assertFalse(text.contains("the agreement ends"), text);
        assertTrue(text.contains("cancel the agreement and collect the full arrears"), text);
    }

    @Test
    @DisplayName("the settlement reply names the CMS's letter by its date, never as the day the parent was told")
    void settlementNamesTheCmsLetter() throws IOException {
        // The CMS's letter is dated 17 Nov 2026; it reached the parent days later, so "told about on 17 November"
        // would be a date the parent's own records contradict.
        LetterFacts dated = Facts.complete(LetterTemplates.SETTLEMENT_REPLY);
        String text = new ReadBack(LetterTemplates.SETTLEMENT_REPLY, dated).flat();
        assertTrue(text.contains("I am writing to reply to the offer in your letter of 17 Nov 2026: Jordan Reed "
                + "offers to pay £318.90 as a part payment in full and final settlement"), text);
        assertFalse(text.contains("told about on"), text);
        // With no date on the CMS's letter, no date is given at all.
        LetterFacts undated = dated.toBuilder().settlement(new SettlementDetails(null, Money.ofPence(31890),
                SettlementDetails.Decision.ACCEPT, List.of())).build();
        String bare = new ReadBack(LetterTemplates.SETTLEMENT_REPLY, undated).flat();
        assertTrue(bare.contains("I am writing to reply to the offer I was told about: Jordan Reed offers to pay"),
                bare);
    }

    @Test
    @DisplayName("the ICE letter asks ICE only to investigate and recommend")
    void iceAsksWhatIceCanDo() throws IOException {
        LetterDraft draft = LetterTemplates.ICE_COMPLAINT.draft(Facts.complete(LetterTemplates.ICE_COMPLAINT));
        LetterBlock.RequestBox box = (LetterBlock.RequestBox) draft.body().get(0);
        assertEquals(3, box.items().size());
        assertTrue(box.items().get(0).startsWith("Investigate") && box.items().get(2).startsWith("Recommend"));
        assertTrue(box.items().get(1).startsWith("Confirm"));
    }
}
