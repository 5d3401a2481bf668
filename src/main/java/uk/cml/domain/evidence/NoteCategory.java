package uk.cml.domain.evidence;

import uk.cml.domain.Labelled;

/**
 * What a note is for. Notes on the effect on the child (rent arrears, no money for a school uniform)
 * are kept apart because complaint letters quote them.
 */
public enum NoteCategory implements Labelled {
    EFFECT_ON_CHILD,
    PLAIN;

    @Override
    public String toString() {
        return label();
    }
}
