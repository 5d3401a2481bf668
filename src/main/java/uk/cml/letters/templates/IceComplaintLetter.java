package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.calendar.DueDate;
import uk.cml.domain.standing.ComplaintPosition;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * 7. A complaint to the Independent Case Examiner. ICE looks only at complaints the CMS has given a final response
 * to, and only within 6 months of it, so the parent is warned as that limit nears or passes.
 */
final class IceComplaintLetter extends TemplateBase {

    IceComplaintLetter() {
        super("ice-complaint", "Complain to the Independent Case Examiner", "Complaint to ICE", RecipientRole.ICE);
    }

    static final int WARN_WEEKS_BEFORE = 4;

    @Override
    public boolean claimsMoneyLost() {
        return true;
    }

    /**
     * ICE looks at a complaint only after the CMS's final response to it (cms-facts): the records must hold that
     * response, as the Where things stand page reads it ({@link ComplaintPosition}), or the writer was begun from it.
     * Otherwise "I have been through the CMS complaints process" is untrue, however the date is filled in.
     */
    @Override
    public Optional<String> doesNotFit(LetterFacts facts) {
        ComplaintPosition position = facts.reports().onRecord();
        if (position.finalResponse().isPresent() || facts.reports().complaint().finalResponse().isPresent()
                || ComplaintParts.of(facts).finalResponseOn() != null) {
            return Optional.empty();
        }
        if (!position.made()) {
            return Optional.of("You have no complaint logged: the Independent Case Examiner looks at a complaint only "
                    + "after the CMS's final response to it. To complain to the CMS first, choose \""
                    + LetterTemplates.COLLECTION_COMPLAINT.title() + "\".");
        }
        return Optional.of("Your records hold no final response from the CMS to your complaint"
                + position.complainedOn().map(day -> " of " + UkFormats.shortDate(day)).orElse("")
                + ". The Independent Case Examiner looks at a complaint only after it. When it comes, log it on the "
                + "Letters page as a reply to your letter and answer Yes to \"Does this letter say it is the CMS's "
                + "final response to your complaint?\".");
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        ComplaintDetails c = ComplaintParts.of(facts);
        // The date typed, else the final response the records hold (as Where it stands reads it): a logged final
        // response is never left as a gap for the parent to fill in.
        LocalDate responseOn = c.finalResponseOn() != null ? c.finalResponseOn()
                : facts.reports().complaint().finalResponse().orElse(null);
        String finalResponse = w.needDate(responseOn, "the date of the CMS final response");
        if (responseOn != null) {
            warnAboutTimeLimit(w, facts.deadlines(), responseOn, facts.letterDate());
        }
        w.heading(fileTitle());
        ComplaintStep.warnIfNotNext(w, facts.reports().complaint(), Step.ICE);
        w.opening("to ask you to investigate my complaint about the Child Maintenance Service (CMS). I have been "
                + "through the CMS complaints process, and the CMS sent me its final response on " + finalResponse
                + (c.holds(ComplaintDetails.Kept.FINAL_RESPONSE) ? ". A copy is enclosed" : ""));
        if (responseOn != null) {
            // The limit's own end, which is what ICE counts; the page and the warning name the day to post by.
            LocalDate limit = facts.deadlines().iceLimit(responseOn).counted();
            String months = Deadlines.months(facts.deadlines().iceMonths());
            w.paragraph(facts.letterDate().isAfter(limit)
                    ? "The " + months + " you allow after a final response ended on " + w.date(limit) + ". I am "
                    + "writing late because " + w.missing("why your complaint to ICE is late")
                    : "You look at complaints made within " + months + " of the final response. Those " + months
                    + " end on " + w.date(limit) + ".");
        }
        w.requests(List.of("Investigate my complaint about the CMS, set out in this letter.",
                "Confirm by " + w.replyBy(facts.deadlines().requestReplyBy(facts.letterDate()))
                        + " that you have received my complaint.",
                "Recommend what the CMS should do to put things right. What I would like is set out under "
                        + "\"What I would like the CMS to do\"."));
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
        // Left empty, the app cannot know that none are needed: the parent says so.
        about.add("Adjustments I need: " + w.need(c.adjustments(), "any adjustments you need, or none"));
        w.bullets(about);
        // What happened and what went wrong as typed, or else as the complaint letter on record says them (the one
        // ICE is asked about).
        ComplaintPosition position = facts.reports().complaint();
        ComplaintParts.whatHappened(w, c, c.complainedOn() == null ? Optional.empty()
                : ComplaintParts.happened(w, c, position, w.date(c.complainedOn())),
                c.complainedOn() == null ? c.whatWentWrong()
                : ComplaintParts.wentWrong(w, c, position, w.date(c.complainedOn())));
        // The effect on the children as that complaint says it, when it is the one ICE is asked about.
        if (c.complainedOn() == null) {
            ComplaintParts.effectOnChildren(w);
        } else {
            ComplaintParts.effectFromComplaint(w, c, position, w.date(c.complainedOn()));
        }
        ComplaintParts.moneyLost(w);
        w.subHeading("What I would like the CMS to do");
        w.bullets(ComplaintParts.remedies(w, c));
        w.paragraph("I give you permission to see my CMS records for this complaint.");
        w.paragraph("If I am not satisfied with the outcome of your investigation, I will ask my MP to refer my "
                + "complaint to the Parliamentary and Health Service Ombudsman.");
        Enclosures.ifKept(w, c.holds(ComplaintDetails.Kept.FINAL_RESPONSE),
                "Copy of the CMS final response of " + finalResponse, "the CMS final response of " + finalResponse,
                Enclosures.From.CMS);
        if (c.complainedOn() != null) {
            String complained = w.date(c.complainedOn());
            Enclosures.ifKept(w, c.holds(ComplaintDetails.Kept.COMPLAINT), "Copy of my complaint to the CMS of "
                    + complained, "your complaint of " + complained, Enclosures.From.PARENT);
        }
        facts.earlierLetter().ifPresent(earlier -> Enclosures.earlierLetter(w, earlier));
        return w.finish();
    }

    private static void warnAboutTimeLimit(DraftWriter w, Deadlines deadlines, LocalDate finalResponse,
            LocalDate letterDate) {
        DueDate limit = deadlines.iceLimit(finalResponse);
        String months = Deadlines.months(deadlines.iceMonths());
        if (letterDate.isAfter(limit.counted())) {
            w.warn("The " + months + " for a complaint to the Independent Case Examiner ended on "
                    + w.date(limit.counted()) + ". ICE may not look at it now. You can still send it and explain why "
                    + "it is late, or ask your MP for help.");
        } else if (!letterDate.isBefore(limit.date().minusWeeks(WARN_WEEKS_BEFORE))) {
            w.warn("Send this soon: ICE must get your complaint by " + w.date(limit.counted()) + ", " + months
                    + " after the CMS final response." + deadlines.postBy(w, limit, "ICE", letterDate) + " Get a certificate of "
                    + "posting, or use Special Delivery.");
        }
    }
}
