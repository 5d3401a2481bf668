package uk.cml.ui.letters;

import uk.cml.ui.common.ReadingPlaceholder;

import java.time.Clock;
import java.util.function.LongSupplier;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.store.AddressBookStore;
import uk.cml.store.CallStore;
import uk.cml.store.DocumentRecordStore;
import uk.cml.store.ReceivedLetterStore;
import uk.cml.store.SentLetterStore;
import uk.cml.store.StandingStore;
import uk.cml.ui.common.AttachmentField;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.FilePicker;
import uk.cml.ui.common.FirstProblem;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.LosingQuestion;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageLayout;
import uk.cml.ui.common.MovingOn;
import uk.cml.ui.common.StatusLine;
import uk.cml.ui.shell.Destination;
import uk.cml.ui.shell.Navigator;
import uk.cml.ui.shell.Page;

/** The log of letters sent (with posting and proof) and received (with the scan), and when replies are due. */
public final class LettersView extends Page {

    /**
     * The stores this page reads and writes; {@code standing} only for the case's CMS decisions, which a
     * reconsideration request or write-off reply answers, and {@code calls} only for the case's calls, which a
     * follow-up to a call follows up.
     */
    public record Stores(SentLetterStore sent, ReceivedLetterStore received, DocumentRecordStore documents,
                         AddressBookStore addressBook, StandingStore standing, CallStore calls,
                         java.util.function.LongFunction<java.util.List<uk.cml.domain.arrears.PaymentPlan>> plans) {

        /** With no payment plans to read: a calculation saved is then always offered its new amount. */
        public Stores(SentLetterStore sent, ReceivedLetterStore received, DocumentRecordStore documents,
                AddressBookStore addressBook, StandingStore standing, CallStore calls) {
            this(sent, received, documents, addressBook, standing, calls, caseId -> java.util.List.of());
        }
    }

    private final LettersModel model;
    private final BorderPane view = new BorderPane();
    private final TableView<SentLetter> sentTable;
    private final TableView<ReceivedLetter> receivedTable;
    private final SentLetterForm sentForm;
    private final ReceivedLetterForm receivedForm;
    /** Keeps what is typed for a letter received, as it is typed (see DraftKeeper). */
    private final uk.cml.ui.common.KeptForm receivedKept;
    private final uk.cml.ui.common.KeptForm sentKept;
    private final VBox formBox = new VBox(12);
    /** The photo of a sent letter's certificate of posting, which "Attach the photo" opens the letter at. */
    private final AttachmentField certificatePhoto;
    /** The form's scroll: each letter opens at its top, not where the last one was left. */
    private final ScrollPane editorScroll = new ScrollPane();
    /** The letter to open at its certificate of posting, until another is opened; 0 for none. */
    private long openAtCertificate;
    /** The list the open letter was chosen in (the keyboard goes back to it), or null. */
    private TableView<?> cameFrom;
    /** The letter open in the form, or null. */
    private LettersModel.Opened shownLetter;
    /** Above a letter not posted that was made before its records changed. */
    private final ChangedNotice changedNotice;
    private final Node lists;
    /** The two lists, one to a tab: "Letters you sent (6)", "Letters you received (7)". */
    private final javafx.scene.control.TabPane listTabs = new javafx.scene.control.TabPane();
    private javafx.scene.control.Tab sentTab;
    private javafx.scene.control.Tab receivedTab;
    private final Node editor;
    /** Asked before a letter half typed is closed: by Back, another letter, or "Log a letter..." (never by Escape). */
    private final LosingQuestion losing = new LosingQuestion("letters");
    /** The typing kept through a stop, for opening the form a new letter's typing waits in ({@link #show}). */
    private final uk.cml.ui.common.DraftKeeper drafts;
    private final ObjectProperty<CaseFile> currentCase;

    /** @param navigator where the "Write..." buttons take the parent: the letter writer, started on the letter */
    public LettersView(Stores stores, UkCalendar calendar, Background background, Clock clock,
                       ObjectProperty<CaseFile> currentCase, FilePicker picker, Navigator navigator) {
        this(stores, calendar, background, clock, currentCase, picker, navigator,
                uk.cml.ui.common.DraftKeeper.none());
    }

