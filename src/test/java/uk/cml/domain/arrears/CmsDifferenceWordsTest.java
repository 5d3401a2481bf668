package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

/**
 * The CMS said £270.00 on 1 Oct 2026 where this record shows £263.75: the difference is said the same way round as
 * the sentence under it ("£6.25 more in the CMS figure"), never as "-£6.25".
 */
class CmsDifferenceWordsTest {

    private static final LocalDate ON = LocalDate.of(2026, 10, 1);

    private static CmsDifference of(long cmsPence, long appPence) {
        return CmsDifference.of(ON, Money.ofPence(cmsPence), Money.ofPence(appPence), FeeBasis.values()[0], false,
                Money.ZERO);
    }

    @Test
    void theGapIsSaidInWordsTheSameWayRoundAsTheSentence() {
        CmsDifference more = of(270_00, 263_75);
        assertEquals("£6.25 more in the CMS figure", more.gapWords());
        assertTrue(more.describe().endsWith("The CMS figure is £6.25 more than this record."), more.describe());
        assertEquals("£6.25 less in the CMS figure", of(263_75, 270_00).gapWords());
        assertEquals("None", of(270_00, 270_00).gapWords());
    }
}
