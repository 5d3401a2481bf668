package uk.cml.app;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.ui.caseinfo.CaseDraft;
import uk.cml.ui.caseinfo.SetupWizard;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.Problems;
import uk.cml.ui.lock.AppLock;
import uk.cml.ui.lock.PrivacyChoices;

/**
 * The set-up questions: the whole first-run set-up (with the privacy step) when there is no case yet, or a new
 * case's questions from the main window. Saves off the FX thread, then hands the saved case to the main window.
 */
final class SetupFlow {

    private final AppServices services;
    private final AppLock lock;
    private final Background background;
    private final Clock clock;
    private final ObservableList<CaseFile> cases;
    private final ObjectProperty<CaseFile> currentCase;
    private final Consumer<Parent> show;
    private final Consumer<CaseFile> showMain;
    private final Runnable closeWindow;

    SetupFlow(AppServices services, AppLock lock, Background background, Clock clock, ObservableList<CaseFile> cases,
              ObjectProperty<CaseFile> currentCase, Consumer<Parent> show, Consumer<CaseFile> showMain,
              Runnable closeWindow) {
        this.services = services;
        this.lock = lock;
        this.background = background;
        this.clock = clock;
        this.cases = cases;
        this.currentCase = currentCase;
        this.show = show;
        this.showMain = showMain;
        this.closeWindow = closeWindow;
    }

    /** The set-up questions on screen, if they are: told when saving the answers failed. */
    private SetupWizard wizard;
    /** The set-up on screen is the first run's, whose answers are kept for next time when the window closes. */
    private boolean firstRunShown;

    /** Call on the FX thread. On first run, Cancel keeps the answers so far for next time and closes the app. */
    void show(CaseDraft draft, boolean firstRun) {
        PrivacyChoices privacy = new PrivacyChoices();
        firstRunShown = firstRun;
        draft.besides(List.copyOf(cases));
        wizard = new SetupWizard(draft, firstRun, clock, PrivacyWiring.setupSteps(privacy, firstRun), answers -> {
            Optional<MyDetails> me = firstRun ? Optional.of(answers.toMyDetails()) : Optional.empty();
            CaseFile newCase = answers.toCaseFile();
            Optional<PaymentPlan> plan = answers.toPlan();
            Optional<char[]> passcode = firstRun ? privacy.passcode() : Optional.empty();
            background.run(() -> {
                long id = services.setup.save(me, newCase, plan);
                PrivacyWiring.saveSetUpAnswers(services, lock, id, firstRun, privacy.addressPrivate(), passcode);
                services.settings.remove(RecordsOpening.DRAFT_SETTING);
                return new Reloaded(services.cases.cases(), id);
            }, reloaded -> {
                firstRunShown = false;
                cases.setAll(reloaded.cases());
                showMain.accept(reloaded.find());
            }, error -> wizard.saveFailed(Problems.forParent(error)));
        }, answers -> {
            if (firstRun) {
                String saved = answers.save();
                background.run(() -> {
                    services.settings.put(RecordsOpening.DRAFT_SETTING, saved);
                    return saved;
                }, ok -> closeWindow.run(), error -> closeWindow.run());
            } else {
                showMain.accept(currentCase.get());
            }
        });
        show.accept(wizard.view());
    }

    /**
     * The window is closing during the first-run set-up: the answers so far are kept for next time, as "Close for
     * now" keeps them, then {@code close} closes it. Nothing to keep once set-up is done or when none is shown.
     */
    void beforeClosing(Runnable close) {
        if (wizard == null || !firstRunShown) {
            close.run();
            return;
        }
        String saved = wizard.draft().save();
        background.run(() -> {
            services.settings.put(RecordsOpening.DRAFT_SETTING, saved);
            return saved;
        }, ok -> close.run(), error -> close.run());
    }

    private record Reloaded(List<CaseFile> cases, long id) {
        CaseFile find() {
            return cases.stream().filter(c -> c.id() == id).findFirst().orElse(cases.get(0));
        }
    }
}
