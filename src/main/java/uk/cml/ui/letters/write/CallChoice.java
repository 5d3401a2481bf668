package uk.cml.ui.letters.write;

import java.util.Objects;
import uk.cml.letters.templates.CallDetails;

/**
 * A logged call offered in the writer's "Which call" list for the letter confirming a call: its id, how the list
 * names it ("20 Nov 2026, 14:05: I called the CMS (Priya)"), and what the letter quotes from it.
 */
public record CallChoice(long id, String label, CallDetails details) {

    public CallChoice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(details, "details");
    }

    @Override
    public String toString() {
        return label;
    }
}
