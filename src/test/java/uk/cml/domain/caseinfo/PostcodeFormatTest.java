package uk.cml.domain.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostcodeFormatTest {

    @ParameterizedTest(name = "\"{0}\" is kept as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "sw1a 1aa|SW1A 1AA",
        "sw1a1aa|SW1A 1AA",
        "'  SW1A   1AA '|SW1A 1AA",
        "m11ae|M1 1AE",
        "ls6 2ab|LS6 2AB",
        "b33 8th|B33 8TH",
        "cr2 6xh|CR2 6XH",
        "dn55 1pt|DN55 1PT",
    })
    void aUkPostcodeIsInCapitalsWithOneSpaceBeforeTheLastThree(String typed, String kept) {
        assertEquals(kept, CaseRules.normalisePostcode(typed));
    }

    @Test
    @DisplayName("text that is not a UK postcode is only trimmed and put in capitals, never cut up")
    void otherTextIsLeftInOnePiece() {
        assertEquals("BFPO 123", CaseRules.normalisePostcode(" bfpo  123 "));
        assertEquals("", CaseRules.normalisePostcode(null));
        assertEquals("", CaseRules.normalisePostcode("   "));
    }

    @Test
    void anAddressPrintsItsPostcodeInTheStandardForm() {
        PostalAddress address = PostalAddress.of("14 Orchard Close\nLeeds", "ls6  2ab");
        assertEquals(List.of("14 Orchard Close", "Leeds", "LS6 2AB"), address.printedLines());
        assertEquals("14 Orchard Close, Leeds, LS6 2AB", address.oneLine());
    }
}
