package uk.cml.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.ui.about.AboutWindow;
import uk.cml.ui.addresses.AddressBookView;
import uk.cml.ui.caseinfo.CaseView;
import uk.cml.ui.common.Background;
import uk.cml.ui.documents.DocumentsView;
import uk.cml.ui.documents.FilePicker;
import uk.cml.ui.letters.LettersView;
import uk.cml.ui.overview.OverviewView;
import uk.cml.ui.payments.PaymentsView;
import uk.cml.ui.settings.SettingsView;
import uk.cml.ui.shell.EmptySection;
import uk.cml.ui.shell.MainWindow;
import uk.cml.ui.shell.Section;

/** Builds every page of the main window from the app's services: the one place the pages are wired. */
final class MainScreens {

    private final MainWindow window;

    MainScreens(AppServices services, Background background, ObservableList<CaseFile> cases,
                ObjectProperty<CaseFile> currentCase, Consumer<Path> openFolder, Runnable addCase) {
        MainWindow[] shell = new MainWindow[1];
        CaseView caseView = new CaseView(services.cases, background, services.clock, currentCase, saved -> {
            int index = indexOf(cases, saved.id());
            if (index >= 0) {
                cases.set(index, saved);
            }
            currentCase.set(saved);
        });
        LettersView[] letters = new LettersView[1];
        // "Start a reply" logs the reply the parent sends, linked to the letter; "Write a letter" opens the writer.
        letters[0] = new LettersView(new LettersView.Stores(services.sentLetters, services.receivedLetters,
                services.documents, services.addressBook), services.replyDeadlines, background, services.clock,
                currentCase, FilePicker.system(), received -> letters[0].logReplyTo(received),
                () -> shell[0].select(uk.cml.ui.letters.write.WriteLetterSection.KEY));
        PaymentsView payments = new PaymentsView(services.payments, background, services.clock, currentCase);
        OverviewView overview = new OverviewView(services.payments, List.of(services.payments, services.sentLetters), background,
                services.clock, currentCase, () -> {
                    shell[0].select("payments");
                    payments.showPlans();
                }, key -> shell[0].select(key));
        List<Section> pages = List.of(
                overview,
                payments,
                new EmptySection("calls", "Calls", "Here you will note every call with the CMS: when, who you spoke "
                        + "to and what they said, so you can confirm it in a letter.", null, null),
                letters[0],
                new DocumentsView(services.documents, services.documentPreview, background, currentCase,
                        FilePicker.system(), openFolder),
                LetterWiring.section(services, background, currentCase),
                caseView,
                new AddressBookView(services.addressBook, background, services.clock),
                new SettingsView(services.dataFolder, Version.current(), openFolder,
                        () -> new AboutWindow(Version.current(), services.dataFolder, openFolder, background)
                                .show(shell[0].view().getScene().getWindow())));
        window = new MainWindow(cases, currentCase, pages, addCase);
        shell[0] = window;
    }

    private static int indexOf(List<CaseFile> cases, long id) {
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    Parent view() {
        return window.view();
    }

    void select(String key) {
        window.select(key);
    }
}
