package uk.cml.domain.correspondence;

import uk.cml.domain.Labelled;

/**
 * A part of the records a letter's words are drawn from: its figures (payments, plans, CMS figures, fees), who it is
 * from and to (case details, addresses), and what it answers or reports (calls, letters received, CMS decisions).
 * Notes and documents are not among them: changing those leaves a letter's words true. The parent's own letters are,
 * but only those a letter's words quote ({@link DrawnFrom#letters}): reports of the arrears and complaints posted.
 * Decisions and enforcement are told apart, so the parent is told which changed (reviewer rv5: "CMS decisions and
 * enforcement changed" when only a decision, which the letter does not quote, had been added).
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
    DECISIONS,
    ENFORCEMENT,
    LETTERS_SENT,
    /**
     * The bank holidays the parent added: a day that was a working day (or the other way) moves a reply-by date
     * or the delivery a letter counted, and which payments were late. Only a day among those a letter counted
     * with counts ({@link DrawnFrom#calendarDays}).
     */
    BANK_HOLIDAYS,
    /**
     * The CMS time limits and delivery days the parent corrected in Settings (the facts table): a figure a letter
     * counted its printed dates with moves them. Only a limit the letter counted with counts
     * ({@link DrawnFrom#timeLimits}), and only its figure (not where it comes from, or when it was checked).
     */
    TIME_LIMITS
}
