package uk.cml.testing;

import java.util.List;
import java.util.Optional;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;

/** The parents the tests' records are about. */
public final class TestParents {

    private TestParents() {
    }

    /** The parent keeping the log: Sam Taylor, 14 Orchard Close, Leeds LS6 2AB; no phone, email or NI number. */
    public static MyDetails samTaylor() {
        return new MyDetails("Sam Taylor", new PostalAddress(List.of("14 Orchard Close", "Leeds"), "LS6 2AB"), "", "",
                Optional.empty());
    }
}
