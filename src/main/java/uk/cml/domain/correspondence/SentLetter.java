package uk.cml.domain.correspondence;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.cml.domain.Words;

/**
 * A letter the parent sent. It is "written" until it has a posting date and method; then it is
 * posted, and a reply is expected by {@code replyBy}.
 *
 * @param id             0 for a letter not saved yet
 * @param copyDocumentId the copy kept: a generated PDF or a scan, held as a document
 * @param inReplyTo      the received letter this one answers, if any
 * @param replyBy        when a reply is expected; suggested from posting and kind, and editable
 * @param trackedDelivery the delivery date Royal Mail's tracking shows, for Signed For and Special Delivery
 * @param printedReplyBy the reply-by date printed in the letter, when the app wrote it; the log watches this
 *                       date unless the parent changes {@code replyBy}
 * @param answersDecision the CMS decision (its id) a mandatory reconsideration request or write-off reply answers,
 *                       when the parent chose it or the app wrote the letter from it; empty for a letter logged
 *                       before the link existed, or one the parent did not say
 * @param chases         the parent's earlier letter (its id) this one chases for a reply, when the app wrote it as the
 *                       chasing letter for that letter; empty for any other letter, and for one logged before the
 *                       link existed
 * @param confirmsCall   the logged call (its id) this one confirms, when the app wrote it as the letter confirming
 *                       that call; empty for any other letter, one logged by hand, one made with no call chosen, and
 *                       one logged before the link existed
 * @param heading        the heading printed in the letter, as the parent left it, when the app made the letter; ""
 *                       for one logged by hand or made before the heading was kept
 * @param madeWords      the letter's words as the app drafted them and as the parent printed them (the writer's own
 *                       form, {@code KeptWords}), so that writing it again starts from the parent's words; "" for
 *                       none
 */