    /** @param drafts keeps what is typed in the forms for letters sent and received, and puts it back after a stop */
    public LettersView(Stores stores, UkCalendar calendar, Background background, Clock clock,
                       ObjectProperty<CaseFile> currentCase, FilePicker picker, Navigator navigator,
                       uk.cml.ui.common.DraftKeeper drafts) {
        super("letters", Messages.text("letters.view.letters"));
        this.drafts = drafts;
        this.currentCase = currentCase;
        this.model = new LettersModel(stores, background, clock, currentCase);
        sentTable = LetterTables.sent(model::answered, model::madeBeforeChanges, model::complaintBeyond,
                model::today);
        changedNotice = new ChangedNotice(letter -> navigator.go(model.makeAgain(letter)));
        receivedTable = LetterTables.received(model::sent, model::decisions);
        // Until the letters are read, the empty tables say so, rather than "No letters sent yet".
        ReadingPlaceholder.until(sentTable.placeholderProperty(), sentTable.getPlaceholder(), model.readProperty());
        ReadingPlaceholder.until(receivedTable.placeholderProperty(), receivedTable.getPlaceholder(),
                model.readProperty());
        sentTable.setItems(model.sent());
        receivedTable.setItems(model.received());
        // Newest first: after each load both lists are back at their newest letter.
        model.sent().addListener((ListChangeListener<Object>) c -> sentTable.scrollTo(0));
        model.received().addListener((ListChangeListener<Object>) c -> receivedTable.scrollTo(0));
        // A file attached goes with the letter's own case, even after another case is chosen while it is typed.
        LongSupplier caseId = model::formCaseId;
        certificatePhoto = new AttachmentField("sent-cert-photo", stores.documents(), background, caseId, picker,
                Messages.text("letters.view.photoOrScanOfThe"));
        sentForm = new SentLetterForm(clock, calendar,
                new AttachmentField("sent-copy", stores.documents(), background, caseId, picker,
                Messages.text("letters.view.yourCopyOfTheLetter")),
                certificatePhoto);
        // Named as what it is for, as the letter's copy is: "cert.png" alone said nothing in Documents or the Timeline.
        certificatePhoto.describedBy(() -> certificateDescribed(sentForm.editing()));
        sentForm.savesAttachmentsWith(model::saveAmendment);
        receivedForm = new ReceivedLetterForm(clock, calendar,
                new AttachmentField("received-scan", stores.documents(), background, caseId, picker,
                        Messages.text("letters.view.scanOrPhotoOfThe")));
        receivedForm.savesAttachmentsWith(model::saveReceivedAmendment);
        receivedKept = receivedForm.keptBy(drafts, caseId);
        sentKept = sentForm.keptBy(drafts, caseId);
        model.addresses().addListener((ListChangeListener<Object>) c -> sentForm.setAddressBook(model.addresses()));
        model.sent().addListener((ListChangeListener<Object>) c -> receivedForm.setSentLetters(model.sent()));
        model.received().addListener((ListChangeListener<Object>) c -> {
            receivedForm.setReceivedLetters(model.received());
            sentForm.setReceivedLetters(model.received());
        });
        model.decisions().addListener((ListChangeListener<Object>) c -> sentForm.setDecisions(model.decisions()));
        model.calls().addListener((ListChangeListener<Object>) c -> sentForm.setCalls(model.calls()));
        model.facts().addListener((obs, old, now) -> sentForm.setFacts(now));
        sentForm.offerKinds(model::kindsOffered);
        view.setTop(top(navigator));
        lists = lists();
        editor = editor(navigator);
        view.setCenter(lists);
        view.getStyleClass().add("page"); // the page's margins come from app.css
        view.setId("letters-page");
        // The arrow keys only move along a list (each letter opened at once before, the keyboard thrown to the case
        // chooser as the list left the page); Enter, a click or a choice made by the page opens the letter.
        java.util.function.Supplier<Boolean> sentChosen = uk.cml.ui.common.RowOpening.install(sentTable,
                sentTable.getSelectionModel().selectedItemProperty(), sentTable.getFocusModel()::getFocusedItem,
                this::openFromList);
        java.util.function.Supplier<Boolean> receivedChosen = uk.cml.ui.common.RowOpening.install(receivedTable,
                receivedTable.getSelectionModel().selectedItemProperty(),
                receivedTable.getFocusModel()::getFocusedItem, this::openFromList);
        sentTable.getSelectionModel().selectedItemProperty().addListener((obs, old, letter) -> {
            if (letter != null && sentChosen.get()) {
                openFromList(letter);
            }
        });
        receivedTable.getSelectionModel().selectedItemProperty().addListener((obs, old, letter) -> {
            if (letter != null && receivedChosen.get()) {
                openFromList(letter);
            }
        });
        losing.whenTyping(this::hasUnsavedTyping);
        losing.namingFile(Messages.text("letters.model.noun"), () -> {
            LettersModel.Opened opened = model.openedProperty().get();
            return opened == null ? java.util.Optional.<String>empty()
                    : opened.sent() ? sentForm.fileWaiting() : receivedForm.fileWaiting();
        });
        // Another case chosen: back to the lists, unless a letter is being typed (Save then says where it belongs).
        model.whenCaseChanges(() -> {
            if (!losing.typing()) {
                model.showList();
            }
        });
        // Every opening fills the form afresh, even of the same letter (so a change listener would not do).
        model.openedProperty().addListener((InvalidationListener) obs -> show(model.openedProperty().get()));
        model.lastSavedProperty().addListener((obs, old, letter) -> {
            if (letter instanceof SentLetter sent) {
                showList(sentTable);
                sentTable.scrollTo(sent);
            } else if (letter instanceof ReceivedLetter received) {
                showList(receivedTable);
                receivedTable.scrollTo(received);
            }
        });
        // Once every answer marked in red has been changed, "check the answers marked in red" points at nothing.
        FormGrid.onceNothingIsRed(formBox, model.status()::refusalPutRight);
        // "Saved." goes once the parent types in a letter's form, chooses another, or leaves the page.
        MovingOn.watch(view, model.status());
        lay(view, model::reload);
    }

