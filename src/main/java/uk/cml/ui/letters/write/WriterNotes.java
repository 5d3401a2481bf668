package uk.cml.ui.letters.write;

import java.util.List;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.RecipientRole;
import uk.cml.ui.common.Messages;

/**
 * The short notes the Write a letter page shows beside its choices, worked out without a window: why the letter is
 * sent to the address it is, and that a complaint may cross the reply to a letter still within its reply date.
 */
final class WriterNotes {

    private WriterNotes() {
    }

    /**
     * Why this letter goes where it does, from what chooses its address ({@link LetterTemplate#recipientFrom}, then
     * {@link LetterTemplate#recipientRole(LetterFacts)}), naming the address-book entries as the parent keeps them. A
     * reviewer saw the letter confirming a call go to PO Box 249, Mitcheldean, and the complaint and enforcement
     * request to CMS 21, Wolverhampton, with nothing to say why: Citizens Advice gives Wolverhampton for when the
     * parent is not happy with how the CMS is collecting, and Mitcheldean for telling it of missed payments. Empty for
     * a letter to the other parent, or when the address book has no entry for the role.
     */
    static Optional<String> addressWhy(LetterTemplate template, LetterFacts facts, List<RecipientChoice> all) {
        if (template.recipientFrom(facts).isPresent()) {
            return Optional.of(Messages.text("letters.writerNotes.addressAsChased"));
        }
        RecipientRole role = template.recipientRole(facts);
        Optional<String> general = place(all, RecipientRole.CMS_GENERAL);
        Optional<String> collection = place(all, RecipientRole.CMS_COLLECTION);
        return switch (role) {
            case CMS_COLLECTION -> collection.map(c -> general
                    .map(g -> Messages.text("letters.writerNotes.addressCollectionAndOther", c, g))
                    .orElseGet(() -> Messages.text("letters.writerNotes.addressCollection", c)));
            case CMS_GENERAL -> general.map(g -> collection
                    .map(c -> Messages.text("letters.writerNotes.addressGeneralAndCollection", g, c))
                    .orElseGet(() -> Messages.text("letters.writerNotes.addressGeneral", g)));
            case ICE -> place(all, RecipientRole.ICE).map(i -> Messages.text("letters.writerNotes.addressIce", i));
            case OTHER_PARENT -> Optional.empty();
        };
    }

    /**
     * "Child Maintenance Service 21, Wolverhampton": the entry's name and town (the line before the postcode), short
     * enough to read beside "Send to", which shows the whole address.
     */
    private static Optional<String> place(List<RecipientChoice> all, RecipientRole role) {
        return all.stream().filter(c -> c.to().equals(Optional.of(role))).findFirst().map(c -> {
            List<String> lines = c.contact().addressLines();
            String town = lines.size() > 1 ? lines.get(lines.size() - 2) : "";
            // "Service 21" on one line: "21," alone began the next at 1024 wide (KeptTogether).
            String name = uk.cml.ui.common.KeptTogether.shortNumbers(c.contact().name());
            return town.isEmpty() ? name : name + ", " + town;
        });
    }

    /**
     * A complaint begun while a letter posted to the CMS still has its reply date to come: a reviewer could draft the
     * complaint the day the first written request was posted, weeks before its reply was due, with no word. Not a
     * reason to wait: the parent may complain now, but the CMS may answer the letter first.
     */
    static Optional<String> complaintMayCross(LetterTemplate template, LetterFacts facts) {
        if (template != LetterTemplates.COLLECTION_COMPLAINT) {
            return Optional.empty();
        }
        return facts.repliesAwaited().cmsAsked()
                .filter(asked -> !asked.replyBy().isBefore(facts.letterDate()))
                .map(asked -> Messages.text("letters.writerNotes.complaintMayCross",
                        UkFormats.SHORT_DATE.format(asked.postedOn()), UkFormats.SHORT_DATE.format(asked.replyBy())));
    }
}
