package uk.cml.domain.correspondence;

import uk.cml.domain.Labelled;

/**
 * A part of the records a letter's words are drawn from: its figures (payments, plans, CMS figures, fees), who it is
 * from and to (case details, addresses), and what it answers or reports (calls, letters received, CMS decisions).
 * Notes, documents and the parent's other letters are not among them: changing those leaves a letter's words true.
 */
public enum RecordArea implements Labelled {
    PAYMENTS,
    PLANS,
    CMS_FIGURES,
    FEES,
    CASE_DETAILS,
    ADDRESSES,
    CALLS,
    LETTERS_RECEIVED,
    DECISIONS
}
