package uk.cml.letters.templates;

import java.util.ArrayList;
import java.util.List;
import uk.cml.domain.UkFormats;
import uk.cml.letters.LetterDocument;
import uk.cml.letters.PdfMetadata;
import uk.cml.letters.Sender;

/**
 * The parts every letter shares: sender, recipient, references, salutation and sign-off, footer and PDF properties.
 * Kept in one place so the twelve templates only say what is particular to them.
 */
public final class LetterFrame {

    private LetterFrame() {
    }

    /** Builds the printed letter from a draft, which the parent may have edited. */
    public static LetterDocument compose(LetterTemplate template, LetterFacts facts, LetterDraft draft) {
        RecipientRole role = template.recipientRole();
        LetterFacts.Contact me = facts.parent();
        LetterDocument.Builder letter = LetterDocument.builder()
                .sender(sender(role, facts))
                .date(facts.letterDate())
                .recipient(recipientLines(role, facts));
        String reference = facts.caseDetails().cmsReference().map(r -> r.grouped()).orElse("");
        if (role.isOrganisation()) {
            letter.reference("CMS reference", orMarker(reference, REFERENCE_FIELD));
            // Never to the other parent, whatever letter it is.
            if (!facts.niNumber().isEmpty() && !RecipientFit.toOtherParent(role, facts)) {
                letter.reference("National Insurance number", facts.niNumber());
            }
            letter.salutation("Dear Sir or Madam").signOff("Yours faithfully");
        } else {
            letter.salutation("Dear " + Text.firstName(facts.caseDetails().otherParentName())).signOff("Yours sincerely");
        }
        letter.heading(draft.heading());
        draft.body().forEach(letter::block);
        draft.enclosures().forEach(letter::enclosure);
        String footer = role.isOrganisation() && !reference.isEmpty() ? "CMS reference " + reference
                : "Letter from " + me.name() + ", " + UkFormats.shortDate(facts.letterDate());
        return letter.signerName(me.name())
                .footer(footer)
                .metadata(new PdfMetadata(template.nameFor(draft.heading()), me.name(),
                        template.nameFor(draft.heading()),
                        "child maintenance" + (reference.isEmpty() ? "" : ", CMS " + reference)))
                .build();
    }

    /**
     * The parent, top right. To the other parent, when the parent keeps their address private, only their name and
     * a line saying to reply through the CMS: no address, postcode, phone or email.
     */
    static Sender sender(RecipientRole role, LetterFacts facts) {
        LetterFacts.Contact me = facts.parent();
        String name = orMarker(me.name(), "your name");
        if (!hidesMyAddress(role, facts)) {
            return new Sender(name, me.addressLines(), me.phone(), me.email());
        }
        List<String> lines = new ArrayList<>(List.of("Address withheld"));
        if (repliesThroughTheCms(role, facts)) {
            lines.add("Please reply through the Child Maintenance Service");
            lines.add("CMS reference " + facts.caseDetails().cmsReference().get().grouped());
        }
        return new Sender(name, lines);
    }

    /**
     * The letter keeps the parent's address, phone and email from the other parent and asks for replies through the
     * CMS, which it can only when the case has a CMS reference: the one test for the letterhead and for a letter's
     * words about how to reach the parent.
     */
    static boolean repliesThroughTheCms(RecipientRole role, LetterFacts facts) {
        return hidesMyAddress(role, facts) && facts.caseDetails().cmsReference().isPresent();
    }

    /**
     * True when the letter goes to the other parent (the letter to them, or any letter sent to them:
     * {@link RecipientFit#toOtherParent}) and the parent keeps their address private from them.
     */
    public static boolean hidesMyAddress(RecipientRole role, LetterFacts facts) {
        return facts.caseDetails().addressPrivate() && RecipientFit.toOtherParent(role, facts);
    }

    /** The recipient chosen, or for the other parent their name and address from the case. */
    public static List<String> recipientLines(RecipientRole role, LetterFacts facts) {
        LetterFacts.Contact to = facts.recipient();
        if (to.isEmpty() && role == RecipientRole.OTHER_PARENT) {
            to = new LetterFacts.Contact(facts.caseDetails().otherParentName(), facts.caseDetails().otherParentAddress());
        }
        List<String> lines = new ArrayList<>();
        lines.add(orMarker(to.name(), MISSING_RECIPIENT_NAME));
        if (to.addressLines().isEmpty()) {
            lines.add(new MissingFact(MISSING_RECIPIENT_ADDRESS).marker());
        } else {
            lines.addAll(to.addressLines());
        }
        return lines;
    }

    private static final String REFERENCE_FIELD = "your 12-digit CMS reference";
    /** The case's CMS reference, missing: added on the Case page, never typed in the letter. */
    public static final MissingFact MISSING_REFERENCE = new MissingFact(REFERENCE_FIELD);
    private static final String MISSING_RECIPIENT_NAME = "who the letter is to";
    private static final String MISSING_RECIPIENT_ADDRESS = "the address to send it to";

    /**
     * The shared facts a letter cannot go without (name, address, reference, recipient). They are printed by the
     * frame, not the body, so the parent fills them in the case or address book rather than in a paragraph.
     */
    public static List<MissingFact> missingCommon(RecipientRole role, LetterFacts facts) {
        List<MissingFact> missing = new ArrayList<>();
        if (Text.blank(facts.parent().name())) {
            missing.add(new MissingFact("your name"));
        }
        if (facts.parent().addressLines().isEmpty() && !hidesMyAddress(role, facts)) {
            missing.add(new MissingFact("your address"));
        }
        if (lacksReference(role, facts)) {
            missing.add(MISSING_REFERENCE);
        }
        for (String line : recipientLines(role, facts)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                missing.add(new MissingFact(line.substring(1, line.length() - 1)));
            }
        }
        return missing;
    }

    /**
     * Whether the letter needs the case's CMS reference and the case has none yet (the parent chose to add it later):
     * it is added on the Case page, not typed in the letter, so the writer says where.
     */
    public static boolean lacksReference(RecipientRole role, LetterFacts facts) {
        return role.isOrganisation() && facts.caseDetails().cmsReference().isEmpty();
    }

    private static String orMarker(String value, String field) {
        return Text.blank(value) ? new MissingFact(field).marker() : value;
    }
}
