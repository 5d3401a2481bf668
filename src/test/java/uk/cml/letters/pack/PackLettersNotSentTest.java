package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.documents.DocumentStore;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.LetterDocument;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.Sender;
import uk.cml.store.DocumentRecordStore;
import uk.cml.store.History;

/**
 * Found by a reviewer: a letter made but never recorded as sent, its records changed since, was copied in full under
 * "Letters written and sent" with no mark on its pages: it said £790 owed where the pack's own schedule said £530.
 * A pack copies in full only the letters recorded as sent; the others are listed apart, not copied.
 */
@DisplayName("Letters made but not recorded as sent, in the pack")
class PackLettersNotSentTest extends WithPackFixture {

    static final String DRAFT_HEADING = "Arrears draft never posted";

    long draftId;

    @BeforeEach
    void setUp() throws Exception {
        DocumentRecordStore documents = new DocumentRecordStore(fixture.database, new History(PackFixture.CLOCK),
                PackFixture.CLOCK, new DocumentStore(folder.resolve("data").resolve("documents")));
        byte[] draft = new LetterPdfRenderer(PackFixture.CLOCK).render(LetterDocument.builder()
                .sender(new Sender("Sam Taylor", List.of("14 Orchard Close"))).date(LocalDate.of(2025, 7, 1))
                .recipient("Child Maintenance Service").heading(DRAFT_HEADING)
                .paragraph("The arrears now stand at £790.00, which I ask you to collect.").build()).pdf();
        long copy = documents.add(fixture.caseId, new ByteArrayInputStream(draft), "draft.pdf", "Copy")
                .document().id();
        draftId = fixture.sent.save(new SentLetter(0, fixture.caseId, LocalDate.of(2025, 7, 1), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"), DRAFT_HEADING,
                LetterKind.ARREARS_REPORT, Optional.of(copy), Optional.empty(), ProofOfPostage.NONE, "",
                Optional.empty(), Optional.empty()));
    }

    private List<String> build(EnumSet<PackSection> sections) throws Exception {
        new EvidencePackBuilder().build(fixture.contents(PackFixture.YEAR_2025, sections, Optional.empty()), target,
                PackProgress.NONE, () -> false);
        return EvidencePackBuilderTest.pageTexts(target);
    }

    @Test
    @DisplayName("the unsent letter's figures are nowhere in the pack; it is listed apart as not recorded as sent")
    void theDraftIsListedNotCopied() throws Exception {
        List<String> pages = build(EnumSet.of(PackSection.LETTERS_SENT, PackSection.CHRONOLOGY));
        String all = String.join("\n", pages).replaceAll("\\s+", " ");
        assertFalse(all.contains("£790"), "the unsent copy is not in the pack: " + all);
        int sentTitle = all.indexOf("Letters written and sent, with proof of postage", all.indexOf("Chronology Happened"));
        int notSentTitle = all.indexOf("Letters made but not recorded as sent", sentTitle);
        assertTrue(sentTitle >= 0 && notSentTitle > sentTitle, all);
        String sent = all.substring(sentTitle, notSentTitle);
        assertFalse(sent.contains(DRAFT_HEADING), "not under letters sent: " + sent);
        assertTrue(sent.contains(PackFixture.LETTER_HEADING), "the posted letter is: " + sent);
        String notSent = all.substring(notSentTitle);
        assertTrue(notSent.contains(DRAFT_HEADING), notSent);
        assertTrue(notSent.contains("Written on 1 Jul 2025, not recorded as sent"), notSent);
        assertTrue(notSent.contains("not copied into this pack"), notSent);
        // The contents name the part apart, at top level, not as a letter under letters sent.
        String contents = pages.get(1).replaceAll("\\s+", " ");
        assertTrue(contents.contains("Letters made but not recorded as sent"), contents);
        assertFalse(contents.contains(DRAFT_HEADING), contents);
        // The chronology agrees: written, not sent.
        assertTrue(all.contains("Written on 1 Jul 2025, not sent yet"), all);
    }

