package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.letters.LetterBlock;

/**
 * Writes a template's body while noting every fact it asked for but did not get. A template asks for a fact once,
 * where it prints it, so "what is missing" can never drift from what the letter says.
 */
final class DraftWriter {

    private final LetterTemplate template;
    private final LetterFacts facts;
    private final List<LetterBlock> blocks = new ArrayList<>();
    private final List<String> enclosures = new ArrayList<>();
    private final Set<MissingFact> missing = new LinkedHashSet<>();
    private final List<Warning> warnings = new ArrayList<>();
    private String heading = "";
    private Optional<LocalDate> replyBy = Optional.empty();
    private Optional<String> complaintOffered = Optional.empty();
    private boolean postingOffered;

    DraftWriter(LetterTemplate template, LetterFacts facts) {
        this.template = template;
        this.facts = facts;
        missing.addAll(LetterFrame.missingCommon(template.recipientRole(), facts));
    }

    LetterFacts facts() {
        return facts;
    }

    /** The text, or the marker for the missing fact when there is none. */
    String need(String value, String field) {
        if (Text.blank(value)) {
            return missing(field);
        }
        return value.strip();
    }

    String needDate(LocalDate date, String field) {
        return date == null ? missing(field) : UkFormats.shortDate(date);
    }

    String needMoney(Money amount, String field) {
        return amount == null ? missing(field) : amount.format();
    }

    String missing(String field) {
        MissingFact fact = new MissingFact(field);
        missing.add(fact);
        return fact.marker();
    }

    /** The other parent's name, which most letters use. */
    String otherParent() {
        return need(facts.caseDetails().otherParentName(), "the other parent's name");
    }

    /** "my children Mia and Leo", "my daughter Mia" style phrases are guesses; this says "my children" or names. */
    String children() {
        List<String> names = facts.caseDetails().childrenFirstNames();
        if (names.isEmpty()) {
            return "my children";
        }
        return (names.size() == 1 ? "my child " : "my children ") + Text.joinAnd(names);
    }

    String date(LocalDate date) {
        return UkFormats.shortDate(date);
    }

    /** Prints the date the letter asks for a reply by, noting it so the letters log watches the same date. */
    String replyBy(LocalDate date) {
        replyBy = Optional.of(date);
        return date(date);
    }

    DraftWriter heading(String text) {
        heading = text;
        return this;
    }

    /**
     * The first paragraph: who is writing, for an organisation, and why. {@code why} follows
     * "I am writing", for example "to ask you to move my case". The CMS reference and National Insurance number are
     * not repeated here: {@link LetterFrame} prints them in bold just above the heading, where the CMS looks for them.
     */
    DraftWriter opening(String why) {
        StringBuilder text = new StringBuilder();
        if (template.recipientRole().isOrganisation()) {
            String name = need(facts.parent().name(), "your name");
            // The roles the CMS's own records hold, true whatever has or has not been paid ("I receive child
            // maintenance from" is false when nothing arrives, and the paying parent may have died).
            boolean died = facts.caseDetails().otherParentDiedOn().isPresent();
            text.append("My name is ").append(name).append(". I am the receiving parent for ").append(children())
                    .append(", and ").append(otherParent()).append(died ? " was" : " is")
                    .append(" the paying parent. ");
        }
        String reason = why.strip();
        // A reason ending in a colon leads into the list after it, and is kept on the page with its start.
        text.append("I am writing ").append(reason).append(reason.endsWith(".") || reason.endsWith(":") ? "" : ".");
        return paragraph(text.toString());
    }

    /** The numbered requests, boxed under the heading on page 1 whatever order the template adds blocks in. */
    DraftWriter requests(List<String> items) {
        blocks.add(0, new LetterBlock.RequestBox(REQUESTS_TITLE, items));
        return this;
    }

    static final String REQUESTS_TITLE = "What I am asking you to do";

    DraftWriter paragraph(String text) {
        blocks.add(new LetterBlock.Paragraph(text));
        return this;
    }

    DraftWriter subHeading(String text) {
        blocks.add(new LetterBlock.SubHeading(text));
        return this;
    }

    DraftWriter bullets(List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new LetterBlock.BulletList(items));
        }
        return this;
    }

    DraftWriter table(LetterBlock.Table table) {
        blocks.add(table);
        return this;
    }

    DraftWriter enclosure(String text) {
        enclosures.add(text);
        return this;
    }

    DraftWriter warn(String message) {
        warnings.add(new Warning(message));
        return this;
    }

    /**
     * The sentence saying what the parent will do if the CMS does not act (a complaint, or taking theirs further),
     * when they chose to say it ({@link LetterChoices#sayComplaint}), with a space before it; otherwise nothing. The
     * page offers the choice, showing these words, whenever a letter has such a sentence to add.
     */
    String ifComplaintChosen(String sentence) {
        complaintOffered = Optional.of(sentence.strip());
        return facts.choices().sayComplaint() ? " " + sentence.strip() : "";
    }

    /** How the letter will be posted, for the dates it counts from when the CMS receives it; the page asks. */
    uk.cml.domain.correspondence.PostingMethod postedBy() {
        postingOffered = true;
        return facts.choices().postedBy();
    }

    /** How the letter will be posted as a letter says it, "first class" or "second class"; the page asks. */
    String postedByInWords() {
        return postedBy() == uk.cml.domain.correspondence.PostingMethod.SECOND_CLASS ? "second class"
                : "first class";
    }

    LetterDraft finish() {
        return new LetterDraft(template.key(), heading, blocks, enclosures, List.copyOf(missing), warnings, replyBy,
                new LetterDraft.Offers(complaintOffered, postingOffered));
    }
}