    private Node top(Navigator navigator) {
        Label heading = new Label(Messages.text("letters.view.letters"));
        heading.getStyleClass().add("title");
        Label intro = new Label(Messages.text("letters.view.keepARecordOfEvery"));
        intro.setWrapText(true);
        Button newSent = PageLayout.button("letters-new-sent", Messages.text("letters.model.logALetterYouSent"), () ->
                losing.beforeLosing(() -> model.openSent(null)));
        Button newReceived = PageLayout.button("letters-new-received",
                Messages.text("letters.model.logALetterYouReceived"),
                () -> losing.beforeLosing(() -> model.openReceived(null)));
        Button write = PageLayout.button("letters-write", Messages.text("letters.view.writeALetter"),
                () -> navigator.go(new Destination.ChooseLetter()));
        write.getStyleClass().add("primary");
        // On the title's line, not one of their own: at 1024 x 700 that line is a row more of each list.
        javafx.scene.layout.Region apart = new javafx.scene.layout.Region();
        HBox.setHgrow(apart, Priority.ALWAYS);
        HBox actions = new HBox(10, heading, apart, write, newSent, newReceived);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label status = StatusLine.bind(new Label(), model.status(), "letters-undo");
        status.setId("letters-status");
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty().or(status.graphicProperty().isNotNull()));
        // A calculation just saved may set a new amount: the plan form, filled with what the decision's words say of
        // it (nothing guessed), for the parent to check and save.
        Button planChange = PageLayout.button("letters-plan-change", Messages.text("letters.view.addTheNewAmount"),
                () -> model.planForm().ifPresent(form -> {
                    model.calculationTaken();
                    navigator.go(form);
                }));
        planChange.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.calculationSaved().get().isPresent(), model.calculationSaved()));
        planChange.managedProperty().bind(planChange.visibleProperty());
        VBox top = new VBox(8, actions, intro, status, planChange);
        top.getStyleClass().addAll("page-head", "tight");
        return top;
    }

    /**
     * The letters sent and the letters received, each on a tab of its own that says how many it holds. Stacked, the
     * two lists shared about 435 px at 1024 x 700: three of the sample's six letters sent showed, and the received
     * list as few. On a tab each list has the page's height.
     */
    private Node lists() {
        sentTab = listTab("letters-tab-sent", "letters.view.sentTab", sentTable, model.sent());
        receivedTab = listTab("letters-tab-received", "letters.view.receivedTab", receivedTable, model.received());
        listTabs.getTabs().setAll(sentTab, receivedTab);
        listTabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        listTabs.setId("letters-tabs");
        return listTabs;
    }

    private static javafx.scene.control.Tab listTab(String id, String words, TableView<?> table,
                                                    javafx.collections.ObservableList<?> letters) {
        javafx.scene.control.Tab tab = new javafx.scene.control.Tab();
        tab.setId(id);
        tab.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.text(words, letters.size()), letters));
        VBox content = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.getStyleClass().add("letters-list");
        tab.setContent(content);
        return tab;
    }

    /** Shows the tab of the list {@code table} (the letters sent or received). */
    private void showList(TableView<?> table) {
        listTabs.getSelectionModel().select(table == receivedTable ? receivedTab : sentTab);
    }

    private Node editor(Navigator navigator) {
        Label formHeading = new Label();
        formHeading.getStyleClass().add("heading");
        // The records pages' label column (common/RecordsPage): beside 190 px labels, "A reply to" (a drop-down as
        // wide as a form field gets) pushed the received letter's form past its view at 1024 wide.
        java.util.List.of(sentForm.grid, receivedForm.grid).forEach(g -> g.getStyleClass().add("records-form"));
        formHeading.setId("letters-form-heading");
        formHeading.textProperty().bind(model.heading());
        ScrollPane scroll = editorScroll;
        Button save = PageLayout.button("letters-save", Messages.text("letters.view.save"), () -> {
            model.save(sentForm::read, receivedForm::read);
            FirstProblem.reveal(scroll);
        });
        save.getStyleClass().add("primary");
        save.setDefaultButton(true);
        Button bin = PageLayout.button("letters-bin", Messages.text("letters.view.moveToBin"), model::moveToBin);
        // Only while the letter's own case is open: one kept open across a change of case is not this case's.
        bin.disableProperty().bind(model.canMoveToBin().not());
        Button history = PageLayout.button("letters-history", Messages.text("letters.view.earlierVersions"),
                model::showHistory);
        history.disableProperty().bind(model.hasSaved().not());
        Button reply = offered(PageLayout.button("letters-start-reply",
                Messages.text("letters.view.logTheReplyYouSent"),
                () -> receivedForm.editing().ifPresent(this::logReplyTo)), model.canReply());
        Button writeReply = offered(PageLayout.button("letters-write-reply", Messages.text("letters.view.writeAReply"),
                () -> receivedForm.editing().ifPresent(l -> navigator.go(new Destination.ReplyTo(l, model.answers(l),
                        model.decisionFrom(l))))),
                model.canReply());
        Button chase = offered(PageLayout.button("letters-chase", Messages.text("letters.view.chaseThisLetter"),
                () -> sentForm.editing().ifPresent(l -> navigator.go(new Destination.ChaseUnanswered(l)))),
                model.canChase());
        Button back = PageLayout.button("letters-back", Messages.text("letters.view.backToTheList"),
                () -> losing.beforeLosing(model::showList));
        // Not the cancel button: Escape, pressed to close a drop-down, also pressed Back and put "Lose what I typed"
        // one click away. Escape closes a drop-down or calendar and nothing else; leaving the form takes Back.
        VBox editor = new VBox(12, formHeading, formBox);
        editor.getStyleClass().add("letter-editor");
        scroll.setContent(editor);
        scroll.setFitToWidth(true);
        scroll.setId("letters-editor");
        // The form scrolls; its actions stay in sight below it, so Save never needs a scroll.
        // While the question is asked it stands in the buttons' place, so the form keeps its room.
        Node actions = PageLayout.actionBar(save, back, writeReply, chase, reply, bin, history);
        VBox foot = new VBox(10, losing.inPlaceOf(actions).view(), postedOutOfDateQuestion(), actions);
        foot.getStyleClass().add("letter-form-foot");
        BorderPane withActions = new BorderPane(scroll, null, null, foot, null);
        withActions.getStyleClass().add("letter-form");
        return withActions;
    }

    /**
     * Asked just above Save when the posting of a letter made before its records changed is logged: whether the
     * parent posted this copy (then it is saved as typed) or not yet (then nothing is saved, and the form stays).
     */
    private Node postedOutOfDateQuestion() {
        Label asked = new Label();
        asked.setId("letters-posted-out-of-date");
        asked.setWrapText(true);
        asked.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        asked.textProperty().bind(model.postedOutOfDateQuestion());
        Button posted = PageLayout.button("letters-posted-as-it-is", Messages.text("letters.view.postedAsItIs"),
                () -> {
                    model.savePostedAsItIs(sentForm::read, receivedForm::read);
                    FirstProblem.reveal(editorScroll);
                });
        posted.getStyleClass().add("primary");
        Button notYet = PageLayout.button("letters-posted-not-yet", Messages.text("letters.view.notPostedYet"),
                model::notPostedYet);
        VBox question = new VBox(8, asked, new javafx.scene.layout.FlowPane(8, 8, posted, notYet));
        question.getStyleClass().add("note");
        question.setId("letters-posted-out-of-date-question");
        question.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.postedOutOfDateQuestion()));
        question.managedProperty().bind(question.visibleProperty());
        // Asked on Save: the keyboard goes to the safe answer, so Enter pressed twice over does not log the posting
        // of an out-of-date copy unread; saving it takes the answer that says so.
        question.visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                notYet.requestFocus();
            }
        });
        return question;
    }

    /** Shows the button (and keeps its place) only while {@code when} holds. */
    private static Button offered(Button button, BooleanBinding when) {
        button.visibleProperty().bind(when);
        button.managedProperty().bind(button.visibleProperty());
        return button;
    }


    /** The letter open in the form holds typing, a choice or an attached file not yet saved. */
    private boolean hasUnsavedTyping() {
        LettersModel.Opened opened = model.openedProperty().get();
        if (opened == null) {
            return false;
        }
        return opened.sent() ? sentForm.hasUnsavedTyping() : receivedForm.hasUnsavedTyping();
    }

    /** A letter chosen in one of the lists opens in the form (once: the list is out of sight while it is open). */
    private void openFromList(Object letter) {
        if (model.openedProperty().get() != null || view.getCenter() != lists) {
            return;
        }
        if (letter instanceof SentLetter sent) {
            receivedTable.getSelectionModel().clearSelection();
            cameFrom = sentTable;
            model.openSent(sent);
        } else if (letter instanceof ReceivedLetter received) {
            sentTable.getSelectionModel().clearSelection();
            cameFrom = receivedTable;
            model.openReceived(received);
        }
    }

    /** Whether the keyboard is in {@code part} (or nowhere): taking {@code part} off the page would lose it. */
    private boolean keyboardIn(Node part) {
        Node owner = view.getScene() == null ? null : view.getScene().getFocusOwner();
        if (owner == null) {
            return view.getScene() != null;
        }
        for (Node at = owner; at != null; at = at.getParent()) {
            if (at == part) {
                return true;
            }
        }
        return false;
    }

    /** Back on the list: the keyboard on the row of the letter that was open, chosen again by Enter. */
    private void keyboardBackOnList(LettersModel.Opened was) {
        TableView<?> table = cameFrom != null ? cameFrom
                : was != null && !was.sent() ? receivedTable : sentTable;
        Object letter = was == null ? null : was.sent() ? was.sentLetter() : was.receivedLetter();
        showList(table);
        table.requestFocus();
        int at = letter == null ? -1 : rowOf(table, letter);
        if (at >= 0) {
            table.getFocusModel().focus(at);
            table.scrollTo(at);
        }
    }

    private static int rowOf(TableView<?> table, Object letter) {
        int at = table.getItems().indexOf(letter);
        if (at >= 0) {
            return at;
        }
        long id = letter instanceof SentLetter s ? s.id() : letter instanceof ReceivedLetter r ? r.id() : -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            Object row = table.getItems().get(i);
            if (row instanceof SentLetter s && s.id() == id || row instanceof ReceivedLetter r && r.id() == id) {
                return i;
            }
        }
        return -1;
    }

    private void show(LettersModel.Opened opened) {
        losing.hide();
        if (opened == null) {
            boolean keyboardWasInForm = view.getCenter() == editor && keyboardIn(editor);
            // Back to the list: what was typed is lost (the parent was asked), so it is not put back after a stop.
            receivedKept.forget();
            sentKept.forget();
            // Closed, the forms' answers (saved, or lost as the parent chose) are no typing to keep.
            receivedForm.closed();
            sentForm.closed();
            sentTable.getSelectionModel().clearSelection();
            receivedTable.getSelectionModel().clearSelection();
            if (shownLetter != null) {
                // Back on the list the letter is in (a received letter's form closes onto the received letters).
                showList(cameFrom != null ? cameFrom : shownLetter.sent() ? sentTable : receivedTable);
            }
            view.setCenter(lists);
            if (keyboardWasInForm) {
                // Back (or Save) gone with the form: the keyboard back on the letter's row, not the case chooser.
                keyboardBackOnList(shownLetter);
            }
            cameFrom = null;
            shownLetter = null;
            openAtCertificate = 0; // opened from the list next time: at the top of its form
            return;
        }
        boolean keyboardWasInLists = view.getCenter() == lists && keyboardIn(lists);
        shownLetter = opened;
        if (opened.sent()) {
            receivedForm.closed(); // the other form's answers are no typing while this one is shown
            formBox.getChildren().setAll(changedNotice.view(), sentKept.notice(), sentForm.grid);
            SentLetter letter = opened.sentLetter();
            changedNotice.show(letter, model.changedSinceMade(letter),
                    letter == null ? LettersModel.MadeAgain.NOT_MADE_HERE : model.madeAgain(letter));
            sentForm.edit(letter, opened.replyTo(), opened.replyToText());
        } else {
            sentForm.closed();
            formBox.getChildren().setAll(receivedKept.notice(), receivedForm.grid);
            receivedForm.edit(opened.receivedLetter(), model.stated(opened.receivedLetter()),
                    model.decisionOf(opened.receivedLetter()));
        }
        editorScroll.setVvalue(editorScroll.getVmin());
        view.setCenter(editor);
        if (keyboardWasInLists) {
            // The list the keyboard was in has left the page: it goes to the form's first field, not the case chooser
            // (where JavaFX put it). The form's scroll pane puts the form in the window only once it has its skin.
            view.applyCss();
            uk.cml.ui.common.RowOpening.focusFirstIn(formBox);
        }
        // Opened for its certificate ("Attach the photo"): however often the form is filled as the lists are read
        // (the page's own reading and the destination's can end in either order), it opens at the certificate.
        SentLetter certificateOf = opened.sent() ? opened.sentLetter() : null;
        if (certificateOf != null && certificateOf.id() == openAtCertificate) {
            javafx.application.Platform.runLater(this::bringCertificateIntoView);
        } else {
            openAtCertificate = 0;
        }
    }

    /** The certificate's details and the photo in view, the photo's button focused. */
    private void bringCertificateIntoView() {
        bringCertificateIntoView(20);
    }

    /**
     * As above, tried again a moment later while the photo is still out of view: a form just filled can need another
     * layout pass before its full height is known, and scrolled then it stays at the top (seen in a long test run).
     */
    private void bringCertificateIntoView(int triesLeft) {
        // Until the parent says they got a certificate, its date and photo are not asked for: the question is shown.
        Node question = sentForm.certificateQuestion();
        boolean got = sentForm.certificateShown();
        Node from = got ? formBox.lookup("#sent-cert-date") : question;
        Node to = got ? certificatePhoto : question;
        if (from != null) {
            FirstProblem.bringIntoView(from, to);
        }
        if (got) {
            certificatePhoto.focusAttach();
        } else {
            question.requestFocus();
        }
        if (triesLeft > 0 && !inView(to)) {
            javafx.animation.PauseTransition again = new javafx.animation.PauseTransition(
                    javafx.util.Duration.millis(50));
            again.setOnFinished(e -> {
                if (openAtCertificate != 0) {
                    bringCertificateIntoView(triesLeft - 1);
                }
            });
            again.play();
        }
    }

    /** Whether the node is within the editor's visible part. */
    private boolean inView(Node node) {
        if (node.getScene() == null || editorScroll.getScene() == null) {
            return false;
        }
        javafx.geometry.Bounds shown = editorScroll.localToScene(editorScroll.getLayoutBounds());
        javafx.geometry.Bounds at = node.localToScene(node.getLayoutBounds());
        return at.getMinY() >= shown.getMinY() && at.getMaxY() <= shown.getMaxY();
    }

    /**
     * A sent letter, selected and open, once the lists are loaded. The page itself ("Open the page" beside typing
     * kept for a new letter sent or received, on the Overview): that letter's form, with what was typed put back, as
     * "Log a letter you sent" would open it; the bare lists left the parent to find the button.
     */
    @Override
    public void show(Destination destination) {
        if (destination instanceof Destination.Page) {
            openWhereTypingWaits();
        } else if (destination instanceof Destination.LettersSelecting letter) {
            if (sentForm.editing().filter(l -> l.id() == letter.letterId()).isPresent() && hasUnsavedTyping()) {
                return; // already open with what was typed in it (the Overview's "Open the letter"): shown as it is
            }
            losing.beforeLosing(() -> model.reloadAndOpenSent(letter.letterId()));
        } else if (destination instanceof Destination.LetterCertificate letter) {
            // Open at the certificate of posting, three screens down the form: its details and the photo in view,
            // the photo's button focused (see show(Opened), each time the form is filled for this letter).
            losing.beforeLosing(() -> {
                openAtCertificate = letter.letterId();
                model.reloadAndOpenSent(letter.letterId());
            });
        }
    }

    /**
     * Opens the form for a new letter sent or received when typing for one of this case was kept before the app
     * stopped (the newer, if both were), so it is put back; a form holding typing of this run is left as it is.
     */
    private void openWhereTypingWaits() {
        CaseFile shown = currentCase.get();
        if (shown == null || hasUnsavedTyping()) {
            return;
        }
        java.util.Optional<uk.cml.safety.TypingDrafts.Draft> sent = drafts.waiting("sent/case-" + shown.id()
                + "/new");
        java.util.Optional<uk.cml.safety.TypingDrafts.Draft> received = drafts.waiting("received/case-" + shown.id()
                + "/new");
        if (sent.isPresent() && (received.isEmpty()
                || !sent.get().typedAt().isBefore(received.get().typedAt()))) {
            model.openSent(null);
        } else if (received.isPresent()) {
            model.openReceived(null);
        }
    }

    /** Starts logging the letter sent in reply to a received one, linked to it. */
    public void logReplyTo(ReceivedLetter letter) {
        losing.beforeLosing(() -> model.logReplyTo(letter));
    }


    @Override
    public boolean holdsUnsavedTyping() {
        return hasUnsavedTyping();
    }

    /**
     * What a photo of a certificate of posting attached to {@code letter} is, and the date on it (the certificate's
     * own date, or the day the letter was posted): "Certificate of posting for the letter “Missed payments” posted
     * 5 Dec 2026". A letter not saved yet has no subject or day to name.
     */
    static AttachmentField.Described certificateDescribed(java.util.Optional<SentLetter> letter) {
        java.util.Optional<java.time.LocalDate> day = letter.flatMap(l -> l.proof().certificateDate().or(l::posted));
        String subject = letter.map(l -> l.subjectAsPrinted().strip()).orElse("");
        String words = subject.isEmpty()
                ? day.map(d -> Messages.text("letters.view.certificateForALetterPosted", uk.cml.domain.UkFormats.shortDate(d)))
                        .orElse(Messages.text("letters.view.certificateOfPosting"))
                : day.map(d -> Messages.text("letters.view.certificateForLetterPosted", subject,
                        uk.cml.domain.UkFormats.shortDate(d)))
                        .orElse(Messages.text("letters.view.certificateForLetter", subject));
        return new AttachmentField.Described(words, day);
    }
}
