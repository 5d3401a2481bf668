package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;

/** The evidence pack, read back from its PDF, with the parent's contact details masked and not. */
class PackMaskingTest {

    /**
     * Every part of the parent's address and contact details that could lead someone to them. Not the town: many
     * share it (the other parent may too), so hiding it changed records that were not the parent's to hide.
     */
    static final List<String> MY_CONTACT_PARTS = List.of("14 Orchard Close", "Orchard Close", "LS6 2AB",
            "LS62AB", "07700 900123", "07700900123", "900123", "sam.taylor@example.com");

    @TempDir
    Path folder;
    PackFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new PackFixture(folder.resolve("data"));
        fixture.stores.cases().saveMyDetails(new MyDetails("Sam Taylor",
                new PostalAddress(List.of("14 Orchard Close", "Leeds"), "LS6 2AB"), "07700 900123",
                "sam.taylor@example.com", Optional.empty()));
        // What a parent might type: their own details inside a note, written in other ways.
        fixture.stores.notes().add(new Note(0, fixture.caseId, LocalDate.of(2025, 7, 1), NoteCategory.PLAIN,
                "Jordan turned up at 14 orchard close, LS62AB. Told him to ring 07700900123 or write to "
                        + "SAM.TAYLOR@example.com instead.", null));
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private String packText(boolean mask) throws Exception {
        PackContents contents = new PackAssembler(fixture.stores, PackFixture.CLOCK).assemble(fixture.caseId,
                PackFixture.YEAR_2025, EnumSet.allOf(PackSection.class), Optional.empty(), mask);
        Path target = folder.resolve(mask ? "masked.pdf" : "plain.pdf");
        new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
        return String.join(" ", EvidencePackBuilderTest.pageTexts(target)).replaceAll("\\s+", " ");
    }

    @Test
    void withMaskingOnThePackHoldsNoPartOfTheParentsAddressPhoneOrEmail() throws Exception {
        String text = packText(true);
        for (String part : MY_CONTACT_PARTS) {
            assertFalse(text.toLowerCase().contains(part.toLowerCase()), part + " is in the masked pack");
        }
        assertTrue(text.contains("Sam Taylor") && text.contains("Jordan Reed"), "names stay");
        assertTrue(text.contains("1212 3456 7890"), "the CMS reference stays");
        assertTrue(text.contains(PackMasking.ADDRESS_WITHHELD), text);
        assertTrue(text.contains("Jordan turned up at [withheld]"), text);
        assertTrue(text.contains("3 Mill Lane"), "the paying parent's address is not the parent's to hide");
        assertTrue(text.contains("Leeds Headrow"), "a Post Office branch is the certificate's, not the parent's home");
        assertTrue(text.contains("Copy " + Registers.LEFT_OUT), "the register says the copy is kept, not missing");
        assertTrue(text.contains("Scan " + Registers.LEFT_OUT), text);
    }

    @Test
    void withMaskingOffThePackShowsThemAsBefore() throws Exception {
        String text = packText(false);
        for (String part : List.of("14 Orchard Close", "Leeds", "LS6 2AB", "07700900123", "LS62AB")) {
            assertTrue(text.contains(part), part + " is missing from the plain pack");
        }
        assertTrue(text.contains("Copy follows"));
        assertEquals(-1, text.indexOf(PackMasking.ADDRESS_WITHHELD));
    }

    /**
     * Both parents in Leeds (the walk-through's case): the cover printed the paying parent's address as "Flat 3, 22
     * Kirkstall Road / [withheld] / LS4 2DE", a false record that also told the reader both live in one town. His
     * address, and a note naming the town, are printed as recorded; only the parent's own home goes.
     */
    @Test
    void bothParentsInLeedsTheOtherParentsAddressAndTheTownInANoteStayWhole() throws Exception {
        CaseFile recorded = fixture.stores.cases().find(fixture.caseId).orElseThrow();
        fixture.stores.cases().update(new CaseFile(recorded.id(), recorded.otherParentName(),
                Optional.of(new PostalAddress(List.of("Flat 3, 22 Kirkstall Road", "Leeds"), "LS4 2DE")),
                recorded.otherParentWork(), recorded.arrangement(), recorded.cmsReference(), recorded.children(),
                recorded.collectionFeePercent()));
        fixture.stores.notes().add(new Note(0, fixture.caseId, LocalDate.of(2025, 8, 1), NoteCategory.PLAIN,
                "Took Mia to Leeds market; Jordan was on Orchard Close.", null));

        String text = packText(true);

        assertTrue(text.contains("Flat 3, 22 Kirkstall Road Leeds LS4 2DE"), text);
        assertTrue(text.contains("Took Mia to Leeds market; Jordan was on Orchard Close."), text);
        assertTrue(text.contains("Jordan turned up at [withheld], [withheld]."), text);
        assertTrue(text.contains(PackMasking.ADDRESS_WITHHELD), "the parent's own address on the cover");
        assertFalse(text.contains("14 Orchard Close") || text.toLowerCase().contains("14 orchard close"), text);
        assertFalse(text.contains("LS6 2AB") || text.contains("LS62AB"), text);
    }
}
