package uk.cml.ui.letters;

import java.time.Clock;
import uk.cml.ui.PageHarness;

/** The Letters page over a {@link PageHarness}'s records, as the app wires it, for the tests that drive it alone. */
final class LettersPages {

    private LettersPages() {
    }

    static LettersView open(PageHarness harness, Clock clock) {
        return open(harness, clock, destination -> { });
    }

    /** @param navigator where the page's "Write..." and "Make it again" buttons go */
    static LettersView open(PageHarness harness, Clock clock, uk.cml.ui.shell.Navigator navigator) {
        return new LettersView(new LettersView.Stores(harness.services.sentLetters, harness.services.receivedLetters,
                harness.services.documents, harness.services.addressBook, harness.services.standing,
                harness.services.calls, harness.services.payments::plans),
                harness.services.calendar,
                harness.background, clock, harness.currentCase, harness.picker(), navigator);
    }
}
