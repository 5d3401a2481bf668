package uk.cml.letters.templates;

import java.util.List;
import java.util.Optional;
import uk.cml.letters.LetterDocument;

/**
 * One kind of letter. A template turns facts into a {@link LetterDraft} (its own wording); {@link LetterFrame}
 * adds what every letter shares. Templates are stateless and safe to share.
 */
public interface LetterTemplate {

    /** Stable key, used in ids and file names: "confirm-call". */
    String key();

    /** What the parent picks from the list: "Confirm a phone call". */
    String title();

    /**
     * The letter's name wherever it is kept: the words after the date in the file name, the PDF's title and the
     * letter's entry on the Letters page ("Complaint to CMS").
     */
    String fileTitle();

    /**
     * What a letter made from this template is called wherever it is kept (its file name after the date, the PDF's
     * title, its row on the Letters page): the heading printed in it, as the parent left it, else {@link #fileTitle()}.
     * The one rule ({@link uk.cml.domain.correspondence.LetterName}), so the printed letter, its file and its row
     * carry the same words.
     */
    default String nameFor(String heading) {
        return uk.cml.domain.correspondence.LetterName.of(heading, fileTitle());
    }

    RecipientRole recipientRole();

    /**
     * Whose address-book entry this letter is suggested to, for this case: {@link #recipientRole()} unless the
     * template chooses by the case (the enforcement request, by how maintenance is paid).
     */
    default RecipientRole recipientRole(LetterFacts facts) {
        return recipientRole();
    }

    /**
     * Whom the facts say this letter should go to, before the address book's entry for {@link #recipientRole()}: a
     * chasing letter goes where the chased letter went. Empty when the facts do not say.
     */
    default Optional<LetterFacts.Contact> recipientFrom(LetterFacts facts) {
        return Optional.empty();
    }

    LetterDraft draft(LetterFacts facts);

    /** Whether the letter claims money the parent lost because of the CMS ("Money I lost"): the complaints do. */
    default boolean claimsMoneyLost() {
        return false;
    }

    /**
     * Why this letter makes no sense for the case as it is arranged on the letter's date ("Your case moved to
     * Collect and Pay on 3 December 2026, so there is no move to ask for."), in plain words; empty when it fits.
     * The letter can be read but not made while there is a reason. Check this before making a PDF.
     */
    default Optional<String> doesNotFit(LetterFacts facts) {
        return Optional.empty();
    }

    /** What the letter needs but the facts lack, in plain words. Check this before making a PDF. */
    default List<MissingFact> missing(LetterFacts facts) {
        return draft(facts).missing();
    }

    /** The finished letter, ready for {@link uk.cml.letters.LetterPdfRenderer}. */
    default LetterDocument document(LetterFacts facts) {
        return LetterFrame.compose(this, facts, draft(facts));
    }
}
