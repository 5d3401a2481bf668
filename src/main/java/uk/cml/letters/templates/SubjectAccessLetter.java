package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.List;

/** 10. A subject access request for the parent's own CMS records, under UK GDPR; the answer is due in 1 month. */
final class SubjectAccessLetter extends TemplateBase {

    SubjectAccessLetter() {
        super("subject-access", "Ask for a copy of your CMS records",
                "Subject access request to CMS", RecipientRole.CMS_GENERAL);
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        // The month runs from when the CMS receives it: counted from how the parent says they will post it.
        uk.cml.domain.correspondence.PostingMethod postedBy = w.postedBy();
        String received = w.date(facts.deadlines().deemedReceipt(facts.letterDate(), postedBy));
        String due = w.replyBy(facts.deadlines().subjectAccessDue(facts.letterDate(), postedBy));
        w.heading("Subject access request");
        w.opening("to make a subject access request under the UK General Data Protection Regulation, for all the "
                + "personal information you hold about me. This includes:");
        w.requests(List.of("Send me a copy of all the personal information you hold about me, by post to the "
                        + "address above, by " + due + ".",
                "If you need more time, tell me before " + due + " and say why."));
        w.bullets(List.of("notes on my case, including notes of phone calls and any call recordings;",
                "letters, emails and messages to and from me;",
                "the calculations of maintenance and of the arrears on my case; and",
                "records of the steps taken to collect the arrears, and why."));
        int months = facts.deadlines().subjectAccessMonths();
        int more = facts.deadlines().subjectAccessExtensionMonths();
        w.paragraph("The law gives you " + Deadlines.inWords(months) + " calendar month" + (months == 1 ? "" : "s")
                + " from the day you receive a request to reply. Posted " + w.postedByInWords()
                + " " + postedOn(w, facts, postedBy) + ", this "
                + "letter should reach you by " + received + ", so your reply is due by " + due + ". You can extend it by up to "
                + Deadlines.inWords(more) + " more month" + (more == 1 ? "" : "s") + " only if the request is "
                + "complex or I have made a number of requests, and you must tell me so within the first month.");
        w.paragraph("If I have had no reply by " + due + ", I will complain to you, and then to the Information "
                + "Commissioner's Office.");
        return w.finish();
    }

    /**
     * "on the day it is dated", or for a letter dated on a Sunday or bank holiday, "on 23 Nov 2026": the day its
     * dates count from ({@link Deadlines#postingDay}), the first day Post Offices open, so the sentence stays true.
     */
    private static String postedOn(DraftWriter w, LetterFacts facts, uk.cml.domain.correspondence.PostingMethod by) {
        LocalDate day = facts.deadlines().postingDay(facts.letterDate(), by);
        return day.equals(facts.letterDate()) ? "on the day it is dated" : "on " + w.date(day);
    }
}
