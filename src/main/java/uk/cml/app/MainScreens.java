package uk.cml.app;

import uk.cml.ui.common.FileOpener;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.bin.BinSource;
import uk.cml.store.ImportPayerStore;
import uk.cml.store.TableBin;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.VBox;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.ui.about.AboutWindow;
import uk.cml.ui.addresses.AddressBookView;
import uk.cml.ui.bin.BinView;
import uk.cml.ui.calls.CallsView;
import uk.cml.ui.common.Messages;
import uk.cml.ui.letters.write.WriteLetterSection;
import uk.cml.ui.caseinfo.CaseView;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.DraftKeeper;
import uk.cml.ui.settings.AppearanceSetting;
import uk.cml.ui.settings.RecordsSafetyPanel;
import uk.cml.ui.documents.DocumentsView;
import uk.cml.ui.common.FilePicker;
import uk.cml.ui.common.SaveDialog;
import uk.cml.ui.letters.LettersView;
import uk.cml.ui.notes.NotesView;
import uk.cml.ui.pack.EvidencePackView;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.ui.overview.OverviewModel;
import uk.cml.ui.overview.OverviewView;
import uk.cml.ui.payments.CsvChooser;
import uk.cml.ui.payments.ImportSources;
import uk.cml.ui.payments.PaymentsView;
import uk.cml.ui.settings.SettingsView;
import uk.cml.ui.shell.LazySection;
import uk.cml.ui.shell.MainWindow;
import uk.cml.ui.shell.Section;
import uk.cml.ui.standing.StandingView;
import uk.cml.ui.timeline.TimelineView;

/** Builds every page of the main window from the app's services: the one place the pages are wired. */
final class MainScreens {

    private final MainWindow window;
    private final PageNavigator navigator = new PageNavigator();

    /**
     * The Overview's reading of the records: made with the records (see {@link RecordsOpening}) so that the first
     * case's figures can be read ahead while the window is built.
     */
    static OverviewModel overviewModel(AppServices services) {
        return new OverviewModel(services.payments,
                List.of(services.payments, services.sentLetters, callsNotRaised(services), services.standing,
                        services.decisionAmounts, referenceToAdd(services),
                        new uk.cml.safety.TypingWaiting(services.drafts, services.database)));
    }

    /** "Add your CMS reference" while a CMS case has none, with the CMS phone line as the address book keeps it. */
    static uk.cml.domain.todo.TodoSource referenceToAdd(AppServices services) {
        return (caseId, today) -> services.cases.find(caseId).flatMap(c -> uk.cml.domain.todo.AddTheReference.todo(c,
                services.addressBook.byRole(uk.cml.domain.addressbook.AddressBookEntry.Role.CMS_PHONE)
                        .map(uk.cml.domain.addressbook.AddressBookEntry::details), today)).stream().toList();
    }

    /**
     * The calls' to-dos, without "Chase it" for a promise a posted letter has already raised, nor a follow-up a
     * posted letter confirming the call has done (the Where it stands page leaves them out by the same rules,
     * {@link uk.cml.domain.standing.PromisesRaised}, {@link uk.cml.domain.standing.CallFollowUps}).
     */
    private static uk.cml.domain.todo.TodoSource callsNotRaised(AppServices services) {
        return services.standing::callTodos;
    }

