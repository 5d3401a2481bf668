package uk.cml.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.privacy.Passcodes;
import uk.cml.privacy.PrivacyFile;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.Problems;
import uk.cml.ui.lock.AppLock;
import uk.cml.ui.lock.PrivacyChoices;
import uk.cml.ui.lock.PrivacyPanel;
import uk.cml.ui.lock.PrivacySettingsModel;
import uk.cml.ui.lock.PrivacyStep;
import uk.cml.ui.caseinfo.CaseSummary;
import uk.cml.ui.caseinfo.SetupWizard;

/** Wires the privacy pieces (passcode, lock, set-up step, Settings panel) for {@link Startup}. */
final class PrivacyWiring {

    private PrivacyWiring() {
    }

    /** Off the JavaFX thread. A damaged privacy file stops the app with its message, rather than opening unlocked. */
    static Passcodes readPasscodes(Path dataFolder, Clock clock) {
        try {
            return new Passcodes(new PrivacyFile(dataFolder), clock);
        } catch (RuntimeException e) {
            throw new Problems.ParentMessage(e.getMessage(), e);
        }
    }

    /** The window's lock, watching for idle time and quick hide; locked at once if a passcode is set. */
    static AppLock lockFor(javafx.stage.Stage stage, Passcodes passcodes, Clock clock, Background background) {
        AppLock lock = new AppLock(stage, passcodes, clock, background);
        lock.install();
        lock.lockIfPasscodeSet();
        return lock;
    }

    /** The "Your privacy" page, asked only on first run; later cases take the first answer. */
    static List<SetupWizard.ExtraStep> setupSteps(PrivacyChoices choices, boolean firstRun) {
        if (!firstRun) {
            return List.of();
        }
        PrivacyStep step = new PrivacyStep(choices);
        return List.of(new SetupWizard.ExtraStep("privacy", PrivacyStep.TITLE, PrivacyStep.INTRO, step.view(),
                choices::check, () -> step.firstField().requestFocus(), () -> choices.readBack().stream()
                .map(a -> new CaseSummary.Answer(a.getKey(), a.getValue())).toList()));
    }

    /** Off the JavaFX thread, after the case is saved: the address setting, and the passcode if one was chosen. */
    static void saveSetUpAnswers(AppServices services, AppLock lock, long caseId, boolean firstRun,
                                 boolean addressPrivate, Optional<char[]> passcode) {
        if (firstRun) {
            services.addressPrivacy.setPrivateForNewCases(addressPrivate);
        }
        services.addressPrivacy.startNewCase(caseId);
        passcode.ifPresent(lock::setPasscode);
    }

    static Node settingsPanel(AppLock lock, AppServices services, ObjectProperty<CaseFile> currentCase,
                              Background background) {
        return new PrivacyPanel(new PrivacySettingsModel(lock.passcodes()), services.addressPrivacy, currentCase,
                background, lock::refreshTitle).view();
    }
}
