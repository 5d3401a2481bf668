package uk.cml.letters.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.time.LocalDate;
import uk.cml.letters.LetterBlock;

/**
 * A template's text for one set of facts, before the common parts (addresses, references, sign-off) are added.
 * The parent may edit any block; {@link #unresolved()} then says which missing facts are still not filled in.
 *
 * @param replyBy the reply-by date the body prints, from {@link ReplyDates}; empty when it asks for none
 * @param offers  the choices the letter offers the parent ({@link Offers}): what each would add or change
 */
public record LetterDraft(String templateKey, String heading, List<LetterBlock> body, List<String> enclosures,
        List<MissingFact> missing, List<Warning> warnings, Optional<LocalDate> replyBy, Offers offers) {

    /**
     * What the parent may choose for this letter ({@link LetterChoices}).
     *
     * @param complaint the words the letter adds when the parent chooses to say they will complain ("If nothing has
     *                  been done by then, I will make a formal complaint."); empty when the letter offers none
     * @param posting   the letter's printed dates count from how it will be posted, so the page asks
     */
    public record Offers(Optional<String> complaint, boolean posting) {
        public static final Offers NONE = new Offers(Optional.empty(), false);

        public Offers {
            complaint = Objects.requireNonNullElse(complaint, Optional.empty());
        }
    }

    public LetterDraft {
        heading = Objects.requireNonNullElse(heading, "");
        body = List.copyOf(body);
        enclosures = List.copyOf(enclosures);
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
        replyBy = Objects.requireNonNullElse(replyBy, Optional.empty());
        offers = Objects.requireNonNullElse(offers, Offers.NONE);
    }

    public LetterDraft(String templateKey, String heading, List<LetterBlock> body, List<String> enclosures,
            List<MissingFact> missing, List<Warning> warnings) {
        this(templateKey, heading, body, enclosures, missing, warnings, Optional.empty(), Offers.NONE);
    }

    /** The same draft with the parent's heading and blocks, keeping what the template noted. */
    public LetterDraft edited(String newHeading, List<LetterBlock> newBody) {
        return new LetterDraft(templateKey, newHeading, newBody, enclosures, missing, warnings, replyBy, offers);
    }

    /** The same draft with one block replaced, as the parent edits a paragraph. */
    public LetterDraft withBlock(int index, LetterBlock block) {
        List<LetterBlock> edited = new ArrayList<>(body);
        edited.set(index, block);
        return new LetterDraft(templateKey, heading, edited, enclosures, missing, warnings, replyBy, offers);
    }

    /**
     * Missing facts whose marker is still in the body: the parent has neither given the fact nor typed it in.
     * Facts printed outside the body (see {@link LetterFrame#missingCommon}) are checked there.
     */
    public List<MissingFact> unresolved() {
        String text = allText();
        return missing.stream().filter(m -> text.contains(m.marker())).toList();
    }

    /** Every word of the draft, for checks and searches. */
    public String allText() {
        StringBuilder all = new StringBuilder(heading).append('\n');
        for (LetterBlock block : body) {
            if (block instanceof LetterBlock.Paragraph p) {
                all.append(p.text());
            } else if (block instanceof LetterBlock.SubHeading s) {
                all.append(s.text());
            } else if (block instanceof LetterBlock.RequestBox r) {
                all.append(r.title()).append('\n').append(String.join("\n", r.items()));
            } else if (block instanceof LetterBlock.BulletList b) {
                all.append(String.join("\n", b.items()));
            } else if (block instanceof LetterBlock.Table t) {
                t.rows().forEach(row -> all.append(String.join(" ", row)).append('\n'));
            }
            all.append('\n');
        }
        enclosures.forEach(e -> all.append(e).append('\n'));
        return all.toString();
    }
}