    MainScreens(AppServices services, OverviewModel overview, Background background, DraftKeeper drafts,
                ObservableList<CaseFile> cases,
                ObjectProperty<CaseFile> currentCase, FileOpener opener, Runnable addCase,
                Consumer<String> restored, FilePicker picker, AppearanceSetting appearance,
                Supplier<Node> privacyPanel, BooleanSupplier protectBackups) {
        // Pages are given the navigator before the window listing them exists; it is bound to the window below.
        // Packs and backups are offered the folder the letters go in (Documents/Child Maintenance Log).
        // Each remembers the folder last saved into from these records, in their own settings.
        SaveDialog saving = new SaveDialog(LetterWiring.lettersFolder(services.dataFolder).getParent(),
                LetterWiring.memory(services, background, LetterWiring.SAVES_FOLDER_SETTING));
        // Only the page the app opens on is built at start; every other page on its first visit (start-up time).
        List<Section> pages = List.of(
                new OverviewView(overview, background, services.clock, currentCase, navigator),
                // Each area that keeps records adds its store here so its entries show in the timeline.
                new LazySection<>("timeline", Messages.text("app.mainScreens.timeline"),
                        () -> new TimelineView(services.timelineSources(), background, services.clock,
                        currentCase)),
                new LazySection<>("payments", Messages.text("app.mainScreens.payments"),
                        () -> new PaymentsView(services.payments,
                        new PaymentsView.Evidence(services.documents, picker, opener),
                        new ImportSources(CsvChooser.system(), new ImportPayerStore(services.settings)), background,
                        services.clock, currentCase, navigator, drafts)),
                new LazySection<>("calls", Messages.text("app.mainScreens.calls"),
                        () -> new CallsView(services.calls, services.addressBook,
                        background, services.clock, services.calendar, currentCase, navigator, drafts,
                        services.sentLetters::letters, services.standing::promisesRaisedIn)),
                new LazySection<>("letters", Messages.text("app.mainScreens.letters"),
                        () -> new LettersView(new LettersView.Stores(
                        services.sentLetters, services.receivedLetters, services.documents, services.addressBook,
                        services.standing, services.calls, services.payments::plans),
                        services.calendar, background, services.clock, currentCase, picker, navigator, drafts)),
                // Where things stand: complaints, challenges and enforcement; its buttons open the letter writer.
                new LazySection<>(StandingView.KEY, Messages.text("app.mainScreens.whereItStands"),
                        () -> StandingWiring.page(services,
                        background, currentCase, navigator, drafts)),
                new LazySection<>("documents", Messages.text("app.mainScreens.documents"),
                        () -> new DocumentsView(services.documents,
                        services.documentPreview(), background, currentCase, picker, opener, saving)),
                new LazySection<>(WriteLetterSection.KEY, Messages.text("app.mainScreens.writeALetter"),
                        () -> LetterWiring.section(services, background, currentCase, drafts)),
                new LazySection<>("notes", Messages.text("app.mainScreens.notes"),
                        () -> new NotesView(services.notes, background, services.clock,
                        currentCase, drafts)),
                new LazySection<>("case", Messages.text("app.mainScreens.case"),
                        () -> new CaseView(services.cases, background, services.clock,
                        currentCase, saved -> {
                            int index = indexOf(cases, saved.id());
                            if (index >= 0) {
                                cases.set(index, saved);
                            }
                            currentCase.set(saved);
                        }, drafts)),
                new LazySection<>("addresses", Messages.text("app.mainScreens.addresses"),
                        () -> new AddressBookView(services.addressBook,
                        background, services.clock, drafts)),
                new LazySection<>("pack", Messages.text("app.mainScreens.evidencePack"),
                        () -> new EvidencePackView(new PackAssembler(
                        PackCommand.stores(services), services.clock), background, services.clock, currentCase,
                        () -> PackCommand.seal(services),
                        services.addressPrivacy::isPrivate, saving, opener)),
                // Each area with deletable records adds its store here so its deletions can be put back.
                new LazySection<>("bin", Messages.text("app.mainScreens.bin"),
                        () -> new BinView(binSources(services), background, currentCase)),
                new LazySection<>("settings", Messages.text("app.mainScreens.settings"),
                        () -> new SettingsView(services.dataFolder,
                        LetterWiring.lettersFolder(services.dataFolder).getParent(),
                        Version.current(), opener, background,
                        owner -> new AboutWindow(Version.current(), services.dataFolder, opener, background)
                                .show(owner),
                        new VBox(14, privacyPanel.get(), new RecordsSafetyPanel(services.safety, background,
                                services::replaceWithBackup, restored, protectBackups.getAsBoolean(), saving)),
                        appearance.view(), new VBox(14, new uk.cml.ui.settings.BankHolidaysPanel(services.calendar,
                                services.bankHolidays, background, services.clock, currentCase),
                                // The CMS's time limits beside the bank holidays: the other half of every date.
                                new uk.cml.ui.settings.TimeLimitsPanel(services.standing, background,
                                        services.clock)))));
        window = new MainWindow(cases, currentCase, pages, addCase, background.running(), background.longTask());
        navigator.bind(window);
    }

    /** Every area whose records can be binned, so the Bin page can list and put back all of them. */
    private static List<BinSource> binSources(AppServices services) {
        List<BinSource> sources = new ArrayList<>(List.of(services.calls, services.notes, services.bankHolidays));
        sources.addAll(TableBin.forPayments(services.database, services.payments));
        sources.addAll(TableBin.forCorrespondence(services.database, services.sentLetters, services.receivedLetters,
                services.documents));
        sources.add(TableBin.forDecisions(services.database, services.standing));
        return sources;
    }

    private static int indexOf(List<CaseFile> cases, long id) {
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    void addToHeader(Node node) {
        window.addToHeader(node);
    }

    /** A banner under the header, across every page. */
    void addBanner(Node banner) {
        window.addBanner(banner);
    }

    /** Takes the parent to the destination, as a page's own link would. */
    void go(uk.cml.ui.shell.Destination destination) {
        navigator.go(destination);
    }

    Parent view() {
        return window.view();
    }

    void select(String key) {
        window.select(key);
    }

    /** Closes ({@code close}) at once, or asks first while a page holds typing not yet saved. */
    void beforeClosing(javafx.stage.Window stage, Runnable close) {
        window.beforeClosing(stage, close);
    }

    void whenPageFilled(Runnable filled) {
        window.whenPageFilled(filled);
    }
}
