package uk.cml.letters.templates;

import java.util.ArrayList;
import java.util.List;
import uk.cml.letters.templates.ComplaintDetails.Remedy;

/** The sections the three complaint letters share: what happened, the effect on the children, what is wanted. */
final class ComplaintParts {

    static final ComplaintDetails EMPTY = new ComplaintDetails(null, "", "", null, "", null, null, null, "", "");

    private ComplaintParts() {
    }

    static ComplaintDetails of(LetterFacts facts) {
        return facts.complaint().orElse(EMPTY);
    }

    static void whatHappened(DraftWriter w, ComplaintDetails c) {
        w.subHeading("What happened");
        String when = c.happenedOn() == null ? "" : "The problem began on " + w.date(c.happenedOn()) + ". ";
        w.paragraph(when + Text.sentence(w.need(c.whatHappened(), "what happened")));
        w.subHeading("What went wrong");
        w.paragraph(Text.sentence(w.need(c.whatWentWrong(), "what the CMS did wrong")));
    }

    /** The seed asks complaints to say how the missing money affects the child; the notes say how. */
    static void effectOnChildren(DraftWriter w) {
        w.subHeading("The effect on " + w.children());
        List<String> notes = w.facts().effectOnChild();
        if (notes.isEmpty()) {
            w.paragraph(w.missing("how the missing money affects your children"));
        } else {
            w.paragraph("Because the maintenance has not been paid:");
            w.bullets(notes.stream().map(Text::sentence).toList());
        }
    }

    static void whatIWant(DraftWriter w, ComplaintDetails c) {
        w.subHeading("What I want you to do");
        List<String> items = new ArrayList<>();
        if (c.wants().contains(Remedy.ACTION) || !c.actionWanted().isEmpty()) {
            items.add(Text.sentence(w.need(c.actionWanted(), "what you want the CMS to do")));
        }
        if (c.wants().contains(Remedy.EXPLANATION)) {
            items.add("Explain in writing why this happened.");
        }
        if (c.wants().contains(Remedy.APOLOGY)) {
            items.add("Apologise for the way my case has been handled.");
        }
        if (c.wants().contains(Remedy.COMPENSATION)) {
            items.add("Consider a consolatory payment for the distress and expense this has caused.");
        }
        if (items.isEmpty()) {
            w.paragraph(w.missing("what you want done about your complaint"));
        } else {
            w.bullets(items);
        }
    }
}
