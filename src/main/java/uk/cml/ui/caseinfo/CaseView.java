package uk.cml.ui.caseinfo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import uk.cml.ui.common.FirstProblem;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.MovingOn;
import uk.cml.ui.common.PageStatus;
import uk.cml.ui.common.PageLayout;
import javafx.scene.layout.VBox;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.store.CaseStore;
import uk.cml.store.CorrectedDays;
import uk.cml.store.History;
import uk.cml.ui.common.AnswersAsFilled;
import uk.cml.ui.common.DraftKeeper;
import uk.cml.ui.common.FormAnswers;
import uk.cml.ui.common.KeptForm;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.SavedWithUndo;
import uk.cml.ui.shell.Page;

/** Every set-up answer, editable. Saving keeps the earlier answers as history rather than overwriting them. */
public final class CaseView extends Page {

    private final CaseStore cases;
    private final Background background;
    private final Clock clock;
    private final ObjectProperty<CaseFile> currentCase;
    private final Consumer<CaseFile> onSaved;
    private final ScrollPane scroll = PageLayout.scrolling(new VBox());
    private final BorderPane view = new BorderPane(scroll);
    private final Label status = new Label();
    /** What the status line says: "Saved." goes once the parent changes an answer or leaves the page. */
    private final PageStatus said = new PageStatus();
    private final SavedWithUndo savedNotice;
    /**
     * The form shown for each case this visit, with what it was filled with: one holding typing not yet saved is
     * shown again as the parent left it, after another page or another case, rather than read afresh over it.
     */
    private final Map<Long, Form> forms = new HashMap<>();

    /** One case's form: its fields, its Save button, and its answers as filled from the records. */
    private record Form(Node page, Button save, AnswersAsFilled asFilled, KeptForm kept) {
    }

    /** The form's key among the drafts (see {@link DraftKeeper}): "case/case-3/details". */
    static final String FORM = "case";

    private final DraftKeeper drafts;

    public CaseView(CaseStore cases, Background background, Clock clock, ObjectProperty<CaseFile> currentCase,
                    Consumer<CaseFile> onSaved, DraftKeeper drafts) {
        super("case", Messages.text("caseinfo.caseView.case"));
        this.cases = cases;
        this.background = background;
        this.clock = clock;
        this.currentCase = currentCase;
        this.onSaved = onSaved;
        this.drafts = drafts;
        status.textProperty().bind(said.textProperty());
        this.savedNotice = new SavedWithUndo(background, status, said::done);
        MovingOn.watch(view, said);
        status.setId("case-status");
        status.getStyleClass().add("status");
        status.setWrapText(true);
        currentCase.addListener((obs, old, now) -> {
            if (view.getScene() != null) {
                shown();
            }
        });
        lay(view, this::load);
    }

    private void load() {
        CaseFile caseFile = currentCase.get();
        if (caseFile == null) {
            return;
        }
        Form typedIn = forms.get(caseFile.id());
        if (typedIn != null && typedIn.asFilled().changed()) {
            show(typedIn); // what the parent typed and has not saved: never read afresh over it
            return;
        }
        // "Nothing was saved", or "Saved", was about the form before this one.
        said.clear();
        work.set(1);
        background.run(() -> new Loaded(cases.myDetails().orElseThrow(), cases.earlierVersions(caseFile.id()),
                        cases.fee(caseFile.id()), cases.arrangements(caseFile.id()), cases.cases()),
                loaded -> build(loaded, caseFile),
                problem -> {
                    work.set(0);
                    said.problem(problem);
                });
    }

    /** What a save did: whether anything changed, and the case as the records now hold it. */
    private record Saved(boolean changed, CaseFile caseFile) {
    }

    private record Loaded(MyDetails me, List<History.EarlierVersion> earlier, FeeRule fee,
                          ArrangementHistory arrangements, List<CaseFile> allCases) {
    }

