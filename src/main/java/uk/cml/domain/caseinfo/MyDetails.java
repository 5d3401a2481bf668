package uk.cml.domain.caseinfo;

import java.util.Optional;
import uk.cml.domain.NiNumber;

/** The parent using the app: the sender of every letter. */
public record MyDetails(String fullName, PostalAddress address, String phone, String email,
                        Optional<NiNumber> niNumber) {
}
