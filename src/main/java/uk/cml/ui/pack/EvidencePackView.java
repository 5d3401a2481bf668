package uk.cml.ui.pack;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import uk.cml.domain.UkFormats;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.letters.pack.EvidencePackBuilder;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.letters.pack.PackContents;
import uk.cml.letters.pack.RecordsSeal;
import uk.cml.letters.pack.PackPeriod;
import uk.cml.letters.pack.PackSection;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.MovingOn;
import uk.cml.ui.common.PageStatus;
import uk.cml.ui.common.SaveDialog;
import uk.cml.ui.common.UkDateField;
import uk.cml.ui.common.PageLayout;
import uk.cml.ui.shell.Page;

/**
 * The Evidence pack page: the parent picks the period and the sections, chooses where to save, and the pack is made
 * in the background with a progress bar and a Cancel button. The save dialog asks before replacing a file.
 */
public final class EvidencePackView extends Page {

    private final PackAssembler assembler;
    private final Background background;
    private final Clock clock;
    private final ObjectProperty<CaseFile> currentCase;
    private final Supplier<Optional<RecordsSeal>> seal;
    private final UkDateField from = new UkDateField();
    private final UkDateField until = new UkDateField();
    private final TypedPeriod period = new TypedPeriod(from, until);
    /** Beside the period's start: why it cannot be so (after today, after the end, empty or no date). */
    private final Label fromProblem = FormGrid.errorLabel("pack-from", from);
    /** Beside the period's end: why its end cannot be after today (PackPeriod#refusal, the rule export-pack keeps). */
    private final Label untilProblem = FormGrid.errorLabel("pack-until", until);
    private final Map<PackSection, CheckBox> sections = new EnumMap<>(PackSection.class);
    private final Button make = new Button(Messages.text("pack.evidencePackView.makeThePack"));
    private final Button cancel = new Button(Messages.text("pack.evidencePackView.cancel"));
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    /** What the status line says: "Saved the pack ..." goes once the parent changes a choice or leaves the page. */
    private final PageStatus said = new PageStatus();
    private final CheckBox maskContacts = new CheckBox(Messages.text("pack.evidencePackView.hideMyAddressPhoneAnd"));
    /** Who the pack is for: the CMS at first. Choosing one sets the box above to what suits it. */
    private final ToggleGroup recipients = new ToggleGroup();
    /** Whether the case shown keeps the parent's address from the other parent, once read. */
    private boolean addressKeptPrivate;
    private final VBox view = new VBox(12);
    private Task<EvidencePackBuilder.Result> running;
    private final LongPredicate addressPrivate;
    private final SaveDialog saving;
    private final uk.cml.ui.common.FileOpener opener;
    /**
     * Shown once a pack is saved: opens the folder it went into (Documents/Child Maintenance Log unless the parent
     * chose another), which the status line names. The pack is not copied into the records, so this is where it is.
     */
    private final Button openFolder = new Button(Messages.text("pack.evidencePackView.openTheFolder"));
    private final Label folderNotOpened = uk.cml.ui.common.SystemOpening.besideButton("pack-open-folder-problem");
    /** The folder the last pack was saved into, while "Open the folder" is shown. */
    private Optional<java.nio.file.Path> savedIn = Optional.empty();
    /** The status line's words when the last pack was saved. */
    private String savedSaid = "";
    private long privacyReadFor = -1;

    /**
     * @param seal           the records' fingerprint and what Check records finds now, for the last page, when
     *                       the app can work them out (read in the background: the check reads every record)
     * @param addressPrivate whether a case keeps the parent's address from the other parent (read in the
     *                       background); its packs for a tribunal then start with the address hidden
     * @param saving         the save dialog, opened in the app's folder in Documents
     */
    public EvidencePackView(PackAssembler assembler, Background background, Clock clock,
                            ObjectProperty<CaseFile> currentCase, Supplier<Optional<RecordsSeal>> seal,
                            LongPredicate addressPrivate, SaveDialog saving) {
        this(assembler, background, clock, currentCase, seal, addressPrivate, saving, folder -> {
            throw new java.io.IOException("no file manager");
        });
    }