public record SentLetter(long id, long caseId, LocalDate written, Optional<LocalDate> posted, Recipient to,
                         String subject, LetterKind kind, Optional<Long> copyDocumentId,
                         Optional<PostingMethod> method, ProofOfPostage proof, String trackingNumber,
                         Optional<LocalDate> replyBy, Optional<Long> inReplyTo, Optional<LocalDate> trackedDelivery,
                         Optional<LocalDate> printedReplyBy, Optional<Long> answersDecision,
                         Optional<Long> chases, Optional<Long> confirmsCall, String heading, String madeWords) {

    /**
     * Whether the app made this letter (it kept the printed heading or the words): its date written is the date
     * printed on it, so the log may not move it.
     */
    public boolean madeByTheApp() {
        return !heading.isEmpty() || !madeWords.isEmpty();
    }

    public SentLetter {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(posted, "posted");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(copyDocumentId, "copyDocumentId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(proof, "proof");
        Objects.requireNonNull(replyBy, "replyBy");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
        Objects.requireNonNull(trackedDelivery, "trackedDelivery");
        Objects.requireNonNull(printedReplyBy, "printedReplyBy");
        Objects.requireNonNull(answersDecision, "answersDecision");
        Objects.requireNonNull(chases, "chases");
        Objects.requireNonNull(confirmsCall, "confirmsCall");
        subject = subject == null ? "" : subject.strip();
        heading = heading == null ? "" : heading.strip();
        madeWords = madeWords == null ? "" : madeWords;
        trackingNumber = trackingNumber == null ? "" : trackingNumber.strip();
    }

    /** A letter whose heading and words are not kept (logged by hand, or made before they were kept). */
    public SentLetter(long id, long caseId, LocalDate written, Optional<LocalDate> posted, Recipient to,
                      String subject, LetterKind kind, Optional<Long> copyDocumentId, Optional<PostingMethod> method,
                      ProofOfPostage proof, String trackingNumber, Optional<LocalDate> replyBy,
                      Optional<Long> inReplyTo, Optional<LocalDate> trackedDelivery,
                      Optional<LocalDate> printedReplyBy, Optional<Long> answersDecision, Optional<Long> chases,
                      Optional<Long> confirmsCall) {
        this(id, caseId, written, posted, to, subject, kind, copyDocumentId, method, proof, trackingNumber, replyBy,
                inReplyTo, trackedDelivery, printedReplyBy, answersDecision, chases, confirmsCall, "", "");
    }

    /** A letter that confirms no logged call. */
    public SentLetter(long id, long caseId, LocalDate written, Optional<LocalDate> posted, Recipient to,
                      String subject, LetterKind kind, Optional<Long> copyDocumentId, Optional<PostingMethod> method,
                      ProofOfPostage proof, String trackingNumber, Optional<LocalDate> replyBy,
                      Optional<Long> inReplyTo, Optional<LocalDate> trackedDelivery,
                      Optional<LocalDate> printedReplyBy, Optional<Long> answersDecision, Optional<Long> chases) {
        this(id, caseId, written, posted, to, subject, kind, copyDocumentId, method, proof, trackingNumber, replyBy,
                inReplyTo, trackedDelivery, printedReplyBy, answersDecision, chases, Optional.empty());
    }

    /** A letter that chases no earlier letter. */
    public SentLetter(long id, long caseId, LocalDate written, Optional<LocalDate> posted, Recipient to,
                      String subject, LetterKind kind, Optional<Long> copyDocumentId, Optional<PostingMethod> method,
                      ProofOfPostage proof, String trackingNumber, Optional<LocalDate> replyBy,
                      Optional<Long> inReplyTo, Optional<LocalDate> trackedDelivery,
                      Optional<LocalDate> printedReplyBy, Optional<Long> answersDecision) {
        this(id, caseId, written, posted, to, subject, kind, copyDocumentId, method, proof, trackingNumber, replyBy,
                inReplyTo, trackedDelivery, printedReplyBy, answersDecision, Optional.empty());
    }

    /** A letter that answers no particular decision. */
    public SentLetter(long id, long caseId, LocalDate written, Optional<LocalDate> posted, Recipient to,
                      String subject, LetterKind kind, Optional<Long> copyDocumentId, Optional<PostingMethod> method,
                      ProofOfPostage proof, String trackingNumber, Optional<LocalDate> replyBy,
                      Optional<Long> inReplyTo, Optional<LocalDate> trackedDelivery,
                      Optional<LocalDate> printedReplyBy) {
        this(id, caseId, written, posted, to, subject, kind, copyDocumentId, method, proof, trackingNumber, replyBy,
                inReplyTo, trackedDelivery, printedReplyBy, Optional.empty());
    }

    /** A letter with no tracked delivery and no printed reply-by date (most letters logged by hand). */
    public SentLetter(long id, long caseId, LocalDate written, Optional<LocalDate> posted, Recipient to,
                      String subject, LetterKind kind, Optional<Long> copyDocumentId, Optional<PostingMethod> method,
                      ProofOfPostage proof, String trackingNumber, Optional<LocalDate> replyBy,
                      Optional<Long> inReplyTo) {
        this(id, caseId, written, posted, to, subject, kind, copyDocumentId, method, proof, trackingNumber, replyBy,
                inReplyTo, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isPosted() {
        return posted.isPresent() && method.isPresent();
    }

    /**
     * Nothing of its sending is recorded: no date, no way it went, no certificate, no tracking. Only such a letter
     * may be replaced by the same letter made again (the store checks the same columns in the same transaction).
     */
    public boolean nothingOfSendingRecorded() {
        return posted.isEmpty() && method.isEmpty() && proof.certificateDate().isEmpty()
                && proof.photoDocumentId().isEmpty() && proof.reference().isEmpty() && trackingNumber.isEmpty()
                && trackedDelivery.isEmpty();
    }

    /**
     * A certificate of posting dated another day than the posting (kept before the form refused it): the Post
     * Office dates it the day the letter is handed in, so one of the two dates is wrong.
     */
    public boolean certificateDateDiffers() {
        return proof.certificateDate().isPresent() && !proof.certificateDate().equals(posted);
    }

    /** Sent through the post, so a certificate of posting is expected, and none is attached. */
    public boolean needsProof() {
        return isPosted() && method.get().byPost() && !proof.attached();
    }

    /** The reply-by date has passed and no reply is linked (the caller knows whether one is). */
    public boolean replyOverdue(LocalDate today, boolean replyReceived) {
        return !replyReceived && isPosted() && replyBy.isPresent() && replyBy.get().isBefore(today);
    }

    /** The same letter with this proof of posting (a photo of the certificate attached to it, say). */
    public SentLetter withProof(ProofOfPostage newProof) {
        return new SentLetter(id, caseId, written, posted, to, subject, kind, copyDocumentId, method, newProof,
                trackingNumber, replyBy, inReplyTo, trackedDelivery, printedReplyBy, answersDecision, chases,
                confirmsCall, heading, madeWords);
    }

    /** The same letter with this copy of it attached. */
    public SentLetter withCopy(long documentId) {
        return new SentLetter(id, caseId, written, posted, to, subject, kind, Optional.of(documentId), method, proof,
                trackingNumber, replyBy, inReplyTo, trackedDelivery, printedReplyBy, answersDecision, chases,
                confirmsCall, heading, madeWords);
    }

    public SentLetter withId(long newId) {
        return new SentLetter(newId, caseId, written, posted, to, subject, kind, copyDocumentId, method, proof,
                trackingNumber, replyBy, inReplyTo, trackedDelivery, printedReplyBy, answersDecision, chases,
                confirmsCall, heading, madeWords);
    }

    /** The same letter, its recipient as the address book knows it ({@link Recipient#recognisedBy}). */
    public SentLetter sentTo(Recipient recipient) {
        return recipient == to ? this : new SentLetter(id, caseId, written, posted, recipient, subject, kind,
                copyDocumentId, method, proof, trackingNumber, replyBy, inReplyTo, trackedDelivery, printedReplyBy,
                answersDecision, chases, confirmsCall, heading, madeWords);
    }

    /** The same letter, watched for a reply by another date (or none). */
    public SentLetter replyingBy(Optional<LocalDate> date) {
        return new SentLetter(id, caseId, written, posted, to, subject, kind, copyDocumentId, method, proof,
                trackingNumber, date, inReplyTo, trackedDelivery, printedReplyBy, answersDecision, chases,
                confirmsCall, heading, madeWords);
    }

    /** The same letter, saying which decision it answers (or none). */
    public SentLetter answering(Optional<Long> decisionId) {
        return new SentLetter(id, caseId, written, posted, to, subject, kind, copyDocumentId, method, proof,
                trackingNumber, replyBy, inReplyTo, trackedDelivery, printedReplyBy, decisionId, chases, confirmsCall,
                heading, madeWords);
    }

    /** The same letter, saying which earlier letter of the parent's it chases (or none). */
    public SentLetter chasing(Optional<Long> letterId) {
        return new SentLetter(id, caseId, written, posted, to, subject, kind, copyDocumentId, method, proof,
                trackingNumber, replyBy, inReplyTo, trackedDelivery, printedReplyBy, answersDecision, letterId,
                confirmsCall, heading, madeWords);
    }

    /** The same letter, saying which logged call it confirms (or none). */
    public SentLetter confirming(Optional<Long> callId) {
        return new SentLetter(id, caseId, written, posted, to, subject, kind, copyDocumentId, method, proof,
                trackingNumber, replyBy, inReplyTo, trackedDelivery, printedReplyBy, answersDecision, chases, callId,
                heading, madeWords);
    }

    /** The same letter, with the heading it printed and its words as drafted and as printed ("" for none). */
    public SentLetter madeWith(String printedHeading, String words) {
        return new SentLetter(id, caseId, written, posted, to, subject, kind, copyDocumentId, method, proof,
                trackingNumber, replyBy, inReplyTo, trackedDelivery, printedReplyBy, answersDecision, chases,
                confirmsCall, printedHeading, words);
    }

    /**
     * What the letter is called wherever it is listed (the Letters page, the pack's index and register, the Bin, the
     * timeline): the heading printed in it, as the parent left it, when the app made it and kept its heading; else the
     * subject it was logged under; else its kind. One rule, so the parent finds the letter by the words on it.
     */
    public String about() {
        return LetterName.of(heading, subject.isEmpty() ? kind.label() : subject);
    }

    /**
     * The subject as the parent reads it in the form where the letter is logged: the heading printed in it, as
     * {@link #about} lists it, when the app made it and kept its heading; else the subject it was logged under (""
     * for none). The letter made to ask the CMS to enforce the arrears was logged as "Enforcement request to CMS"
     * and printed "Child maintenance that has not reached me": the form said the one, the list and the PDF the other.
     */
    public String subjectAsPrinted() {
        return subject.isEmpty() ? "" : LetterName.of(heading, subject);
    }

    /** "Complaint to Child Maintenance Service", for lists and the timeline. */
    public String title() {
        String about = about();
        return to.name().isEmpty() ? about : Words.text("correspondence.sent.titleTo", about, to.name());
    }
}
