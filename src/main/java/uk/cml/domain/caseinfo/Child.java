package uk.cml.domain.caseinfo;

import java.time.LocalDate;

/** A child the maintenance is for. The first name is enough for the CMS alongside the case reference. */
public record Child(long id, String firstName, LocalDate dateOfBirth) {
}
