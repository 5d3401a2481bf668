package uk.cml.letters.templates;

import java.util.Optional;
import uk.cml.domain.UkFormats;

/** 1. Puts a phone call with the CMS in writing, so there is a record if anyone disputes it later. */
final class ConfirmCallLetter implements LetterTemplate {

    @Override
    public String key() {
        return "confirm-call";
    }

    @Override
    public String title() {
        return "Confirm a phone call";
    }

    @Override
    public String fileTitle() {
        return "Confirming call with CMS";
    }

    @Override
    public RecipientRole recipientRole() {
        return RecipientRole.CMS_GENERAL;
    }

    @Override
    public LetterDraft draft(LetterFacts facts) {
        DraftWriter w = new DraftWriter(this, facts);
        Optional<CallDetails> logged = facts.call();
        CallDetails call = logged.orElse(new CallDetails(null, null, "", "", "", "", "", null));
        String date = w.needDate(call.date(), "the date of the call");
        String time = call.time() == null ? w.missing("the time of the call") : UkFormats.TIME.format(call.time());
        w.heading("Our phone call on " + date);
        StringBuilder who = new StringBuilder("I spoke to ").append(w.need(call.spokeTo(),
                "the name of the person you spoke to"));
        if (!call.team().isEmpty()) {
            who.append(" of the ").append(call.team()).append(" team");
        }
        if (!call.staffId().isEmpty()) {
            who.append(" (staff ID ").append(call.staffId()).append(")");
        }
        w.paragraph("I am writing to confirm what was said when I phoned the Child Maintenance Service on " + date
                + " at " + time + ". " + who + ".");
        w.subHeading("What was said");
        w.paragraph(Text.sentence(w.need(call.whatWasSaid(), "what was said on the call")));
        if (!call.promised().isEmpty()) {
            w.subHeading("What you said you would do");
            String by = call.promisedBy() == null ? "" : " by " + w.date(call.promisedBy());
            w.paragraph("I was told that the CMS would " + trimEnd(call.promised()) + by + ".");
        }
        String replyBy = w.replyBy();
        w.subHeading("What I am asking you to do");
        w.paragraph("Please add this letter to my case file as the record of the call. If you think any of it is "
                + "wrong, tell me in writing by " + replyBy + ". If I do not hear from you by then, I will "
                + "take it that you agree this is a true record.");
        return w.finish();
    }

    /** The parent may type "call me back." with its own full stop; the sentence adds one. */
    private static String trimEnd(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
