package uk.cml.ui.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.evidence.MissedPaymentsTold;
import uk.cml.ui.WithAPage;

/**
 * "Did you tell them about missed payments on this call?" starts with no answer for the parent (a Yes they did not
 * give would put a false line in a letter), a call saves without one (a call about something else is fine), the
 * answer chosen is saved, and answering an old call later is a correction of it.
 */
class CallToldMissedPaymentsFormTest extends WithAPage {

    CallsView page;

    @BeforeEach
    void open() {
        page = new CallsView(harness.services.calls, harness.services.addressBook, harness.background,
                CLOCK, harness.services.calendar, harness.currentCase, destination -> { });
        show(page);
        waitFor("#call-said");
    }

    private MissedPaymentsTold answer() {
        ComboBox<?> box = lookup("#call-told-missed-payments").queryAs(ComboBox.class);
        return (MissedPaymentsTold) interactAndGet(box::getValue);
    }

    private java.util.List<Call> saved() {
        return harness.services.calls.calls(harness.currentCase.get().id());
    }

    @Test
    void theQuestionStartsUnansweredAndItsAnswerIsSaved() {
        assertEquals(null, answer(), "no answer chosen for the parent");
        ComboBox<?> box = lookup("#call-told-missed-payments").queryAs(ComboBox.class);
        assertEquals("Choose Yes or No", interactAndGet(() -> box.getButtonCell().getText()), "the prompt shows");
        assertEquals("Did you tell them about missed payments on this call?",
                interactAndGet(box::getAccessibleText));

        choose("#call-who-called", CallDirection.CMS_CALLED);
        type("#call-said", "They rang about my new address.");
        press("#call-save");
        waitUntil("saved unanswered: a call about something else", () -> saved().size() == 1);
        long unanswered = saved().get(0).id();
        assertEquals(Optional.empty(), saved().get(0).toldMissedPayments());

        press("#call-new");
        waitUntil("a new call", () -> text("#call-said").isEmpty());
        assertEquals(null, answer(), "no answer carried over from the call before");
        choose("#call-who-called", CallDirection.I_CALLED);
        type("#call-said", "I told them Jordan missed two payments.");
        choose("#call-told-missed-payments", MissedPaymentsTold.YES);
        press("#call-save");
        waitUntil("the second call saved", () -> saved().size() == 2);
        Call yes = saved().stream().filter(c -> c.id() != unanswered).findFirst().orElseThrow();
        assertEquals(Optional.of(MissedPaymentsTold.YES), yes.toldMissedPayments());

        interact(() -> page.show(new uk.cml.ui.shell.Destination.CallSelecting(unanswered)));
        waitUntil("the first call is open", () -> "They rang about my new address.".equals(text("#call-said")));
        assertEquals(null, answer(), "an unanswered call shows no answer");
        choose("#call-told-missed-payments", MissedPaymentsTold.NO);
        press("#call-save");
        waitUntil("answered as a correction", () -> harness.services.calls.find(unanswered).orElseThrow()
                .toldMissedPayments().equals(Optional.of(MissedPaymentsTold.NO)));
        assertEquals(1, harness.services.calls.history(unanswered).size(), "the unanswered version is kept");
        assertEquals(Optional.empty(), harness.services.calls.history(unanswered).get(0).earlier()
                .toldMissedPayments());

        interact(() -> page.show(new uk.cml.ui.shell.Destination.CallSelecting(yes.id())));
        waitUntil("the second call is open", () -> text("#call-said").startsWith("I told them"));
        assertEquals(MissedPaymentsTold.YES, answer(), "a saved call shows its answer");
    }
}
