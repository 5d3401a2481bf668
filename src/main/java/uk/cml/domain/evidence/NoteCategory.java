package uk.cml.domain.evidence;

/**
 * What a note is for. Notes on the effect on the child (rent arrears, no money for a school uniform)
 * are kept apart because complaint letters quote them.
 */
public enum NoteCategory {
    EFFECT_ON_CHILD("Effect on the child"),
    PLAIN("Note");

    private final String label;

    NoteCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
