package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 7. A complaint to the Independent Case Examiner. ICE looks only at complaints the CMS has given a final response
 * to, and only within 6 months of it, so the parent is warned as that limit nears or passes.
 */
final class IceComplaintLetter implements LetterTemplate {

    static final int WARN_WEEKS_BEFORE = 4;

    @Override
    public String key() {
        return "ice-complaint";
    }

    @Override
    public String title() {
        return "Complain to the Independent Case Examiner";
    }

    @Override
    public String fileTitle() {
        return "Complaint to ICE";
    }

    @Override
    public RecipientRole recipientRole() {
        return RecipientRole.ICE;
    }

    @Override
    public LetterDraft draft(LetterFacts facts) {
        DraftWriter w = new DraftWriter(this, facts);
        ComplaintDetails c = ComplaintParts.of(facts);
        String finalResponse = w.needDate(c.finalResponseOn(), "the date of the CMS final response");
        if (c.finalResponseOn() != null) {
            warnAboutTimeLimit(w, c.finalResponseOn(), facts.letterDate());
        }
        w.heading("COMPLAINT ABOUT THE CHILD MAINTENANCE SERVICE");
        w.paragraph("Please look into my complaint about the Child Maintenance Service (CMS). I have been through "
                + "the CMS complaints process. The CMS sent me its final response on " + finalResponse
                + ". A copy is enclosed.");
        w.subHeading("About me");
        LetterFacts.Contact me = facts.parent();
        List<String> about = new ArrayList<>();
        about.add("Name: " + me.name());
        about.add("Address: " + String.join(", ", me.addressLines()));
        if (!facts.niNumber().isEmpty()) {
            about.add("National Insurance number: " + facts.niNumber());
        }
        about.add("Phone: " + w.need(me.phone(), "your phone number"));
        if (!me.email().isEmpty()) {
            about.add("Email: " + me.email());
        }
        about.add("How I would like you to contact me: " + w.need(c.contactPreference(), "how ICE should contact you"));
        about.add("Adjustments I need: " + (c.adjustments().isEmpty() ? "none" : c.adjustments()));
        w.bullets(about);
        ComplaintParts.whatHappened(w, c);
        ComplaintParts.effectOnChildren(w);
        ComplaintParts.whatIWant(w, c);
        w.paragraph("I give you permission to see my CMS records for this complaint. Please write to me by "
                + w.replyBy() + " to confirm you have received it.");
        w.enclosure("Copy of the CMS final response of " + finalResponse);
        facts.earlierLetter().ifPresent(earlier -> w.enclosure("Copy of my letter of " + w.date(earlier.date())));
        return w.finish();
    }

    private static void warnAboutTimeLimit(DraftWriter w, LocalDate finalResponse, LocalDate letterDate) {
        LocalDate limit = ReplyDates.iceLimit(finalResponse).counted();
        if (letterDate.isAfter(limit)) {
            w.warn("The 6 months for a complaint to the Independent Case Examiner ended on " + w.date(limit)
                    + ". ICE may not look at it now. You can still send it and explain why it is late, or ask your "
                    + "MP for help.");
        } else if (!letterDate.isBefore(limit.minusWeeks(WARN_WEEKS_BEFORE))) {
            w.warn("Send this soon: ICE must get your complaint by " + w.date(limit) + ", 6 months after the CMS "
                    + "final response. Get a certificate of posting, or use Special Delivery.");
        }
    }
}
