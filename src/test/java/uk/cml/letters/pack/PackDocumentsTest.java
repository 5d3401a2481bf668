package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.store.AttachedDocument;

/**
 * The pack's Documents section: a table of every document kept in the period (the date on it, what it is, the day it
 * was added, its file, where it is in the pack), then each one's pages, once: a scan a letters section already put in
 * is not put in twice, and the table says where it is. Read back with PDFBox.
 */
@DisplayName("The pack's Documents section")
class PackDocumentsTest extends WithPackFixture {

    private static final String STATEMENT_CAPTION = "Document: Bank statement for March, dated 31 Mar 2025, added "
            + "22 Nov 2026 (bank-statement-march.jpg).";
    private static final String SCAN_AS_LETTER = "Letter from Child Maintenance Service, dated 2 Jun 2025, received "
            + "5 Jun 2025.";

    @BeforeEach
    void setUp() throws Exception {
        long scan = named("reply.png").id();
        fixture.documents.amend(scan, "CMS letter: enforcement started", Optional.of(LocalDate.of(2025, 6, 2)));
        long statement = fixture.documents.add(fixture.caseId, PackFixture.photo(folder.resolve(
                "bank-statement-march.jpg"), 1200, 1600, Color.CYAN), "").document().id();
        fixture.documents.amend(statement, "Bank statement for March", Optional.of(LocalDate.of(2025, 3, 31)));
        long old = fixture.documents.add(fixture.caseId, PackFixture.photo(folder.resolve("old.jpg"), 800, 600,
                Color.PINK), "").document().id();
        fixture.documents.amend(old, "Jobcentre letter", Optional.of(LocalDate.of(2024, 1, 10)));
    }

    private AttachedDocument named(String name) {
        return fixture.documents.documents(fixture.caseId).stream().filter(d -> d.originalName().equals(name))
                .findFirst().orElseThrow();
    }

    private List<String> pages(Set<PackSection> sections, boolean masked) throws Exception {
        PackContents contents = new PackAssembler(fixture.stores, PackFixture.CLOCK).assemble(fixture.caseId,
                PackFixture.YEAR_2025, sections, Optional.empty(), masked);
        new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
        return EvidencePackBuilderTest.pageTexts(target).stream().map(p -> p.replaceAll("\\s+", " ")).toList();
    }

