package uk.cml.domain.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostalAddressTest {

    @Test
    void blankLinesAreDroppedAndThePostcodeIsCapitalised() {
        PostalAddress address = PostalAddress.of(" 14 Orchard Close \r\n\n  \nLeeds", " ls6 2ab ");
        assertEquals(List.of("14 Orchard Close", "Leeds"), address.lines());
        assertEquals("LS6 2AB", address.postcode());
        assertEquals(List.of("14 Orchard Close", "Leeds", "LS6 2AB"), address.printedLines());
        assertEquals("14 Orchard Close\nLeeds", address.linesAsText());
        assertEquals("14 Orchard Close, Leeds, LS6 2AB", address.oneLine());
        assertFalse(address.isEmpty());
    }

    @Test
    void addressLinesKeptAsTextReadOnOneLineTheSameWay() {
        assertEquals("PO Box 249, Mitcheldean, GL17 1AJ", PostalAddress.oneLine("PO Box 249\nMitcheldean\nGL17 1AJ"));
        assertEquals("PO Box 249, Mitcheldean, GL17 1AJ", PostalAddress.oneLine(" PO Box 249,\r\n\nMitcheldean ,\nGL17 1AJ"));
        assertEquals("PO Box 249, Mitcheldean, GL17 1AJ", PostalAddress.oneLine("PO Box 249, Mitcheldean, GL17 1AJ"));
        assertEquals("", PostalAddress.oneLine(null));
        assertEquals(PostalAddress.of("PO Box 249\nMitcheldean", "gl17 1aj").oneLine(),
                PostalAddress.oneLine("PO Box 249\nMitcheldean\nGL17 1AJ"));
    }

    @Test
    void anAddressWithoutAPostcodePrintsOnlyItsLines() {
        PostalAddress address = PostalAddress.of("Flat 2\nYork", null);
        assertEquals("", address.postcode());
        assertEquals(List.of("Flat 2", "York"), address.printedLines());
        assertFalse(address.isEmpty());
    }

    @Test
    void onlyAnAddressWithNeitherLinesNorPostcodeIsEmpty() {
        assertTrue(PostalAddress.of(null, " ").isEmpty());
        assertFalse(PostalAddress.of("", "M1 1AE").isEmpty());
        assertEquals("M1 1AE", PostalAddress.of("", "M1 1AE").oneLine());
    }

    @Test
    void theCaseIsCalledAfterWhoOwesAndKeepsItsChildrenFixed() {
        List<Child> children = new java.util.ArrayList<>(List.of(new Child(1, "Mia", null)));
        CaseFile file = new CaseFile(0, "Alex Smith", Optional.empty(), WorkSituation.EMPLOYED,
                Arrangement.DIRECT_PAY, Optional.empty(), children, new BigDecimal("4"));
        children.clear();
        assertEquals("Owed by Alex Smith", file.title());
        assertEquals(1, file.children().size());
        CaseFile saved = file.withId(7);
        assertEquals(7, saved.id());
        assertEquals(file.otherParentName(), saved.otherParentName());
        assertEquals(file.arrangement(), saved.arrangement());
        assertEquals(file.children(), saved.children());
    }

    @Test
    void onlyAPrivateArrangementLeavesTheCmsOut() {
        assertFalse(Arrangement.PRIVATE.involvesCms());
        assertTrue(Arrangement.DIRECT_PAY.involvesCms());
        assertTrue(Arrangement.COLLECT_AND_PAY.involvesCms());
        assertEquals("CMS Collect and Pay", Arrangement.COLLECT_AND_PAY.toString());
        assertTrue(Arrangement.PRIVATE.explanation().contains("between yourselves"));
        assertEquals("Self-employed", WorkSituation.SELF_EMPLOYED.toString());
        assertEquals("Not known", WorkSituation.NOT_KNOWN.label());
    }
}
