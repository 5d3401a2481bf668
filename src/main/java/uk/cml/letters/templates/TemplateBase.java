package uk.cml.letters.templates;

/**
 * What every letter template has besides its wording: its key, the names the parent sees, whom it goes to, and
 * a {@link DraftWriter} to write with. A template only writes its letter ({@link #write}).
 */
abstract class TemplateBase implements LetterTemplate {

    private record Names(String key, String title, String fileTitle, RecipientRole recipientRole) {
    }

    private final Names names;

    TemplateBase(String key, String title, String fileTitle, RecipientRole recipientRole) {
        this.names = new Names(key, title, fileTitle, recipientRole);
    }

    /** Writes the letter from the facts, noting what is missing, and returns {@code w.finish()}. */
    abstract LetterDraft write(DraftWriter w, LetterFacts facts);

    @Override
    public final LetterDraft draft(LetterFacts facts) {
        // A letter that goes to the other parent never prints the parent's National Insurance number.
        LetterFacts safe = RecipientFit.toOtherParent(recipientRole(), facts) && !facts.niNumber().isEmpty()
                ? facts.toBuilder().niNumber("").build() : facts;
        return write(new DraftWriter(this, safe), safe);
    }

    @Override
    public final String key() {
        return names.key();
    }

    @Override
    public final String title() {
        return names.title();
    }

    @Override
    public final String fileTitle() {
        return names.fileTitle();
    }

    @Override
    public final RecipientRole recipientRole() {
        return names.recipientRole();
    }
}
