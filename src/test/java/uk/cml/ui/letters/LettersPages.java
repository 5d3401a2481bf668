package uk.cml.ui.letters;

import java.time.Clock;
import uk.cml.ui.PageHarness;

/** The Letters page over a {@link PageHarness}'s records, as the app wires it, for the tests that drive it alone. */
final class LettersPages {

    private LettersPages() {
    }

    static LettersView open(PageHarness harness, Clock clock) {
        return new LettersView(new LettersView.Stores(harness.services.sentLetters, harness.services.receivedLetters,
                harness.services.documents, harness.services.addressBook, harness.services.standing),
                harness.services.calendar,
                harness.background, clock, harness.currentCase, harness.picker(), destination -> { });
    }
}
