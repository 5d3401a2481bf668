package uk.cml.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.ui.addresses.AddressBookView;
import uk.cml.ui.caseinfo.CaseView;
import uk.cml.ui.common.Background;
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
        List<Section> pages = List.of(
                new EmptySection("overview", "Overview", "This page will show what you are owed now, the last "
                        + "payment, the next one due, and anything that needs doing, such as a letter to post or a "
                        + "reply that is late. Start by checking your case details.", "Check your case details",
                        () -> shell[0].select("case")),
                new EmptySection("payments", "Payments", "Here you will record the payment plan from your CMS "
                        + "letter, and each payment as it arrives or is missed. The app then works out your arrears "
                        + "to the penny.", null, null),
                new EmptySection("calls", "Calls", "Here you will note every call with the CMS: when, who you spoke "
                        + "to and what they said, so you can confirm it in a letter.", null, null),
                new EmptySection("letters", "Letters", "Here you will write letters to the CMS, ready to print and "
                        + "post, and record proof of postage for each one.", null, null),
                new EmptySection("documents", "Documents", "Here you will keep copies of letters, bank statements "
                        + "and certificates of posting, safely on this computer.", null, null),
                LetterWiring.section(services, background, currentCase),
                caseView,
                new AddressBookView(services.addressBook, background, services.clock),
                new SettingsView(services.dataFolder, Version.current(), openFolder));
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
