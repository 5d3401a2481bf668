package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the CMS has already been told about the missed payments, as the records show, so that a letter does not read as
 * the first report or threaten what has been done. Each list is oldest first.
 *
 * @param letters     the parent's posted letters that told the CMS of the missed payments (a report, or a request to
 *                    move to Collect and Pay or to enforce), by the date they were written
 * @param calls       the days of calls with the CMS logged since then (a letter says only that they spoke)
 * @param complaints  the parent's posted complaints to the CMS, by the date they were written
 * @param proofAsked  the date of a CMS letter saying it has asked the paying parent for proof of payment
 */
public record CmsReports(List<LocalDate> letters, List<LocalDate> calls, List<LocalDate> complaints,
        Optional<LocalDate> proofAsked) {

    public static final CmsReports NONE = new CmsReports(List.of(), List.of(), List.of(), Optional.empty());

    public CmsReports {
        letters = letters == null ? List.of() : letters.stream().sorted().toList();
        calls = calls == null ? List.of() : calls.stream().sorted().toList();
        complaints = complaints == null ? List.of() : complaints.stream().sorted().toList();
        proofAsked = proofAsked == null ? Optional.empty() : proofAsked;
    }

    /** The CMS has been written to or phoned about the missed payments, or complained to. */
    public boolean any() {
        return !letters.isEmpty() || !calls.isEmpty() || !complaints.isEmpty();
    }

    /** "3 November 2026", "3 November 2026 and 1 December 2026". */
    static String dates(DraftWriter w, List<LocalDate> days) {
        return Text.joinAnd(days.stream().map(w::date).toList());
    }

    /**
     * What the records say the parent did, as a sentence after "I": "wrote to you about the missed payments on 3
     * November 2026, spoke to you by phone on 9 November 2026, and complained to you on 23 October 2026", with
     * {@code cms} the CMS as the letter calls it ("you", "it"); empty when the records hold none of these.
     */
    String told(DraftWriter w, String cms) {
        return told(w, cms, true);
    }

    /** As above, leaving out the complaints when {@code complaints} is false (a report of missed payments). */
    String told(DraftWriter w, String cms, boolean withComplaints) {
        List<String> parts = new java.util.ArrayList<>();
        if (!letters.isEmpty()) {
            parts.add("wrote to " + cms + " about the missed payments on " + dates(w, letters));
        }
        if (!calls.isEmpty()) {
            parts.add("spoke to " + cms + " by phone on " + dates(w, calls));
        }
        if (withComplaints && !complaints.isEmpty()) {
            parts.add("complained to " + cms + " on " + dates(w, complaints));
        }
        return parts.size() < 3 ? Text.joinAnd(parts) : parts.get(0) + ", " + parts.get(1) + ", and " + parts.get(2);
    }

    /**
     * A CMS letter's summary, as the parent logged it, saying the CMS has asked for proof of payment ("Says they have
     * asked Jordan for proof of payment"): asked, not only promised, and not denied.
     */
    public static boolean asksForProof(String summary) {
        String s = summary.toLowerCase(java.util.Locale.UK);
        return s.contains("proof of payment") && s.contains("asked") && !s.contains("not ") && !s.contains("n't");
    }

    /**
     * What the parent will do if the CMS does not act, for every letter that ends with it: "I will make a formal
     * complaint" followed by {@code about} (" about the delay"), or, once the records hold a complaint to the CMS,
     * "I will add this to my complaint of 23 October 2026" (the latest), so a letter never threatens a complaint
     * that has already been made. No full stop.
     */
    String complaintStep(DraftWriter w, String about) {
        return complaintStep(w, about, null);
    }

    /**
     * The same for a letter chasing the parent's letter of {@code chased}: when that letter is itself a complaint
     * the records hold, adding to it would make no sense. Unanswered, the first complaint goes to a senior manager
     * (the next stage, as the complaint letter itself says); a later one goes to the next stage, whichever it is.
     */
    String complaintStep(DraftWriter w, String about, java.time.LocalDate chased) {
        if (chased != null && complaints.contains(chased)) {
            return complaints.get(0).equals(chased)
                    ? "I will ask for my complaint to be reviewed by a senior manager"
                    : "I will take my complaint to the next stage of the complaints process";
        }
        return complaints.isEmpty() ? "I will make a formal complaint" + about
                : "I will add this to my complaint of " + w.date(complaints.get(complaints.size() - 1));
    }

    /** The CMS has been written to or phoned since the arrears began: a letter tells it again, not the first time. */
    public boolean toldOfMissedPayments() {
        return !letters.isEmpty() || !calls.isEmpty();
    }
}
