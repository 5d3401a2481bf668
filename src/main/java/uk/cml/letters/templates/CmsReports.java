package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.standing.ComplaintPosition;

/**
 * What the CMS has already been told about the missed payments, as the records show, so that a letter does not read as
 * the first report or threaten what has been done. Each list is oldest first.
 *
 * @param letters     the parent's posted letters that told the CMS of the missed payments (a report, or a request to
 *                    move to Collect and Pay or to enforce), by the date they were written
 * @param calls       the days of calls the parent made (or logged as neither's) since then on which, by the
 *                    parent's own Yes to "Did you tell them about missed payments on this call?", the missed payments
 *                    were reported ({@code Call#reportsMissedPayments}): "I told you by phone on ..."; nothing the
 *                    parent wrote about a call is taken as a report, nor a call with no answer
 * @param complaint   how far the parent's complaint has gone ({@link ComplaintPosition#read}); every letter that says
 *                    what the parent will do next reads it through {@link ComplaintStep}
 * @param proofAsked  the date of a CMS letter saying it has asked the paying parent for proof of payment
 * @param wentWrong   what the parent's complaint letter ({@code complaint}'s) says the CMS did wrong, when it was made
 *                    in this app and its kept copy reads whole ({@link PrintedComplaint}); "" when not known
 * @param whatHappened what the same letter says happened, with the day it began as the letter gives it, read the
 *                    same way; "" when not known
 * @param onRecord    the complaint the records are at, read from every complaint letter as the Where things stand page
 *                    reads it, even one made before the arrears owed now began (which {@code complaint} leaves out):
 *                    whether a review request or an ICE complaint fits the case at all; {@code complaint} when not given
 * @param theyPhoned  the days of calls the CMS made on which, by the parent's Yes to the same question, they
 *                    reported the missed payments: "I told you when you phoned me on ..."
 */
public record CmsReports(List<LocalDate> letters, List<LocalDate> calls, ComplaintPosition complaint,
        Optional<LocalDate> proofAsked, String wentWrong, String whatHappened, ComplaintPosition onRecord,
        List<LocalDate> theyPhoned) {

    public static final CmsReports NONE = new CmsReports(List.of(), List.of(), ComplaintPosition.NONE,
            Optional.empty());

    public CmsReports {
        letters = letters == null ? List.of() : letters.stream().sorted().toList();
        calls = calls == null ? List.of() : calls.stream().sorted().toList();
        theyPhoned = theyPhoned == null ? List.of() : theyPhoned.stream().sorted().toList();
        complaint = complaint == null ? ComplaintPosition.NONE : complaint;
        proofAsked = proofAsked == null ? Optional.empty() : proofAsked;
        wentWrong = Text.clean(wentWrong);
        whatHappened = Text.clean(whatHappened);
        onRecord = onRecord == null ? complaint : onRecord;
    }

    /** What the CMS has been told, with the reporting calls the parent made only. */
    public CmsReports(List<LocalDate> letters, List<LocalDate> calls, ComplaintPosition complaint,
            Optional<LocalDate> proofAsked, String wentWrong, String whatHappened, ComplaintPosition onRecord) {
        this(letters, calls, complaint, proofAsked, wentWrong, whatHappened, onRecord, List.of());
    }

    /** The same, with the days of the CMS's calls on which the parent reported the missed payments. */
    public CmsReports withTheyPhoned(List<LocalDate> days) {
        return new CmsReports(letters, calls, complaint, proofAsked, wentWrong, whatHappened, onRecord, days);
    }

    /** What the CMS has been told, with what the complaint letter says went wrong, and nothing of what happened. */
    public CmsReports(List<LocalDate> letters, List<LocalDate> calls, ComplaintPosition complaint,
            Optional<LocalDate> proofAsked, String wentWrong) {
        this(letters, calls, complaint, proofAsked, wentWrong, "", complaint);
    }

    /** What the CMS has been told, and the complaint the records are at, with no words of the complaint letter. */
    public CmsReports(List<LocalDate> letters, List<LocalDate> calls, ComplaintPosition complaint,
            Optional<LocalDate> proofAsked, String wentWrong, ComplaintPosition onRecord) {
        this(letters, calls, complaint, proofAsked, wentWrong, "", onRecord);
    }

    /** What the CMS has been told, with no words of the complaint letter known. */
    public CmsReports(List<LocalDate> letters, List<LocalDate> calls, ComplaintPosition complaint,
            Optional<LocalDate> proofAsked) {
        this(letters, calls, complaint, proofAsked, "");
    }

    /** The same, with what the complaint letter says the CMS did wrong. */
    public CmsReports withWentWrong(String words) {
        return new CmsReports(letters, calls, complaint, proofAsked, words, whatHappened, onRecord, theyPhoned);
    }

    /** The same, with what the complaint letter says happened. */
    public CmsReports withWhatHappened(String words) {
        return new CmsReports(letters, calls, complaint, proofAsked, wentWrong, words, onRecord, theyPhoned);
    }

    /** The CMS has been written to or phoned about the missed payments, or complained to. */
    public boolean any() {
        return toldOfMissedPayments() || complaint.made();
    }

    /** "3 November 2026", "3 November 2026 and 1 December 2026". */
    static String dates(DraftWriter w, List<LocalDate> days) {
        return Text.joinAnd(days.stream().map(w::date).toList());
    }

    /**
     * What the records say the parent did, as a sentence after "I": "wrote to you about the missed payments on 3
     * November 2026, told you by phone on 9 November 2026, and complained to you on 23 October 2026" (the date the
     * complaint was made, not each letter that took it on; a letter to ICE was not sent to the CMS), with
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
            parts.add("told " + cms + " by phone on " + dates(w, calls));
        }
        if (!theyPhoned.isEmpty()) {
            parts.add("told " + cms + " when " + cms + " phoned me on " + dates(w, theyPhoned));
        }
        complaint.firstToTheCms().filter(day -> withComplaints)
                .ifPresent(day -> parts.add("complained to " + cms + " on " + w.date(day)));
        return parts.size() < 3 ? Text.joinAnd(parts)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + ", and " + parts.get(parts.size() - 1);
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
     * What the parent will do if the CMS does not act, for every letter that ends with it, by how far the complaint
     * has gone ({@link ComplaintStep}): "I will make a formal complaint" followed by {@code about} (" about the
     * delay"), or "I will add this to my complaint of 23 October 2026", and so on. No full stop.
     */
    String complaintStep(DraftWriter w, String about) {
        return ComplaintStep.next(w, complaint, about, null);
    }

    /** The same for a letter chasing the parent's letter of {@code chased}, which may be a complaint letter itself. */
    String complaintStep(DraftWriter w, String about, LocalDate chased) {
        return ComplaintStep.next(w, complaint, about, chased);
    }

    /**
     * The CMS has been told of the missed payments since the arrears began, by a posted letter of the reporting kinds
     * or a call the parent answered Yes (told them of the missed payments): a letter tells it again, not the first
     * time.
     */
    public boolean toldOfMissedPayments() {
        return !letters.isEmpty() || !calls.isEmpty() || !theyPhoned.isEmpty();
    }
}