    @Test
    @DisplayName("with no letter recorded as sent, the sent part says none and the draft is still only listed")
    void onlyADraft() throws Exception {
        // From June: the letter posted in May is before the period.
        new EvidencePackBuilder().build(fixture.contents(new PackPeriod(LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 12, 31)), EnumSet.of(PackSection.LETTERS_SENT), Optional.empty()), target,
                PackProgress.NONE, () -> false);
        String all = String.join("\n", EvidencePackBuilderTest.pageTexts(target)).replaceAll("\\s+", " ");
        assertFalse(all.contains("£790"), all);
        assertTrue(all.contains("Letters written and sent, with proof of postage None in this period."), all);
        assertTrue(all.contains(DRAFT_HEADING), all);
    }

    /**
     * Found by a reviewer: the Documents section listed the unsent letter's PDF (kept as a document, linked as the
     * letter's copy) as "Follows" and copied it in full, where the letters part said it was not copied in.
     */
    @Test
    @DisplayName("the Documents section lists the unsent letter's copy but never copies it in, with or without letters")
    void theDocumentsDoNotCopyItInEither() throws Exception {
        // To today: the copy was added today, with no date on it, so the Documents section lists it.
        PackPeriod toToday = new PackPeriod(LocalDate.of(2025, 6, 1), LocalDate.now(PackFixture.CLOCK));
        for (EnumSet<PackSection> sections : List.of(EnumSet.allOf(PackSection.class),
                EnumSet.of(PackSection.DOCUMENTS), EnumSet.of(PackSection.DOCUMENTS, PackSection.LETTERS_RECEIVED))) {
            new EvidencePackBuilder().build(fixture.contents(toToday, sections, Optional.empty()), target,
                    PackProgress.NONE, () -> false);
            List<String> pages = EvidencePackBuilderTest.pageTexts(target);
            String all = String.join("\n", pages).replaceAll("\\s+", " ");
            assertFalse(all.contains("£790"), sections + ": the unsent copy is not in the pack: " + all);
            assertFalse(all.contains("which I ask you to collect"), sections + ": " + all);
            String table = pages.stream().map(p -> p.replaceAll("\\s+", " "))
                    .filter(p -> p.contains("Date on it What it is")).findFirst().orElseThrow();
            assertTrue(table.contains("draft.pdf"), sections + ": listed, so nothing is hidden: " + table);
            assertTrue(table.contains("Not copied in"), sections + ": " + table);
            assertTrue(table.contains("made but not recorded as sent"), sections + ": says why: " + table);
            String contents = pages.get(1).replaceAll("\\s+", " ");
            // Only the posted letter's copy (letter.pdf, posted before the period) has a line of its own.
            assertEquals(1, contents.split(": Copy", -1).length - 1, sections + ": " + contents);
        }
    }

    /**
     * A letter made again goes to the Bin, its PDF staying with the documents. Found in review: the pack still listed
     * that PDF in its Documents and chronology, beside the letter that replaced it, so the CMS read of one more letter
     * than the parent has; the letters part leaves the binned letter out. Its copy is left out with it.
     */
    @Test
    @DisplayName("the unsent letter in the Bin: its PDF is neither copied in nor listed")
    void binnedDraftLeftOut() throws Exception {
        fixture.sent.moveToBin(draftId);
        PackPeriod toToday = new PackPeriod(LocalDate.of(2025, 6, 1), LocalDate.now(PackFixture.CLOCK));
        new EvidencePackBuilder().build(fixture.contents(toToday, EnumSet.allOf(PackSection.class), Optional.empty()),
                target, PackProgress.NONE, () -> false);
        String all = String.join(" ", EvidencePackBuilderTest.pageTexts(target)).replaceAll("\\s+", " ");
        assertFalse(all.contains("£790"), all);
        assertFalse(all.contains("draft.pdf"), "not in the Documents nor the chronology: " + all);
        assertFalse(all.contains(DRAFT_HEADING), all);
    }

    @Test
    @DisplayName("a pack that hides the contacts still says the unsent copy is not copied in, not that privacy kept it out")
    void maskedSaysNotCopied() throws Exception {
        PackPeriod toToday = new PackPeriod(LocalDate.of(2025, 6, 1), LocalDate.now(PackFixture.CLOCK));
        new EvidencePackBuilder().build(new PackAssembler(fixture.stores, PackFixture.CLOCK).assemble(fixture.caseId,
                toToday, EnumSet.of(PackSection.DOCUMENTS), Optional.empty(), true), target, PackProgress.NONE,
                () -> false);
        String table = EvidencePackBuilderTest.pageTexts(target).stream().map(p -> p.replaceAll("\\s+", " "))
                .filter(p -> p.contains("Date on it What it is")).findFirst().orElseThrow();
        assertTrue(table.contains("Not copied in"), table);
    }

    @Test
    @DisplayName("a letter kept with a certificate dated another day than its posting prints both, and says so")
    void certificateDatedAnotherDay() throws Exception {
        fixture.sent.save(new SentLetter(0, fixture.caseId, LocalDate.of(2025, 8, 1),
                Optional.of(LocalDate.of(2025, 8, 4)), new Recipient(Optional.empty(), "Child Maintenance Service",
                "PO Box 249"), "Second letter", LetterKind.ARREARS_REPORT, Optional.empty(),
                Optional.of(PostingMethod.SECOND_CLASS), new ProofOfPostage(Optional.of(LocalDate.of(2025, 8, 2)),
                "Leeds", "", Optional.empty()), "", Optional.empty(), Optional.empty()));
        String all = String.join("\n", build(EnumSet.of(PackSection.LETTERS_SENT))).replaceAll("\\s+", " ");
        assertTrue(all.contains("certificate of posting recorded, dated 2 Aug 2025, not the day it was posted "
                + "(4 Aug 2025): a certificate is dated the day the letter is handed in, so one of these dates is wrong "
                + "in the records (no photo of it attached)"), all);
        assertEquals(1, all.split("not the day it was posted", -1).length - 1, "only the letter with dates apart");
    }
}
