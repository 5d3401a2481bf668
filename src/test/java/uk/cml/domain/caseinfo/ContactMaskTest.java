package uk.cml.domain.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactMaskTest {

    static final MyDetails ME = new MyDetails("Sam Taylor",
            PostalAddress.of("14 Orchard Close\nHeadingley\nLeeds", "ls6 2ab"), "07700 900123",
            "sam@example.org", Optional.empty());
    final ContactMask mask = ContactMask.of(ME);

    @Test
    void theWholeStreetLineGoesNotJustTheStreet() {
        assertEquals("He came to [withheld] at six.", mask.apply("He came to 14 orchard  close at six."));
    }

    /** A street, a district and a town are shared with others: only the home itself is the parent's. */
    @Test
    void aStreetWithoutItsNumberTheDistrictAndTheTownAreLeftAsTyped() {
        assertEquals("Seen on Orchard Close again, in Headingley, Leeds.",
                mask.apply("Seen on Orchard Close again, in Headingley, Leeds."));
    }

    /** The walk-through's fault: the paying parent's town went because it is the parent's town too. */
    @Test
    void theOtherParentsAddressInTheSameTownIsLeftWhole() {
        assertEquals(List.of("Flat 3, 22 Kirkstall Road", "Leeds", "LS4 2DE"),
                mask.apply(List.of("Flat 3, 22 Kirkstall Road", "Leeds", "LS4 2DE")));
        assertEquals("He moved to 114 Orchard Close, Leeds LS6 2AD.",
                mask.apply("He moved to 114 Orchard Close, Leeds LS6 2AD."), "another house, another postcode");
    }

    @Test
    void aFlatGoesWithItsBuildingAndTheBuildingAloneButNotAnotherFlatNumberThree() {
        MyDetails flat = new MyDetails("Sam Taylor", PostalAddress.of("Flat 3\n22 Kirkstall Road\nLeeds", "LS4 2DE"),
                "", "", Optional.empty());
        ContactMask mask = ContactMask.of(flat);
        assertEquals("He came to [withheld] and to [withheld], Leeds.",
                mask.apply("He came to flat 3, 22 Kirkstall Road and to 22 Kirkstall Road, Leeds."));
        assertEquals("Flat 3, 9 Mill Lane", mask.apply("Flat 3, 9 Mill Lane"));
    }

    @Test
    void anAddressTypedOnOneLineHidesTheHomeNotTheTown() {
        MyDetails oneLine = new MyDetails("Sam Taylor", PostalAddress.of("14 Orchard Close, Headingley, Leeds",
                "LS6 2AB"), "", "", Optional.empty());
        assertEquals("At [withheld], Headingley, Leeds", ContactMask.of(oneLine)
                .apply("At 14 Orchard Close, Headingley, Leeds"));
    }

    @Test
    void postcodesMatchWithOrWithoutTheSpace() {
        assertEquals("[withheld] and [withheld]", mask.apply("LS62AB and ls6 2ab"));
    }

    @Test
    void theEmailIsHiddenTheTownIsNot() {
        assertEquals("Write to [withheld] in Leeds", mask.apply("Write to SAM@example.org in Leeds"));
    }

    @Test
    void phoneNumbersMatchInAnyLayoutIncludingPlusFortyFour() {
        assertEquals("Ring [withheld] or [withheld] or [withheld].",
                mask.apply("Ring 07700900123 or +44 7700-900-123 or 07700 (900) 123."));
    }

    @Test
    void aNumberWrittenWithItsAreaCodeInBracketsGoesWholeBracketsAndAll() {
        assertEquals("Ring [withheld] or [withheld].", mask.apply("Ring (07700) 900 123 or (+44) 7700 900123."));
    }

    @Test
    void otherNumbersAndWordsAreLeftAlone() {
        assertEquals("Paid £123 on 14 May; 0770 090 012 is not mine.",
                mask.apply("Paid £123 on 14 May; 0770 090 012 is not mine."));
    }

    @Test
    void emptyTextIsReturnedAsItIs() {
        assertNull(mask.apply((String) null));
        assertEquals("", mask.apply(""));
    }

    @Test
    void eachLineOfAListIsMasked() {
        assertEquals(List.of("[withheld]", "Headingley", "[withheld]"),
                mask.apply(List.of("14 Orchard Close", "Headingley", "LS6 2AB")));
    }

    @Test
    void shortFragmentsAndShortPhonesAreNotMaskedEverywhere() {
        MyDetails terse = new MyDetails("Al", PostalAddress.of("2B\nYo", ""), "12345", "", Optional.empty());
        ContactMask small = ContactMask.of(terse);
        assertEquals("Yo, 2B rang 12345", small.apply("Yo, 2B rang 12345"));
    }

    @Test
    void aPhoneNotStartingWithZeroIsMatchedByItsDigits() {
        MyDetails abroad = new MyDetails("Al", PostalAddress.of("", ""), "353 1 234 5678", "", Optional.empty());
        ContactMask mask = ContactMask.of(abroad);
        assertEquals("call [withheld] now", mask.apply("call 353-1-234-5678 now"));
        assertEquals("call 453 1 234 5678", mask.apply("call 453 1 234 5678"));
    }
}
