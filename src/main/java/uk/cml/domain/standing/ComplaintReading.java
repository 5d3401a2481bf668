package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * How a complaint thread reads the letters logged: a sent letter does not record its complaint stage, so the step is
 * read from the parent's subject, strictly, since a wrong guess moves a time limit (a letter only mentioning a review
 * is not a review request). A received letter's part is the parent's own answers on its form: whether it says it is
 * the CMS's final response, and whether it only says the complaint has arrived. Nothing here depends on the order
 * the letters come in.
 */
final class ComplaintReading {

    private static final Pattern ICE = Pattern.compile("\\b(independent case examiner|ice)\\b");
    /**
     * A senior manager's review of the complaint: the app's own "Complaint review request", or a subject naming a
     * senior manager, a review of the complaint, or the complaint's second stage.
     */
    private static final Pattern SENIOR_REVIEW = Pattern.compile("senior manager|complaints? review"
            + "|\\breview (of )?(my|the|this|our) complaint|\\b(tier|stage) (2|two)\\b|second stage|escalat");
    private static final Pattern FINAL_RESPONSE = Pattern.compile("\\bfinal response\\b");

    /** Words that tie a CMS letter to a complaint, besides the stage words above. */
    private static final Pattern ABOUT_A_COMPLAINT = Pattern.compile("complain|consolatory");
    /**
     * A complaint letter naming anyone senior ("passed to a senior caseworker", "a senior manager will reply"), or
     * the review stage: the complaint is with someone senior, which is not by itself a final response.
     */
    private static final Pattern UNDER_REVIEW = Pattern.compile("\\bsenior\\b");

    /** The oldest first: by the date on the letter, then the day it came, then the order it was logged. */
    static final Comparator<ReceivedLetter> OLDEST_FIRST = Comparator
            .comparing((ReceivedLetter r) -> r.dated().orElse(r.received()))
            .thenComparing(ReceivedLetter::received).thenComparingLong(ReceivedLetter::id);

    private ComplaintReading() {
    }

    /**
     * The complaint step a letter is: none for a letter that is not a complaint, or that went to anyone but the CMS
     * or ICE (a "complaint" to the other parent is a letter to them: no CMS target, reply rule or chase follows).
     */
    static Optional<Step> stepOf(SentLetter letter) {
        return step(letter.kind(), letter.to(), letter.subject());
    }

    /**
     * The same for a letter of {@code kind} to {@code to} logged under {@code subject}: a complaint to ICE is one
     * whose subject or recipient names ICE (a complaint logged by hand to the Independent Case Examiner is ICE's,
     * whatever its subject, and is never the complaint the CMS's targets count from).
     */
    static Optional<Step> step(LetterKind kind, uk.cml.domain.correspondence.Recipient to, String loggedSubject) {
        if (kind != LetterKind.COMPLAINT || !to.isTheCms()) {
            return Optional.empty();
        }
        String subject = loggedSubject.toLowerCase(Locale.UK);
        if (ICE.matcher(subject).find() || ICE.matcher(to.name().toLowerCase(Locale.UK)).find()) {
            return Optional.of(Step.ICE);
        }
        if (SENIOR_REVIEW.matcher(subject).find()) {
            return Optional.of(Step.SENIOR_REVIEW);
        }
        return Optional.of(Step.COMPLAINT);
    }

    /**
     * The parent's own answer on the letter's form, "Does this letter say it is the CMS's final response to your
     * complaint?": Yes only. The summary's words are not read for it (they used to be, so a phrase in the parent's
     * own notes moved the complaint on to ICE, and rewording it moved it back).
     */
    static boolean isFinalResponse(ReceivedLetter letter) {
        return letter.isSaidFinalResponse();
    }

    /**
     * The parent's own answer on the letter's form, "Does this letter only say the CMS has received your complaint?":
     * Yes only, and never for a letter said to be the final response. The summary's words are not read for it (they
     * used to be, so "they did not acknowledge my complaint" written about the reply made it an acknowledgement, the
     * reply still "due", with nothing on the page to say why).
     */
    static boolean isAcknowledgement(ReceivedLetter letter) {
        return letter.isSaidAcknowledgementOnly();
    }