    private void build(Loaded loaded, CaseFile caseFile) {
        work.set(0);
        MyDetails me = loaded.me();
        List<History.EarlierVersion> earlier = loaded.earlier();
        FeeRule fee = loaded.fee();
        LocalDate today = LocalDate.now(clock);
        CaseDraft draft = CaseDraft.of(me, caseFile, fee, loaded.arrangements(), today).besides(loaded.allCases());
        MyDetailsForm myForm = new MyDetailsForm(draft);
        OtherParentForm otherForm = new OtherParentForm(draft);
        ChildrenForm childrenForm = new ChildrenForm(draft, clock);
        ArrangementForm arrangementForm = new ArrangementForm(draft);
        Button save = new Button(Messages.text("caseinfo.caseView.saveChanges"));
        save.setId("case-save");
        save.getStyleClass().add("primary");
        // Enter in a one-line box saves, as Save does on the Calls, Notes and Letters pages (a box of several lines
        // keeps Enter for its new line).
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            boolean ok = myForm.validate() & otherForm.validate() & childrenForm.validate() & arrangementForm.validate();
            if (!ok) {
                said.refuse(Messages.text("caseinfo.caseView.nothingWasSavedPleaseCheck"));
                FirstProblem.reveal(scroll);
                return;
            }
            save.setDisable(true);
            said.say(Messages.text("caseinfo.caseView.saving"));
            MyDetails newMe = draft.toMyDetails();
            CaseFile newCase = draft.toCaseFile();
            Optional<LocalDate> feeStart = arrangementForm.feeStart();
            LocalDate feeFrom = feeStart.orElse(today);
            // A move starts on the day the parent gave; undo takes back the move recorded for that day.
            LocalDate movedOn = arrangementForm.moveStart().orElse(today);
            // Corrected first days for the latest move and rate; undo puts back the days they had.
            CorrectedDays corrected = arrangementForm.correctedDays();
            CorrectedDays asBefore = new CorrectedDays(
                    corrected.latestMove().map(day -> loaded.arrangements().latestSince()),
                    corrected.latestRate().map(day -> fee.latestRateSince()));
            // Undo puts back the rate that was in force on that day (unchanged fee: nothing to put back).
            CaseFile before = feeStart.isEmpty() ? caseFile : withFee(caseFile, fee.rateOn(feeFrom));
            background.run(() -> new Saved(cases.saveCorrections(newMe, newCase, feeFrom, movedOn, corrected),
                    cases.find(newCase.id()).orElseThrow()), done -> {
                save.setDisable(false);
                CaseFile saved = done.caseFile();
                // Saved: the form is filled afresh from the records, and the typing kept is a record now.
                Optional.ofNullable(forms.remove(caseFile.id())).ifPresent(was -> {
                    was.kept().forget();
                    drafts.release(was.kept());
                });
                onSaved.accept(saved);
                if (!done.changed()) {
                    // The same answers saved again: nothing was recorded, so there is nothing to undo.
                    said.nothingChanged();
                    return;
                }
                // Undo saves the answers as they were before, as one more correction: the history keeps both.
                savedNotice.amended("case-saved-undo", Messages.text("caseinfo.caseView.savedYourEarlierAnswersAre"),
                        () -> {
                            cases.saveCorrections(me, before, feeFrom, movedOn, asBefore);
                            return caseFile.id();
                        }, then -> background.run(() -> cases.find(caseFile.id()).orElseThrow(), restored -> {
                            Optional.ofNullable(forms.remove(caseFile.id()))
                                    .ifPresent(was -> drafts.release(was.kept()));
                            onSaved.accept(restored);
                            then.run();
                        }, said::problem));
            }, error -> {
                save.setDisable(false);
                said.problem(error);
            });
        });
        // Each case's form has its own, as a form kept for one case stays whole while another's is shown.
        Label history = new Label();
        history.setId("case-history");
        history.setWrapText(true);
        history.getStyleClass().add("field-hint");
        history.setText(earlier.isEmpty() ? Messages.text("caseinfo.caseView.noChangesSinceSetUp")
                : Messages.text("caseinfo.caseView.changedLastOnEveryEarlier", earlier.size(), (earlier.size() == 1
                ? Messages.text("caseinfo.caseView.time") : Messages.text("caseinfo.caseView.times")),
                UkFormats.dateTime(earlier.get(earlier.size() - 1).amendedAt())));
        Label whose = new Label(caseFile.title());
        whose.setId("case-whose");
        whose.getStyleClass().add("field-hint");
        // Typing kept through a kill for this case: the children it named get their rows before it is put back.
        String record = "case-" + caseFile.id() + "/details";
        drafts.waiting(FORM + "/" + record).ifPresent(kept -> childrenForm.makeRoomFor(kept.fields()));
        VBox keptNotice = new VBox();
        VBox page = new VBox(PageLayout.title(Messages.text("caseinfo.caseView.case")), whose, keptNotice,
                section(Messages.text("caseinfo.caseSummary.aboutYou"), myForm.view()),
                section(Messages.text("caseinfo.caseSummary.theOtherParent"), otherForm.view()),
                section(Messages.text("caseinfo.caseView.children"), childrenForm.view()),
                section(Messages.text("caseinfo.caseSummary.howMaintenanceIsArranged"), arrangementForm.view()),
                history);
        page.getStyleClass().addAll("page", "case-content");
        // Once every answer marked in red has been changed, "check the answers marked in red" points at nothing.
        page.addEventFilter(javafx.scene.input.KeyEvent.KEY_RELEASED, e -> forgetRefusalOnceNothingIsRed(page));
        page.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> forgetRefusalOnceNothingIsRed(page));
        AnswersAsFilled asFilled = new AnswersAsFilled(() -> FormAnswers.of(page));
        asFilled.filled();
        KeptForm kept = drafts.keep(FORM, () -> record, asFilled, page);
        keptNotice.getChildren().add(kept.notice());
        // A child's row added since is not watched by the form itself: any key or click on the page keeps the typing.
        page.addEventFilter(javafx.scene.input.KeyEvent.KEY_RELEASED, e -> kept.typed());
        page.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> kept.typed());
        Form form = new Form(page, save, asFilled, kept);
        // The form it replaces (read afresh, untouched) is let go, with the page it watched.
        Optional.ofNullable(forms.put(caseFile.id(), form)).ifPresent(was -> drafts.release(was.kept()));
        if (currentCase.get() != null && currentCase.get().id() == caseFile.id()) {
            show(form);
        }
    }

    /** Set by "Add the reference" on the Overview: the reference is brought into view once the form shows. */
    private boolean toReference;

    /** 1 while the records are being read for a new form, which replaces the one shown when it comes. */
    private final javafx.beans.property.IntegerProperty work = new javafx.beans.property.SimpleIntegerProperty();

    @Override
    public void show(uk.cml.ui.shell.Destination destination) {
        if (destination instanceof uk.cml.ui.shell.Destination.CaseReference) {
            toReference = true;
            Form shown = currentCase.get() == null ? null : forms.get(currentCase.get().id());
            if (shown != null && scroll.getContent() == shown.page()) {
                showReference(shown);
                // The form read afresh for this visit replaces this one when it comes: it is brought to the
                // reference too (the keyboard stayed on the old form's box, gone from the page, in the full test run).
                toReference = work.get() > 0;
            }
        }
    }

    /**
     * The reference's box (or, while it is to be added later, the box saying so) in view, with the keyboard, once the
     * page is laid out and its records have come ({@link uk.cml.ui.common.SettledInView}, as the Calls page's question
     * is): asked once, it did not last in the full test run, the form not yet in the window or read again after it.
     */
    private void showReference(Form form) {
        Node later = form.page().lookup("#cms-reference-later");
        Node box = form.page().lookup("#cms-reference");
        if (later == null || box == null || !later.isVisible()) {
            return;
        }
        uk.cml.ui.common.SettledInView.bring(box.isDisabled() ? later : box, work);
    }

    private void show(Form form) {
        scroll.setContent(form.page());
        if (toReference) {
            toReference = false;
            showReference(form);
        }
        // Save in a bar along the bottom, in view however far down the parent has scrolled.
        // The line saying what happened stands above the button, so the button stays where the mouse left it as
        // "Nothing was saved" or "Saved" comes and goes (under it, the line lifted the button as it came).
        view.setBottom(PageLayout.actionBarWithStatusAbove(status, form.save()));
    }

    private void forgetRefusalOnceNothingIsRed(Node page) {
        javafx.application.Platform.runLater(() -> {
            if (!FormGrid.anyProblemShown(page)) {
                said.refusalPutRight();
            }
        });
    }

    private static CaseFile withFee(CaseFile k, BigDecimal percent) {
        return new CaseFile(k.id(), k.otherParentName(), k.otherParentAddress(), k.otherParentWork(), k.arrangement(),
                k.cmsReference(), k.children(), percent);
    }

    private static VBox section(String heading, Node content) {
        Label label = new Label(heading);
        label.getStyleClass().add("heading");
        VBox box = new VBox(10, label, content);
        box.getStyleClass().add("card");
        return box;
    }

    /** Any case's form changed and not saved: each keeps its typing while another case is shown. */
    @Override
    public boolean holdsUnsavedTyping() {
        return forms.values().stream().anyMatch(form -> form.asFilled().changed());
    }
}
