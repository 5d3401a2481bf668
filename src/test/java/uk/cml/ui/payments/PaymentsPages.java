package uk.cml.ui.payments;

import java.util.Optional;
import uk.cml.store.ImportPayerStore;
import uk.cml.ui.AppRobot;
import uk.cml.ui.PageHarness;
import uk.cml.ui.shell.Navigator;

/**
 * The Payments page over a {@link PageHarness}'s records, as the app wires it (on {@link AppRobot#CLOCK}, no bank
 * file chosen to import, no file opened), for the tests that drive it alone.
 */
final class PaymentsPages {

    private PaymentsPages() {
    }

    static PaymentsView open(PageHarness harness) {
        return open(harness, destination -> { });
    }

    /** @param navigator where the page's buttons to other pages go (such as "Write about the missed payments") */
    static PaymentsView open(PageHarness harness, Navigator navigator) {
        return new PaymentsView(harness.services.payments, new PaymentsView.Evidence(harness.services.documents,
                harness.picker(), path -> { }), new ImportSources(owner -> Optional.empty(),
                new ImportPayerStore(harness.services.settings)), harness.background, AppRobot.CLOCK,
                harness.currentCase, navigator);
    }
}
