package uk.cml.letters.templates;

import java.util.List;
import uk.cml.domain.caseinfo.Arrangement;

/**
 * 12. To the other parent under a private arrangement: the missed payments and a request to pay or agree a plan.
 * The CMS cannot collect arrears from a private arrangement, so this letter is the parent's own way to ask.
 */
final class OtherParentLetter extends TemplateBase {

    OtherParentLetter() {
        super("other-parent", "Write to the other parent about missed payments",
                "Letter to other parent about missed payments", RecipientRole.OTHER_PARENT);
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        ArrearsDetails arrears = facts.arrears();
        if (facts.caseDetails().arrangement() != Arrangement.PRIVATE) {
            w.warn("This letter is for a private arrangement. Your case is on "
                    + facts.caseDetails().arrangement().label() + ", so tell the CMS about missed payments too.");
        }
        String children = Text.joinAnd(facts.caseDetails().childrenFirstNames());
        String ours = w.children().replaceFirst("^my ", "our ");
        w.heading(children.isEmpty() ? "Child maintenance" : "Child maintenance for " + children);
        // The whole balance, as the Overview shows it, not only what is short on the dues listed.
        String total = arrears.hasShortLines() && arrears.owedNow().isPositive() ? arrears.owedNow().format()
                : w.missing("the missed or part payments");
        String by = w.replyBy(facts.deadlines().requestReplyBy(facts.letterDate()));
        w.opening("about the child maintenance we agreed you would pay for " + ours + ", because some of it has "
                + "not been paid");
        w.requests(List.of("Pay the " + total + " you owe by " + by + ".",
                "If you cannot pay it all at once, contact me by " + by + " so we can agree a plan to pay it off "
                        + "as well as the regular payments."));
        if (arrears.hasShortLines()) {
            w.paragraph("By my records: " + ArrearsAnnex.summary(arrears) + " Each payment due since "
                    + w.date(arrears.since()) + " is listed below with what arrived for it and when.");
            w.table(ArrearsAnnex.table(arrears));
        }
        w.paragraph("If I do not hear from you by " + by + ", I will ask the Child Maintenance Service to arrange "
                + "maintenance from now on.");
        return w.finish();
    }
}
