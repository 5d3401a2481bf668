package uk.cml.letters.templates;

import java.time.LocalDate;

/** 8. Replies to a CMS proposal to write off arrears. The parent has 30 days to say why the money is still needed. */
final class WriteOffReplyLetter implements LetterTemplate {

    @Override
    public String key() {
        return "write-off-reply";
    }

    @Override
    public String title() {
        return "Reply to a proposal to write off arrears";
    }

    @Override
    public String fileTitle() {
        return "Reply to CMS about writing off arrears";
    }

    @Override
    public RecipientRole recipientRole() {
        return RecipientRole.CMS_GENERAL;
    }

    @Override
    public LetterDraft draft(LetterFacts facts) {
        DraftWriter w = new DraftWriter(this, facts);
        WriteOffDetails d = facts.writeOff().orElse(new WriteOffDetails(null, null, "", ""));
        String proposed = w.needDate(d.proposalDate(), "the date of the CMS letter about writing off arrears");
        if (d.proposalDate() != null) {
            LocalDate limit = ReplyDates.writeOffLimit(d.proposalDate()).counted();
            if (facts.letterDate().isAfter(limit)) {
                w.warn("The 30 days to reply ended on " + w.date(limit) + ". Send it at once and ask the CMS to "
                        + "take your reply into account anyway.");
            } else if (!facts.letterDate().isBefore(limit.minusDays(7))) {
                w.warn("The 30 days to reply end on " + w.date(limit) + ". Post it today, with a certificate of "
                        + "posting.");
            }
        }
        w.heading("Your letter of " + proposed + ": please do not write off my arrears");
        String amount = d.amount() == null ? "the arrears" : d.amount().format() + " of arrears";
        w.paragraph("You wrote to me on " + proposed + " to say you may write off " + amount + " owed by "
                + w.otherParent() + ". I do not agree. Please do not write them off.");
        w.subHeading("Why I still need this money");
        w.paragraph(Text.sentence(w.need(d.whyStillNeeded(), "why you still need the money")));
        if (!facts.effectOnChild().isEmpty()) {
            w.bullets(facts.effectOnChild().stream().map(Text::sentence).toList());
        }
        if (!d.estateContact().isEmpty()) {
            w.subHeading("Who is dealing with the estate");
            w.paragraph("The person dealing with the estate is " + Text.sentence(d.estateContact())
                    + " Please ask them to pay the arrears from the estate.");
        }
        w.subHeading("What I am asking you to do");
        String within = d.proposalDate() == null ? "" : " I am replying within the 30 days you allowed, which end on "
                + w.date(ReplyDates.writeOffLimit(d.proposalDate()).counted()) + ".";
        w.paragraph("Please keep the arrears on my case and carry on trying to collect them. Please take this "
                + "reply into account and tell me your decision in writing." + within);
        return w.finish();
    }
}
