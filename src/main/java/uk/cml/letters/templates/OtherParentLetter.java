package uk.cml.letters.templates;

import java.util.List;
import uk.cml.domain.caseinfo.Arrangement;

/**
 * 12. To the other parent under a private arrangement: the missed payments and a request to pay or agree a plan.
 * The CMS cannot collect arrears from a private arrangement, so this letter is the parent's own way to ask.
 */
final class OtherParentLetter implements LetterTemplate {

    @Override
    public String key() {
        return "other-parent";
    }

    @Override
    public String title() {
        return "Write to the other parent about missed payments";
    }

    @Override
    public String fileTitle() {
        return "Letter to other parent about missed payments";
    }

    @Override
    public RecipientRole recipientRole() {
        return RecipientRole.OTHER_PARENT;
    }

    @Override
    public LetterDraft draft(LetterFacts facts) {
        DraftWriter w = new DraftWriter(this, facts);
        ArrearsDetails arrears = facts.arrears();
        if (facts.caseDetails().arrangement() != Arrangement.PRIVATE) {
            w.warn("This letter is for a private arrangement. Your case is on "
                    + facts.caseDetails().arrangement().label() + ", so tell the CMS about missed payments too.");
        }
        String children = Text.joinAnd(facts.caseDetails().childrenFirstNames());
        String ours = w.children().replaceFirst("^my ", "our ");
        w.heading(children.isEmpty() ? "Child maintenance" : "Child maintenance for " + children);
        String total = arrears.hasShortLines() ? arrears.shortTotal().format()
                : w.missing("the missed or part payments");
        String by = w.date(Deadlines.requestReplyBy(facts.letterDate()));
        w.opening("about the child maintenance we agreed you would pay for " + ours + ", because some of it has "
                + "not been paid");
        w.requests(List.of("Pay the " + total + " you owe by " + by + ".",
                "If you cannot pay it all at once, contact me by " + by + " so we can agree a plan to pay it off "
                        + "as well as the regular payments."));
        if (arrears.hasShortLines()) {
            w.paragraph(ArrearsAnnex.missedSentence(arrears.shortLines()) + " They are listed below. In total you "
                    + "owe " + total + ".");
            w.table(ArrearsAnnex.table(arrears.shortLines()));
        }
        w.paragraph("If I do not hear from you by " + by + ", I will ask the Child Maintenance Service to arrange "
                + "maintenance from now on.");
        return w.finish();
    }
}