    private static int documentsPage(List<String> pages) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(EvidencePackBuilder.DOCUMENTS_INTRO)) {
                return i;
            }
        }
        throw new AssertionError("no Documents section in " + pages);
    }

    private static long pagesWith(List<String> pages, String text) {
        return pages.stream().filter(p -> p.contains(text)).count();
    }

    private static int count(String text, String of) {
        return text.split(java.util.regex.Pattern.quote(of), -1).length - 1;
    }

    @Test
    @DisplayName("with every section: the table lists the period's documents by the date on them; each file is in once")
    void everySection() throws Exception {
        List<String> pages = pages(EnumSet.allOf(PackSection.class), false);
        int at = documentsPage(pages);
        String table = pages.get(at);
        for (String heading : List.of("Date on it", "What it is", "Added", "File", "In this pack")) {
            assertTrue(table.contains(heading), heading + " in " + table);
        }
        assertTrue(table.contains("31 Mar 2025"), table);
        assertTrue(table.replace(" ", "").contains("bank-statement-march.jpg"), "a long name may wrap: " + table);
        assertTrue(table.contains("22 Nov 2026"), "the day each was added: " + table);
        assertTrue(table.indexOf("Bank statement for March") < table.indexOf("CMS letter: enforcement started"),
                "oldest first: " + table);
        assertTrue(table.contains("2 Jun 2025"), table);
        assertEquals(1, count(table, "Follows"), "the statement's pages follow: " + table);
        assertTrue(table.contains("With the letters received"), "the scan is already in: " + table);
        assertFalse(String.join(" ", pages).contains("Jobcentre letter"), "dated before the period");
        assertFalse(table.contains("letter.pdf"), "added after the period, with no date on it: " + table);
        assertTrue(pages.get(1).contains("Documents"), "in the contents: " + pages.get(1));
        assertTrue(pages.get(1).contains("31 Mar 2025: Bank statement for March"), pages.get(1));

        assertEquals(1, pagesWith(pages, STATEMENT_CAPTION), "the statement's page");
        assertTrue(pages.indexOf(pages.stream().filter(p -> p.contains(STATEMENT_CAPTION)).findFirst().orElseThrow())
                > at, "after the table");
        assertEquals(1, pagesWith(pages, SCAN_AS_LETTER), "the scan is put in once, with its letter");
        assertEquals(0, pagesWith(pages, "Document: CMS letter: enforcement started"), "not again as a document");
    }

    @Test
    @DisplayName("without the letters sections: the scan follows the table too, and the table says so")
    void documentsOnly() throws Exception {
        List<String> pages = pages(EnumSet.of(PackSection.DOCUMENTS), false);
        String table = pages.get(documentsPage(pages));
        // The certificate of posting is dated 6 May 2025, as the parent gave it with the letter: in this period.
        assertEquals(3, count(table, "Follows"), table);
        assertTrue(table.contains("6 May 2025 Not described"), table);
        assertFalse(table.contains("With the letters"), table);
        assertEquals(1, pagesWith(pages, STATEMENT_CAPTION));
        assertEquals(1, pagesWith(pages, "Document: CMS letter: enforcement started, dated 2 Jun 2025, added "
                + "22 Nov 2026 (reply.png)."));
        assertEquals(0, pagesWith(pages, SCAN_AS_LETTER));
    }

    /**
     * The chronology placed a document on the day it was added, where the Documents table and the contents give the
     * date on it: a bank statement for March 2025 added in 2026 was missing from a 2025 pack's chronology.
     */
    @Test
    @DisplayName("the chronology places a document on the date on it, and says when it was added")
    void chronologyByTheDateOnIt() throws Exception {
        // With the documents in the chronology, as the app's pack has them (PackCommand: the Timeline page's sources).
        uk.cml.app.PackStores s = fixture.stores;
        uk.cml.app.PackStores withDocuments = new uk.cml.app.PackStores(s.cases(), s.payments(), s.calls(),
                s.sentLetters(), s.receivedLetters(), s.documents(), s.notes(), s.standing(),
                List.of(s.payments(), s.calls(), s.sentLetters(), s.receivedLetters(), s.documents(), s.notes()));
        PackContents contents = new PackAssembler(withDocuments, PackFixture.CLOCK).assemble(fixture.caseId,
                PackFixture.YEAR_2025, EnumSet.of(PackSection.CHRONOLOGY, PackSection.DOCUMENTS), Optional.empty());
        new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
        List<String> pages = EvidencePackBuilderTest.pageTexts(target).stream().map(p -> p.replaceAll("\\s+", " "))
                .toList();
        String chronology = String.join(" ", pages.subList(2, documentsPage(pages)));
        int at = chronology.indexOf("bank-statement-march.jpg");
        assertTrue(at > 0, "dated in the period, so in its chronology: " + chronology);
        String row = chronology.substring(chronology.lastIndexOf("Mar 2025", at) - 3, at + 60);
        assertTrue(row.startsWith("31 Mar 2025"), "on the date on it: " + row);
        assertTrue(row.contains("added 22 Nov 2026"), "and when it was added: " + row);
        assertFalse(chronology.contains("old.jpg"), "dated before the period: " + chronology);
        // The Timeline's entry is the same one.
        var entry = fixture.documents.timeline(fixture.caseId).stream()
                .filter(e -> e.title().startsWith("bank-statement-march.jpg")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2025, 3, 31), entry.happenedAt().toLocalDate());
        assertTrue(entry.title().contains("added 22 Nov 2026"), entry.title());
        // One with no date on it stays on the day it was added, with nothing more said.
        var undated = fixture.documents.timeline(fixture.caseId).stream()
                .filter(e -> e.title().equals("letter.pdf")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 22), undated.happenedAt().toLocalDate());
    }

    @Test
    @DisplayName("a pack that hides the parent's contacts lists the documents but leaves their files out")
    void masked() throws Exception {
        List<String> pages = pages(EnumSet.of(PackSection.DOCUMENTS), true);
        String table = pages.get(documentsPage(pages));
        assertTrue(table.contains("Bank statement for March"), table);
        assertEquals(3, count(table, "File kept, left out of this pack for privacy"), table);
        assertEquals(0, pagesWith(pages, "Document: "));
    }
}
