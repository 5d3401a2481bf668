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

    @Test
    void aStreetWithoutItsNumberIsStillHidden() {
        assertEquals("Seen on [withheld] again.", mask.apply("Seen on Orchard Close again."));
    }

    @Test
    void postcodesMatchWithOrWithoutTheSpace() {
        assertEquals("[withheld] and [withheld]", mask.apply("LS62AB and ls6 2ab"));
    }

    @Test
    void theTownAndEmailAreHidden() {
        assertEquals("Write to [withheld] in [withheld]", mask.apply("Write to SAM@example.org in Leeds"));
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
        assertEquals(List.of("[withheld]", "Bradford", "[withheld]"),
                mask.apply(List.of("Headingley", "Bradford", "LS6 2AB")));
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