    /**
     * The complaint letter the parent can write in answer to a CMS letter, by the stages on GOV.UK's complaints page:
     * the Independent Case Examiner only after the letter said to be the CMS's final response; a senior manager's
     * review after the CMS's reply to the complaint; no letter after an acknowledgement (the reply is still to
     * come), while the review is under way (an answer to the review request, or a letter saying someone senior has
     * it), while a final response is still to come, or after ICE's own answer.
     *
     * @param answers the step of the parent's letter this one is linked to as the answer, if any
     */
    static ComplaintReply replyTo(ReceivedLetter letter, Optional<Step> answers) {
        String summary = letter.summary().toLowerCase(Locale.UK);
        boolean finalResponse = isFinalResponse(letter);
        if (answers.isEmpty() && !finalResponse && !ABOUT_A_COMPLAINT.matcher(summary).find()
                && !SENIOR_REVIEW.matcher(summary).find() && !FINAL_RESPONSE.matcher(summary).find()) {
            return ComplaintReply.NOT_ABOUT_A_COMPLAINT;
        }
        if (answers.equals(Optional.of(Step.ICE))) {
            return ComplaintReply.NO_LETTER;
        }
        if (finalResponse) {
            return ComplaintReply.ICE;
        }
        // A mention of a final response ("their final response will follow") holds the next letter back only while
        // the parent has not answered the question (a letter logged before it was asked, or one not linked to the
        // complaint): answered, No or Not sure, the answer decides and the letter is a reply like any other.
        boolean unanswered = letter.finalResponse().isEmpty();
        if (isAcknowledgement(letter) || answers.equals(Optional.of(Step.SENIOR_REVIEW))
                || SENIOR_REVIEW.matcher(summary).find() || UNDER_REVIEW.matcher(summary).find()
                || unanswered && FINAL_RESPONSE.matcher(summary).find()) {
            return ComplaintReply.NO_LETTER;
        }
        return ComplaintReply.SENIOR_REVIEW;
    }

    /**
     * The CMS's final response to a complaint: the earliest letter said to be one, from the complaint on. A later
     * letter that refers back to it ("their final response of May stands") does not restart the time for ICE.
     */
    static Optional<ReceivedLetter> finalResponse(SentLetter complaint, List<ReceivedLetter> received) {
        return received.stream().filter(ComplaintReading::isFinalResponse)
                .filter(r -> !r.received().isBefore(complaint.written())).min(OLDEST_FIRST);
    }

    /** The first letter linked as the answer to this one that is more than an acknowledgement. */
    static Optional<ReceivedLetter> linkedAnswer(SentLetter letter, List<ReceivedLetter> received) {
        return linked(letter, received).filter(r -> !isAcknowledgement(r)).min(OLDEST_FIRST);
    }

    /**
     * The CMS's reply to the first complaint: linked to it or, failing that, the next letter mentioning a complaint.
     * An acknowledgement is not the reply: the reply is still due after it.
     */
    static Optional<ReceivedLetter> replyTo(SentLetter complaint, List<ReceivedLetter> received) {
        Optional<ReceivedLetter> linked = linkedAnswer(complaint, received);
        if (linked.isPresent()) {
            return linked;
        }
        return mentioning(complaint, received).filter(r -> !isAcknowledgement(r)).min(OLDEST_FIRST);
    }

    /** The CMS's acknowledgement of the first complaint: linked to it, or a later one mentioning a complaint. */
    static Optional<ReceivedLetter> acknowledgementOf(SentLetter complaint, List<ReceivedLetter> received) {
        return Stream.concat(linked(complaint, received), mentioning(complaint, received))
                .filter(ComplaintReading::isAcknowledgement).min(OLDEST_FIRST);
    }

    private static Stream<ReceivedLetter> linked(SentLetter letter, List<ReceivedLetter> received) {
        return received.stream().filter(r -> r.inReplyTo().equals(Optional.of(letter.id())));
    }

    /** Letters not linked to anything, from the day the complaint was posted, that mention a complaint. */
    private static Stream<ReceivedLetter> mentioning(SentLetter complaint, List<ReceivedLetter> received) {
        LocalDate from = complaint.posted().orElse(complaint.written());
        return received.stream().filter(r -> r.inReplyTo().isEmpty()).filter(r -> !r.received().isBefore(from))
                .filter(r -> r.summary().toLowerCase(Locale.UK).contains("complaint"));
    }
}
