package uk.cml.ui.payments;

import java.io.File;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.CmsDifference;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.store.DocumentRecordStore;
import uk.cml.store.PaymentStore;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.MovingOn;
import uk.cml.ui.common.SavedWithUndo;
import uk.cml.ui.common.AttachmentField;
import uk.cml.ui.common.FilePicker;
import uk.cml.ui.shell.Destination;
import uk.cml.ui.shell.Navigator;
import uk.cml.ui.shell.Section;

/** The Payments page: the plans, the due payments with quick entry, payments received, adjustments, export, import. */
public final class PaymentsView implements Section {

    /**
     * What attaching evidence to a payment needs: the case's documents, a way to choose a file, and a way to
     * open the stored copy in the computer's own viewer.
     */
    public record Evidence(DocumentRecordStore documents, FilePicker picker, uk.cml.ui.common.FileOpener open) {
    }

    private final PaymentsModel model;
    private final BorderPane view = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Tab plansTab;
    private final Tab scheduleTab;
    private final Tab receivedTab;
    private final SchedulePanel schedulePanel;
    private final PaymentsPanel paymentsPanel;
    private final PlanPanel planPanel;
    private final AdjustmentPanel adjustmentPanel;
    private final Label owed = new Label();
    private final Label cmsDifference = new Label();
    private final Label feeNote = new Label();
    private final Button writeAboutMissed = new Button(Messages.text("payments.view.writeToTheCmsAbout"));
    private final Button askForBreakdown = new Button(Messages.text("payments.view.askTheCmsForABreakdown"));

    /**
     * @param navigator takes the parent to the letter writer, on the letter about missed payments or the one asking
     *                  the CMS for a breakdown of their arrears figure
     */
    public PaymentsView(PaymentStore store, Evidence evidence, ImportSources imports, Background background,
                        Clock clock, ObjectProperty<CaseFile> currentCase, Navigator navigator) {
        this(store, evidence, imports, background, clock, currentCase, navigator,
                uk.cml.ui.common.DraftKeeper.none());
    }

