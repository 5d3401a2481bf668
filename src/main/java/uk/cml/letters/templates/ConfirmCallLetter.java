package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.CmsDifference;

/** 1. Puts a phone call with the CMS in writing, so there is a record if anyone disputes it later. */
final class ConfirmCallLetter extends TemplateBase {

    /**
     * The promise's section: what the parent understood, as every sentence under it says (the promise and its date
     * are her notes of the call; "What I was told" read as the CMS's own words).
     */
    private static final String PROMISE_HEADING = "What I understood the CMS would do";


    ConfirmCallLetter() {
        super("confirm-call", "Confirm a phone call", "Confirming call with CMS", RecipientRole.CMS_GENERAL);
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        CallDetails call = facts.call().orElse(CallDetails.none());
        String date = w.needDate(call.date(), "the date of the call");
        String time = call.time() == null ? w.missing("the time of the call") : UkFormats.TIME.format(call.time());
        LocalDate replyBy = facts.deadlines().requestReplyBy(facts.letterDate());
        w.heading("Our phone call on " + date);
        w.opening("to confirm what was said " + when(call) + " on " + date + " at " + time);
        // A call logged without a name says so: the parent is never pushed to give a name they did not take.
        boolean logged = facts.call().isPresent();
        String spokeTo = logged && call.spokeTo().isEmpty() ? "I did not get the name of the person I spoke to"
                : "I spoke to " + w.need(call.spokeTo(), "the name of the person you spoke to");
        w.paragraph(spokeTo + who(call) + ".");
        w.subHeading("What was said");
        // What came of it is part of the parent's record ("Nobody rang back."): a letter that left it out would
        // confirm less than the record shows. It is a line of its own, never run on into what was said.
        w.paragraph(Text.ownSentence(w.need(call.whatWasSaid(), "what was said on the call")));
        if (!call.outcome().isEmpty()) {
            w.paragraph("What came of the call: " + Text.ownSentence(call.outcome()));
        }
        // The parent's note is theirs, as written; but a CMS figure for the call's day that the records do not bear
        // out is said not to be agreed, straight after it, so the record of the call is never read as accepting it.
        Optional<CmsDifference> disputed = call.date() == null ? Optional.empty()
                : facts.cmsFigureOn(call.date()).filter(cms -> !cms.difference().isZero());
        disputed.flatMap(cms -> CmsFigureWords.notAgreed(w, cms)).ifPresent(words -> {
            w.subHeading("The arrears figure");
            w.paragraph(words);
        });
        List<String> asks = new ArrayList<>();
        asks.add("Add this letter to my case file as the record of our call.");
        disputed.ifPresent(cms -> asks.add(CmsFigureWords.breakdownAsked(w, cms)));
        boolean chase = !call.promised().isEmpty() && !call.promiseKept();
        boolean overdue = chase && call.promisedBy() != null && call.promisedBy().isBefore(facts.letterDate());
        if (!call.promised().isEmpty()) {
            w.subHeading(PROMISE_HEADING);
            // Its day passed, not marked kept: said plainly, as the enforcement request and complaints say it.
            w.paragraph(Text.ownSentence(call.promised()) + promise(w, call)
                    + (overdue ? " " + CmsReports.Promise.NOT_SHOWN_DONE : ""));
            // The request names what was promised and by when, in the parent's words. Both are her notes of the call
            // (the date may be her count of "10 working days"), so she says what she understood and never quotes
            // them as the CMS's own words (reviewer 7).
            String promised = Text.ownSentence(call.promised());
            if (overdue) {
                asks.add("I understood from the call that you would do this by " + w.date(call.promisedBy()) + ": "
                        + promised + " " + CmsReports.Promise.NOT_SHOWN_DONE + " Please tell me in writing by "
                        + w.date(replyBy) + " whether it has been done, and if it has not, please do it now.");
            } else if (chase) {
                // Said once, below, in the parent's words: the request points to it rather than quoting it again
                // (reviewer, rv8: the promise printed three times in one letter), as what she understood (rv7).
                asks.add("Please do what I understood from the call you would do (set out below under \u201c"
                        + PROMISE_HEADING + "\u201d)" + (call.promisedBy() == null ? "."
                        : ", by " + w.date(call.promisedBy()) + "."));
            }
        }
        asks.add("If you think any part of this record is wrong, tell me in writing by " + w.replyBy(replyBy) + ".");
        w.requests(asks);
        // Silence is not agreement: the parent can only say what they will do with the record.
        w.paragraph("If I do not hear from you by " + w.date(replyBy) + ", I will rely on this letter as the record "
                + "of our call." + (chase ? complaint(w, call, replyBy, facts.reports()) : ""));
        return w.finish();
    }

    /** Who rang whom, as the record says; when it does not say, the letter claims neither. */
    private static String when(CallDetails call) {
        return switch (call.direction()) {
            case I_CALLED -> "when I phoned you";
            case CMS_CALLED -> "when you phoned me";
            case OTHER -> "on our phone call";
        };
    }

    /**
     * The date the parent noted, as what she understood from the call (it may be her own count), and whether it has
     * been done: only when the parent has marked the promise kept.
     */
    private static String promise(DraftWriter w, CallDetails call) {
        String by = call.promisedBy() == null ? ""
                : " I understood from the call that this would be done by " + w.date(call.promisedBy());
        if (call.promiseKept()) {
            return by.isEmpty() ? " This has since been done." : by + ", and it has since been done.";
        }
        return by.isEmpty() ? "" : by + ".";
    }

    /**
     * A complaint only after the CMS has had until the later of its own date and this letter's reply date, and only
     * when the parent chose to say it. The promise is said as what the parent understood, as everywhere in the letter.
     */
    private static String complaint(DraftWriter w, CallDetails call, LocalDate replyBy, CmsReports reports) {
        LocalDate by = call.promisedBy();
        return w.ifComplaintChosen("If what I understood from the call you would do has not been done by " + (by != null
                && by.isAfter(replyBy) ? w.date(by) : "then") + ", " + reports.complaintStep(w, "") + ".");
    }

    /** " (Arrears team, staff ID PS4471)", or nothing when neither was noted. */
    private static String who(CallDetails call) {
        List<String> parts = new ArrayList<>();
        if (!call.team().isEmpty()) {
            parts.add(Text.team(call.team()));
        }
        if (!call.staffId().isEmpty()) {
            parts.add("staff ID " + call.staffId());
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }
}