    /** @param opener opens the folder a pack was saved into in the computer's file manager, off the FX thread */
    public EvidencePackView(PackAssembler assembler, Background background, Clock clock,
                            ObjectProperty<CaseFile> currentCase, Supplier<Optional<RecordsSeal>> seal,
                            LongPredicate addressPrivate, SaveDialog saving, uk.cml.ui.common.FileOpener opener) {
        super("pack", Messages.text("pack.evidencePackView.evidencePack"));
        this.opener = opener;
        this.addressPrivate = addressPrivate;
        this.saving = saving;
        this.assembler = assembler;
        this.background = background;
        this.clock = clock;
        this.currentCase = currentCase;
        this.seal = seal;
        build();
        currentCase.addListener((obs, old, now) -> shown());
        // In a scroll pane like every other page: at the top left, and a long page scrolls inside the page.
        lay(PageLayout.scrolling(view), this::load);
    }

    private void build() {
        view.setId("page-pack");
        view.getStyleClass().addAll("page", "narrow-page"); // margins, gaps and width from app.css
        Label title = PageLayout.title(Messages.text("pack.evidencePackView.evidencePack"));
        Label intro = new Label(Messages.text("pack.evidencePackView.onePdfOfYourRecords"));
        intro.setWrapText(true);
        from.setId("pack-from");
        from.setAccessibleText(Messages.text("pack.evidencePackView.periodFrom"));
        until.setId("pack-until");
        until.setAccessibleText(Messages.text("pack.evidencePackView.periodUntil"));
        HBox period = new HBox(8, new Label(Messages.text("pack.evidencePackView.from")), from,
                new Label(Messages.text("pack.evidencePackView.until")), until);
        period.setAlignment(javafx.geometry.Pos.BASELINE_LEFT); // "From" on the line of the date it names
        // Said as soon as a later day is picked, not only once Make the pack is pressed.
        // Each beside the box it is about (PeriodProblems), for either date changed.
        javafx.beans.value.ChangeListener<LocalDate> changed = (obs, old, now) -> {
            if (now != null) {
                showProblems(false);
            }
        };
        from.valueProperty().addListener(changed);
        until.valueProperty().addListener(changed);
        // The sections in two columns, read down the first and then the second (as the Tab key goes): in one column
        // at 1024 x 768 "Make the pack" sat half below the window's edge (reviewer rv6).
        javafx.scene.layout.GridPane boxes = new javafx.scene.layout.GridPane();
        boxes.setHgap(32);
        boxes.setVgap(6);
        PackSection[] all = PackSection.values();
        int down = (all.length + 1) / 2;
        for (int i = 0; i < all.length; i++) {
            PackSection section = all[i];
            CheckBox box = new CheckBox(section.title());
            box.setId("pack-section-" + section.name().toLowerCase(Locale.ROOT));
            box.setSelected(true);
            sections.put(section, box);
            boxes.add(box, i / down, i % down);
        }
        make.setId("pack-make");
        make.getStyleClass().add("primary");
        make.setDefaultButton(true);
        make.setOnAction(e -> chooseFileAndMake());
        cancel.setId("pack-cancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel(false);
            }
        });
        progress.setId("pack-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        status.textProperty().bind(said.textProperty());
        status.setId("pack-status");
        status.getStyleClass().add("status");
        status.setWrapText(true);
        Label sectionsHeading = new Label(Messages.text("pack.evidencePackView.sections"));
        sectionsHeading.getStyleClass().add("heading");
        Label forHeading = new Label(Messages.text("pack.evidencePackView.whoIsThePackFor"));
        forHeading.getStyleClass().add("heading");
        FlowPane forWhom = new FlowPane(16, 6);
        for (PackRecipient recipient : PackRecipient.values()) {
            RadioButton button = new RadioButton(recipient.title());
            button.setId(recipient.id());
            button.setUserData(recipient);
            button.setToggleGroup(recipients);
            forWhom.getChildren().add(button);
        }
        recipients.selectToggle(recipients.getToggles().get(0));
        recipients.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one is always chosen
            } else {
                maskContacts.setSelected(recipient().hidesContactsAtFirst(addressKeptPrivate));
            }
        });
        maskContacts.setId("pack-mask-contacts");
        Label maskHint = new Label(Messages.text("pack.evidencePackView.forAPackTheOther"));
        maskHint.setWrapText(true);
        maskHint.getStyleClass().add("field-hint");
        openFolder.setId("pack-open-folder");
        openFolder.managedProperty().bind(openFolder.visibleProperty());
        openFolder.setVisible(false);
        openFolder.setOnAction(e -> savedIn.ifPresent(folder -> uk.cml.ui.common.SystemOpening.openFolder(background,
                opener, folder, folderNotOpened)));
        // Goes with the words naming the folder: once the status line moves on, so does the button.
        said.textProperty().addListener((obs, old, now) -> {
            if (savedIn.isPresent() && (now == null || !now.equals(savedSaid))) {
                savedIn = Optional.empty();
                openFolder.setVisible(false);
                folderNotOpened.setText("");
            }
        });
        view.getChildren().addAll(title, intro, new VBox(2, period, fromProblem, untilProblem), sectionsHeading, boxes, forHeading, forWhom,
                maskContacts, maskHint,
                new HBox(8, make, cancel), progress, status, openFolder, folderNotOpened);
        MovingOn.watch(view, said);
    }

    /** Suggests the whole history of the case as the period. */
    private void load() {
        CaseFile caseFile = currentCase.get();
        if (caseFile == null || running != null) {
            return;
        }
        if (caseFile.id() != privacyReadFor) {
            // Once per case, so a box the parent changed stays as they left it on later visits.
            privacyReadFor = caseFile.id();
            background.run(() -> addressPrivate.test(caseFile.id()), kept -> {
                addressKeptPrivate = kept;
                maskContacts.setSelected(recipient().hidesContactsAtFirst(kept));
            }, said::problem);
        }
        List<String> asLoadBegan = period.leaving(caseFile.id());
        background.run(() -> assembler.wholeHistory(caseFile.id()),
                whole -> period.wholeHistory(caseFile.id(), whole.from(), whole.until(), asLoadBegan), said::problem);
    }

    private PackRecipient recipient() {
        return (PackRecipient) recipients.getSelectedToggle().getUserData();
    }

    private void chooseFileAndMake() {
        CaseFile caseFile = currentCase.get();
        Optional<LocalDate> start = from.typedDate();
        Optional<LocalDate> end = until.typedDate();
        if (caseFile == null) {
            said.say(Messages.text("pack.evidencePackView.enterBothDatesOfThe"));
            return;
        }
        if (!showProblems(true)) {
            said.say(Messages.text("pack.evidencePackView.checkTheDateInRed"));
            return;
        }
        Set<PackSection> chosen = EnumSet.noneOf(PackSection.class);
        sections.forEach((section, box) -> {
            if (box.isSelected()) {
                chosen.add(section);
            }
        });
        // The system save dialog asks before replacing a file, so a pack never overwrites one silently.
        File file = saving.show(saveDialog(), view.getScene().getWindow());
        if (file != null) {
            make(caseFile.id(), new PackPeriod(start.get(), end.get()), chosen, file.toPath());
        }
    }

    /**
     * Says what is wrong with the period beside the box it is about (both boxes checked, so a problem put right goes).
     * True when there is none.
     *
     * @param complete on Make: an empty or unreadable box counts too
     */
    private boolean showProblems(boolean complete) {
        PeriodProblems problems = PeriodProblems.of(from.typedDate(), from.hasUnreadableText(), until.typedDate(),
                until.hasUnreadableText(), LocalDate.now(clock), complete);
        FormGrid.show(fromProblem, problems.from());
        FormGrid.show(untilProblem, problems.until());
        return problems.none();
    }

    /** Where the pack is saved: the app's folder in Documents, with today's date in the name. */
    FileChooser saveDialog() {
        return saving.chooser(Messages.text("pack.evidencePackView.saveTheEvidencePack"),
                Messages.text("pack.evidencePackView.evidencePackPdf", UkFormats.shortDate(LocalDate.now(clock))),
                new FileChooser.ExtensionFilter("PDF", "*.pdf"));
    }

    /** Makes the pack in the background; visible for tests, which skip the save dialog. */
    void make(long caseId, PackPeriod period, Set<PackSection> chosen, Path target) {
        boolean mask = maskContacts.isSelected();
        uk.cml.letters.pack.PackFor madeFor = recipient().packFor();
        java.util.concurrent.atomic.AtomicReference<Optional<RecordsSeal>> checked =
                new java.util.concurrent.atomic.AtomicReference<>(Optional.empty());
        running = new Task<>() {
            @Override
            protected EvidencePackBuilder.Result call() throws Exception {
                // Read here, off the JavaFX thread: checking the records reads every record and stored file.
                checked.set(seal.get());
                PackContents contents = assembler.assemble(caseId, period, chosen, checked.get(), mask,
                        madeFor);
                return new EvidencePackBuilder().build(contents, target, (fraction, step) -> {
                    updateProgress(fraction, 1);
                    updateMessage(step);
                }, this::isCancelled);
            }
        };
        progress.progressProperty().bind(running.progressProperty());
        said.clear(); // the steps of this pack from here, not words about the last one
        Task<EvidencePackBuilder.Result> task = running;
        task.messageProperty().addListener((obs, old, step) -> {
            if (running == task && step != null) {
                said.say(step);
            }
        });
        progress.setVisible(true);
        showWhatWasSaid();
        make.setDisable(true);
        cancel.setDisable(false);
        running.setOnCancelled(e -> finish(() -> said.say(Messages.text(
                "pack.evidencePackView.cancelledNothingWasSaved"))));
        // Saved, and nothing left out: said until the parent moves on. Files left out stay said, as a problem does.
        background.run(running, result -> finish(() -> {
            // A mismatch Check records found is said until the parent acts, as a problem is: the pack says it too.
            int mismatches = checked.get().map(RecordsSeal::mismatches).orElse(0);
            String saved = Messages.text("pack.evidencePackView.savedThePackPagesTo", result.pageCount(),
                    result.file(), (result.problems().isEmpty() ? "" : Messages.text(
                            "pack.evidencePackView.someFilesCouldNotBe", String.join("; ", result.problems()))))
                    + (mismatches == 0 ? "" : " " + (mismatches == 1
                    ? Messages.text("pack.evidencePackView.checkFoundOneMismatch")
                    : Messages.text("pack.evidencePackView.checkFoundMismatches", mismatches)));
            if (result.problems().isEmpty() && mismatches == 0) {
                said.done(saved);
            } else {
                said.say(saved);
            }
            savedSaid = said.textProperty().get();
            savedIn = Optional.ofNullable(result.file().toAbsolutePath().getParent());
            openFolder.setVisible(savedIn.isPresent());
        }), error -> finish(() -> said.problem(error)));
    }

    private void finish(Runnable say) {
        progress.progressProperty().unbind();
        progress.setVisible(false);
        make.setDisable(false);
        cancel.setDisable(true);
        running = null;
        say.run();
        showWhatWasSaid();
    }

    /**
     * The page scrolls so the button and what it says are in view: at 1366x768 the line saying where the pack was
     * saved (and its folder button) sat under the window's edge, and a reviewer saw nothing happen.
     */
    private void showWhatWasSaid() {
        uk.cml.ui.common.FirstProblem.bringIntoView(make, openFolder.isVisible() ? openFolder : status);
    }
}