    /** @param drafts keeps what is typed in the payment, plan and adjustment forms, and puts it back after a stop */
    public PaymentsView(PaymentStore store, Evidence evidence, ImportSources imports, Background background,
                        Clock clock, ObjectProperty<CaseFile> currentCase, Navigator navigator,
                        uk.cml.ui.common.DraftKeeper drafts) {
        model = new PaymentsModel(store, background, clock, currentCase);
        Label heading = new Label(Messages.text("payments.view.payments"));
        heading.getStyleClass().add("title");
        owed.setId("payments-owed");
        owed.getStyleClass().add("heading");
        feeNote.setId("payments-fee-note");
        feeNote.setWrapText(true);
        feeNote.managedProperty().bind(feeNote.textProperty().isNotEmpty());
        cmsDifference.setId("payments-cms-difference");
        cmsDifference.getStyleClass().add("note");
        cmsDifference.setWrapText(true);
        cmsDifference.managedProperty().bind(cmsDifference.visibleProperty());
        cmsDifference.setVisible(false);
        cmsDifference.setMaxWidth(Double.MAX_VALUE);
        cmsDifference.setMinHeight(Region.USE_PREF_SIZE);
        // Beside the figures that differ, the step to take: the same letter the Overview's to-do offers.
        askForBreakdown.setId("payments-ask-breakdown");
        askForBreakdown.setMinWidth(Region.USE_PREF_SIZE);
        askForBreakdown.setOnAction(e -> navigator.go(new Destination.LetterFromTemplate("arrears-breakdown")));
        // The CMS's figure's line is there only for a case with a figure from the CMS, known once the records are
        // read: coming after the tabs were drawn it pushed them and everything under them down 40 px (a parent's
        // click landed on the row above), and room kept for it while reading was given back for a case with no
        // figure, so the tabs moved up instead. The tabs are shown once the records are read (below).
        askForBreakdown.managedProperty().bind(askForBreakdown.visibleProperty());
        askForBreakdown.setVisible(false);
        HBox.setHgrow(cmsDifference, javafx.scene.layout.Priority.ALWAYS);
        HBox cmsRow = new HBox(10, cmsDifference, askForBreakdown);
        cmsRow.setId("payments-cms-row");
        cmsRow.setAlignment(Pos.CENTER_LEFT);
        cmsRow.managedProperty().bind(cmsDifference.visibleProperty());
        cmsRow.visibleProperty().bind(cmsDifference.visibleProperty());
        Button export = new Button(Messages.text("payments.view.saveScheduleAsCsv"));
        export.setId("payments-export");
        export.setOnAction(e -> export());
        Button importFile = new Button(Messages.text("payments.view.importPaymentsFromAFile"));
        importFile.setId("payments-import");
        importFile.setOnAction(e -> new ImportDialog(model, imports, view.getScene().getWindow()).show());
        this.writeAboutMissed.setId("payments-write-missed");
        // Never greyed out: pressed while the records are read, it says so and opens the letter once they are.
        // Only while this page is showing: a parent who went elsewhere meanwhile is not taken away from it.
        MissedLetterAsk missedLetter = new MissedLetterAsk(model, () -> {
            if (view.getScene() != null) {
                navigator.go(new Destination.LetterAboutMissedPayments());
            }
        });
        this.writeAboutMissed.setOnAction(e -> missedLetter.press());
        Label missedNote = new Label();
        missedNote.setId("payments-write-missed-note");
        missedNote.getStyleClass().add("status");
        missedNote.setWrapText(true);
        missedNote.textProperty().bind(missedLetter.note());
        missedNote.managedProperty().bind(missedNote.textProperty().isNotEmpty());
        missedNote.visibleProperty().bind(missedNote.managedProperty());
        heading.setMinWidth(Region.USE_PREF_SIZE);
        owed.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("payments-status");
        status.getStyleClass().add("status");
        status.setWrapText(true);
        status.textProperty().bind(model.status().textProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        // The status line ends the title's row. On a line of its own, each save's message and Undo pushed the tabs
        // and their forms down (and back up), so a parent clicking where a field had been hit the one above it; at
        // the end of the actions' row it had a fifth of a 1024-pixel window, so "Recorded ... Undo" took four
        // lines there and took the height from the due payments table. Beside the title it has room for a line.
        HBox.setHgrow(status, javafx.scene.layout.Priority.ALWAYS);
        HBox titleAndOwed = new HBox(16, heading, owed);
        titleAndOwed.setAlignment(Pos.BASELINE_LEFT);
        titleAndOwed.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(16, titleAndOwed, status);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("payments-title"); // tall enough for the saved notice from the start (app.css)
        // The actions get a row of their own, so the title and the amount owed are never cut short.
        writeAboutMissed.setMinWidth(Region.USE_PREF_SIZE);
        importFile.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(missedNote, javafx.scene.layout.Priority.ALWAYS);
        HBox actions = new HBox(10, this.writeAboutMissed, importFile, missedNote);
        actions.setAlignment(Pos.CENTER_LEFT);
        model.useSavedNotice(new SavedWithUndo(background, status, model.status()::done));
        // "Recorded £50.00 received on 14 Oct 2026." goes once the parent types the next payment, chooses another
        // row or tab's field, or leaves the page: beside a half-typed form it read as if that were saved too.
        MovingOn.watch(view, model.status());
        PaymentsPanel paymentsPanel = new PaymentsPanel(model, formCase -> new AttachmentField("payment-evidence",
                evidence.documents(), background, formCase, evidence.picker(),
                Messages.text("payments.view.bankStatementOrScreenshotShowing")).openWith(evidence.open()), drafts);
        planPanel = new PlanPanel(model, drafts);
        adjustmentPanel = new AdjustmentPanel(model, drafts);
        schedulePanel = new SchedulePanel(model);
        // It saves the due payments, so it sits with them. "Save as a spreadsheet file…" left the row 8 px at 1024
        // wide, and in a window with a frame the button went to a row of its own (reviewer): its words are shorter.
        schedulePanel.addAction(export);
        Tab schedule = tab("tab-schedule", Messages.text("payments.view.duePayments"), schedulePanel);
        scheduleTab = schedule;
        Tab payments = tab("tab-payments", Messages.text("payments.panel.paymentsReceived"), paymentsPanel);
        receivedTab = payments;
        this.paymentsPanel = paymentsPanel;
        plansTab = tab("tab-plans", Messages.text("payments.view.paymentPlans"), planPanel);
        Tab adjustments = tab("tab-adjustments", Messages.text("payments.adjustmentPanel.adjustments"),
                adjustmentPanel);
        // One default button per scene: Enter saves the form on the tab that is showing.
        paymentsPanel.save.defaultButtonProperty().bind(payments.selectedProperty());
        planPanel.save.defaultButtonProperty().bind(plansTab.selectedProperty());
        adjustmentPanel.save.defaultButtonProperty().bind(adjustments.selectedProperty());
        tabs.getTabs().addAll(schedule, payments, plansTab, adjustments);
        // "Nothing was saved. Check the answers marked in red." speaks of the form on the tab left: beside another
        // tab (the due payments, where the parent went on recording) it pointed at nothing they could see.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.status().formLeft());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("payments-tabs");
        // The CMS's figure is said beside the record's own total, on the due payments' tab, not above the tabs: there
        // it came (three lines at 1024 wide, with its button) when a figure was saved on the Adjustments tab, and the
        // tabs and the form just saved moved 68 px down under the parent's pointer.
        schedulePanel.addUnderTotals(cmsRow);
        VBox header = new VBox(6, top, feeNote, actions);
        header.getStyleClass().addAll("page-head", "tight");
        view.setTop(header);
        // The tabs are drawn once the page's records are read, where the lines above them (the CMS's figure, the
        // fee note) leave them: drawn before, they moved 40 px down or up as those lines came or went. Until then
        // their place says the records are being read; the title and the actions above show at once.
        javafx.beans.binding.BooleanBinding read = model.loaded().isNotNull();
        tabs.visibleProperty().bind(read);
        Node reading = uk.cml.ui.common.PageLayout.emptyNote(Messages.text("common.reading.records"));
        reading.setId("payments-reading");
        reading.visibleProperty().bind(read.not());
        javafx.scene.layout.StackPane tabsPlace = new javafx.scene.layout.StackPane(tabs, reading);
        tabsPlace.setAlignment(Pos.TOP_LEFT);
        view.setCenter(tabsPlace);
        // The page's margins come from app.css; "payments-page" makes them and the gaps between the parts tighter,
        // so the due payments table shows six rows or more in a window of 1024 x 700 (it showed four).
        view.getStyleClass().addAll("page", "payments-page");
        model.loaded().addListener((obs, old, now) -> summarise(now));
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private void summarise(PaymentsModel.Loaded loaded) {
        ArrearsSchedule schedule = loaded.schedule();
        if (!loaded.records().hasPlan()) {
            owed.setText(Messages.text("payments.view.noPaymentPlanYet"));
            if (tabs.getSelectionModel().getSelectedIndex() == 0) {
                tabs.getSelectionModel().select(plansTab);
            }
        } else {
            // Owed on dues whose day is over, the Overview's and the letters' figure: a due of today is not missed.
            Money now = schedule.owedOnPassedDues();
            owed.setText(now.isNegative()
                    ? Messages.text("payments.view.inCredit", now.negate().format())
                    : Messages.text("payments.view.owedNow", now.format()));
            // Under Collect and Pay the paying parent owes the figure before the fee; the parent gets less. In credit
            // nobody owes anything, so there is nothing to say (it read "-£52.50 is what Jordan Reed owes").
            feeNote.setText(feeNote(schedule, loaded.caseFile().otherParentName()));
        }
        // Under a private arrangement the letter goes to the other parent, not the CMS.
        writeAboutMissed.setText(loaded.caseFile().arrangement() == Arrangement.PRIVATE
                ? Messages.text("payments.view.writeAboutTheMissedPayments")
                : Messages.text("payments.view.writeToTheCmsAbout"));
        schedule.cmsDifference().ifPresentOrElse(d -> {
            boolean differs = !d.difference().isZero();
            // Asked since the figure's day (a letter made counts, as on the Overview): said, not asked again.
            Optional<LocalDate> asked = loaded.breakdownAsked().filter(day -> !day.isBefore(d.date()));
            cmsDifference.setText(!differs ? d.describe() : asked.map(day -> Messages.text(
                    "payments.view.breakdownAsked", differs(d), UkFormats.shortDate(day))).orElse(differs(d)));
            askForBreakdown.setVisible(differs && asked.isEmpty());
            cmsDifference.setVisible(true);
        }, () -> {
            cmsDifference.setVisible(false);
            askForBreakdown.setVisible(false);
        });
    }

    /**
     * Under Collect and Pay the paying parent owes the figure before the fee; the parent gets each due less its own
     * fee, as the After fee column shows (the old rate on dues from before a change). What fell due before the case
     * was under Collect and Pay and is still owed has no fee in the column, but the CMS takes its fee from what it
     * collects (evidence in {@link uk.cml.domain.arrears.FeeRule}): the note then says both figures, collected by the
     * CMS and paid to the parent directly, as either can happen. "About": only pennies of rounding remain (the CMS may
     * take its fee once on dues it passes on together, or on a part of a due). Empty when nothing is owed or no due
     * owed has a fee.
     */
    static String feeNote(ArrearsSchedule schedule, String otherParent) {
        Money now = schedule.owedOnPassedDues();
        Money afterFee = schedule.owedOnPassedDuesAfterFee();
        if (!now.isPositive() || !schedule.feeApplies() && afterFee.equals(now)) {
            return "";
        }
        Money fromOtherDays = schedule.owedOnPassedDuesCollectedFromOtherDays();
        if (fromOtherDays.isPositive()) {
            String note = fromOtherDays.equals(now)
                    ? Messages.text("payments.view.isWhatOwesCollectedNowAll", now.format(), otherParent,
                            afterFee.format())
                    : Messages.text("payments.view.isWhatOwesCollectedNow", now.format(), otherParent,
                            afterFee.format(), fromOtherDays.format(),
                            schedule.owedOnPassedDuesAfterFeeWithOtherDaysWhole().format());
            Money whole = schedule.owedOnPassedDuesWithoutFee();
            return whole.isPositive()
                    ? note + " " + Messages.text("payments.view.noFeeOnPrivateArrears", whole.format()) : note;
        }
        String note = Messages.text("payments.view.isWhatOwesBeforeThe", now.format(), otherParent,
                afterFee.format());
        Money withoutFee = schedule.owedOnPassedDuesWithoutFee();
        return withoutFee.isPositive()
                ? note + " " + Messages.text("payments.view.noFeeOnDuesBefore", withoutFee.format()) : note;
    }

    /**
     * The CMS's figure against this record's in two lines at most beside its button, so the due payments table
     * keeps its height in a small window: the date, both figures, the gap and what to do (the button's words).
     */
    private static String differs(CmsDifference d) {
        String gap = d.difference().max(d.difference().negate()).format();
        String said = Messages.text(d.difference().isPositive() ? "payments.view.cmsFigureLess"
                : "payments.view.cmsFigureMore", UkFormats.shortDate(d.date()), d.cmsFigure().format(), gap,
                uk.cml.domain.arrears.BalanceText.of(d.appFigure()));
        String onBasis = d.feeApplies() ? Messages.text("payments.view.cmsFigureBasis", said, d.basis().label())
                : said;
        String withLeftOut = d.leftOutWords().map(why -> onBasis + " " + why).orElse(onBasis);
        // Which way this record's figure after the fee was worked on arrears from before Collect and Pay.
        return d.otherDaysWords().map(how -> withLeftOut + " " + how).orElse(withLeftOut);
    }

    /** A due selected on the due payments tab, the plans tab, or a fresh payment on the payments received tab. */
    @Override
    public void show(Destination destination) {
        if (destination instanceof Destination.PaymentPlans) {
            tabs.getSelectionModel().select(plansTab);
        } else if (destination instanceof Destination.PlanFromDecision begun) {
            tabs.getSelectionModel().select(plansTab);
            // A half-typed plan is not emptied without asking; the new one is typing, never saved unseen.
            planPanel.beforeLosing(() -> planPanel.begin(begun.amount(), begun.firstDue(), begun.every(),
                    begun.source()));
        } else if (destination instanceof Destination.PaymentsAt at) {
            tabs.getSelectionModel().select(scheduleTab);
            schedulePanel.select(at.due());
        } else if (destination instanceof Destination.PaymentsReceived) {
            tabs.getSelectionModel().select(receivedTab);
            // A half-typed payment is not emptied without asking (as a call or a letter opened from elsewhere).
            paymentsPanel.beforeLosing(() -> paymentsPanel.edit(null));
        }
    }

    private void export() {
        if (model.now().isEmpty()) {
            return;
        }
        ArrearsSchedule schedule = model.now().get().schedule();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("payments.view.saveTheArrearsSchedule"));
        chooser.setInitialFileName(ScheduleExport.defaultFileName(model.today()));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(Messages.text("payments.view.csvFileForASpreadsheet"), "*.csv"));
        File chosen = chooser.showSaveDialog(view.getScene().getWindow());
        if (chosen == null) {
            return;
        }
        model.background.run(() -> {
            ScheduleExport.write(schedule, chosen.toPath());
            return chosen;
        }, file -> model.status().done(Messages.text("payments.view.savedTheScheduleUpTo",
                UkFormats.shortDate(schedule.asOf()), file.getName())), model::showProblem);
    }

    @Override
    public String key() {
        return "payments";
    }

    @Override
    public String title() {
        return Messages.text("payments.view.payments");
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        paymentsPanel.afreshUnlessTyping();
        planPanel.afreshUnlessTyping();
        adjustmentPanel.afreshUnlessTyping();
        model.reload();
    }

    /** A payment, plan or adjustment typed and not yet saved, on any of the three tabs. */
    @Override
    public boolean holdsUnsavedTyping() {
        return paymentsPanel.hasUnsavedTyping() || planPanel.hasUnsavedTyping() || adjustmentPanel.hasUnsavedTyping();
    }
}
