package uk.cml.ui.payments;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentInput;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentRules;
import uk.cml.store.PaymentStore.Kind;
import uk.cml.ui.common.AttachedAtOnce;
import uk.cml.ui.common.FirstProblem;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.WrappingCells;
import uk.cml.ui.common.PageLayout;
import uk.cml.ui.common.NewestFirst;
import uk.cml.ui.common.UkDateField;
import uk.cml.ui.common.AttachmentField;
import uk.cml.ui.common.ShownBy;

/** The payments received tab: the list, the form to record or correct one, its history, and the bin. */
final class PaymentsPanel extends BorderPane {

    /** The reference column is never narrower than its widest word, up to this. */
    private static final double REFERENCE_WORD_AT_MOST = 200;
    private final PaymentsModel model;
    private final TableView<Payment> table = new TableView<>();
    private final UkDateField date = new UkDateField();
    private final TextField amount = new TextField();
    private final ComboBox<PaymentMethod> method = new ComboBox<>(FXCollections.observableArrayList(PaymentMethod.values()));
    private final TextField reference = new TextField();
    private final TextArea note = uk.cml.ui.common.TabMovesFocus.on(new TextArea());
    private final AttachmentField evidence;
    private final ComboBox<DueChoices.Choice> forDue = new ComboBox<>();
    private final Label forDueWarning = new Label();
    /** Holds the room of the warning under "This payment was for" while a choice in the list would give it. */
    private final Label forDueWarningRoom = new Label();
    /** "£85.00 is 2 payments due of £42.50. ...": which dues the app counts it towards, and how to change that. */
    private final Label severalDues = new Label();
    /** Beside the amount: money from the CMS of exactly the amount due before the fee, which should be less. */
    private final Label feeCheck = new Label();
    /** How many times the several-dues note was asked for: an answer to earlier typing is not shown. */
    private long severalDuesAsked;
    private final TableColumn<Payment, String> forTheDue;
    private final Label dateError;
    private final Label dateWarning = new Label();
    private final Label amountError;
    /** "You already have £212.40 received on 16 Nov 2026...": asked once, saved on the second press of Save. */
    private final Label sameWarning = new Label();
    /** The form's answers when the parent was told of the same payment; Save with them again saves it. */
    private List<Object> secondPaymentAt;
    private final Label methodError;
    private final Label referenceError;
    private final Label noteError;
    private final Label formTitle = new Label();
    /** Enter saves, but only while this tab is showing (see PaymentsView). */
    final Button save = new Button(Messages.text("payments.panel.savePayment"));
    private final Label history = new Label();
    private final Button remove = new Button(Messages.text("payments.adjustmentPanel.moveToBin"));
    private final BinList<Payment> bin;
    /** The payment open in the form (or none), the case the form is for, and the question before typing is lost. */
    private final RecordInForm<Payment> inForm;
    /** The form and its buttons, beside the table or (folded if the parent likes) under it. */
    private final FoldingSide side;

    /**
     * @param evidenceField makes the field for the bank statement or screenshot showing the money arrived, given
     *                      the case whose Documents it adds files to: the payment's, even once another is chosen
     */
    PaymentsPanel(PaymentsModel model, Function<LongSupplier, AttachmentField> evidenceField, uk.cml.ui.common.DraftKeeper drafts) {
        this.model = model;
        // "Nothing was saved. Check the answers marked in red." stayed after every red answer was put right.
        FormGrid.onceNothingIsRed(this, model::formFilledAfresh);
        inForm = new RecordInForm<>(model, "payment", Messages.text("payments.panel.noun"), table, save,
                Messages.text("payments.panel.savePayment"), remove, this::answers, this::edit);
        this.evidence = evidenceField.apply(inForm::caseId);
        // A bank statement attached to a payment already saved is linked at once, as on the Letters page: it said
        // "Attached" but waited for "Save correction", and "Lose what I typed" lost it.
        AttachedAtOnce<Payment> atOnce = new AttachedAtOnce<>(evidence, inForm.asFilled(), inForm::opened,
                Payment::id, (payment, document) -> payment, payment -> { },
                new AttachedAtOnce.Words(Messages.text("payments.panel.evidencePressSave",
                        Messages.text("payments.panel.savePayment")),
                        Messages.text("payments.panel.evidenceSaving"),
                        Messages.text("payments.panel.evidenceSaved",
                                Messages.text("payments.panel.saveCorrection"))));
        atOnce.savesWith((payment, saved, failed) -> {
            Optional<Long> document = evidence.documentId();
            model.linkEvidence(payment.id(), document, () -> {
                saved.run();
                if (inForm.opened() != null && inForm.opened().id() == payment.id()) {
                    showHistory(payment);
                }
            }, failed);
        });
        inForm.question().namingFile(Messages.text("payments.panel.noun"), atOnce::waitingForSave);
        forTheDue = Columns.text(Messages.text("payments.panel.forTheDue"), p -> model.now()
                .map(l -> DueChoices.cell(p, l.schedule())).orElse(""), 160);
        forTheDue.setId("payments-for-the-due");
        table.setId("payments-table");
        table.setAccessibleText(Messages.text("payments.panel.paymentsReceived"));
        // "Reading your records..." until they are read, then its words for none (as the due payments table).
        uk.cml.ui.common.ReadingPlaceholder.until(table.placeholderProperty(),
                PageLayout.emptyNote(Messages.text("payments.panel.noPaymentsRecordedYet")), model.loaded().isNotNull());
        // Never narrower than the widest date in the table: "28 May 2026" read "28 May 20..." at 1366 (reviewer).
        TableColumn<Payment, String> received = Columns.text(Messages.text("payments.adjustmentPanel.date"), p ->
                UkFormats.shortDate(p.date()), 100);
        received.setId("payments-date");
        table.getColumns().add(uk.cml.ui.common.TextColumns.keepWhole(received, p -> UkFormats.shortDate(p.date())));
        table.getColumns().add(Columns.money(Messages.text("payments.adjustmentPanel.amount"), p -> p.amount()
                .format(), 80));
        // "From the CMS" (Collect and Pay): the form says it in full; "Through the CMS (Collect and Pay)" was cut.
        TableColumn<Payment, String> how = Columns.text(Messages.text("payments.panel.how"), p ->
                p.method() == PaymentMethod.THROUGH_CMS ? Messages.text("payments.panel.throughTheCms")
                        : p.method().label(), 120);
        how.setId("payments-how");
        table.getColumns().add(how);
        // Every payment counts towards some due (or is kept for later ones): the column is always there.
        table.getColumns().add(forTheDue);
        // The due a payment counts towards ("3 dues, Fri 30 Oct 2026 to Fri 27 Nov 2026") and the bank's reference
        // wrap onto more lines rather than end in "...", with the whole text on pointing too.
        forTheDue.setCellFactory(WrappingCells.table());
        // The reference reads as on the bank statement: it wraps only between words ("M OTHERPARENT CMS" read
        // "M OTHERPARE" over "NT CMS"), the column as wide as its widest word. A bank's reference is at most 18
        // characters, well inside 200 px; a longer word typed in reads on one line with "...".
        TableColumn<Payment, String> bankReference = uk.cml.ui.common.TextColumns.keepWordsWhole(Columns.text(
                Messages.text("payments.panel.reference"), Payment::reference, 100), Payment::reference,
                REFERENCE_WORD_AT_MOST);
        bankReference.setId("payments-reference");
        table.getColumns().add(bankReference);
        WrappingCells.refitRowsOnResize(table);
        TableColumn<Payment, String> evidenceColumn = Columns.text(Messages.text("payments.panel.evidence"), p ->
                model.now().filter(l -> l.withEvidence().contains(p.id()))
                .map(l -> Messages.text("payments.panel.attached")).orElse(""), 75);
        // Shown once a payment has evidence attached: a column of blanks says nothing, and beside the form (1366 x
        // 768) the table has no room for it with the due each payment counts towards.
        evidenceColumn.setId("payments-evidence");
        evidenceColumn.setVisible(false);
        table.getColumns().add(evidenceColumn);
        // The date, the amount, how it came ("Standing order") and the due it counts towards ("Fri 20 Nov 2026")
        // always read in full; the reference and the evidence give way in a narrow window.
        table.getColumns().get(0).setMinWidth(104);
        table.getColumns().get(1).setMinWidth(84);
        how.setMinWidth(Math.max(how.getMinWidth(), 128));
        forTheDue.setMinWidth(Math.max(forTheDue.getMinWidth(), 128));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // With evidence shown beside the form, the least widths may not fit: a sideways bar, never a cut heading.
        ScheduleTable.scrollWhenTooNarrow(table);
        uk.cml.ui.common.SettledColumns.on(table); // shared out before each frame, not a pulse after it
        method.setConverter(ShownBy.words(PaymentMethod::label));
        FormGrid form = new FormGrid();
        form.getStyleClass().add("side-form"); // beside a table: a narrower label column
        dateError = form.add("payment-date", Messages.text("payments.panel.dateReceived"), date, null);
        dateWarning.setId("payment-date-warning");
        dateWarning.setWrapText(true);
        dateWarning.getStyleClass().addAll("field-hint", "field-warning");
        dateWarning.managedProperty().bind(dateWarning.textProperty().isNotEmpty());
        dateWarning.visibleProperty().bind(dateWarning.managedProperty());
        date.focusedProperty().addListener((obs, was, now) -> {
            if (!now && model.now().isPresent()) {
                dateWarning.setText(PaymentRules.warningInShort(date.typedDate().orElse(null),
                        model.now().get().records().plans()).orElse(""));
            }
        });
        amountError = form.add("payment-amount", Messages.text("payments.adjustmentPanel.amount"), amount,
                Messages.text("payments.panel.whatYouActuallyReceivedFor"));
        // Under the amount: money from the CMS of exactly the amount due before the fee (see PaymentRules.feeCheck).
        feeCheck.setId("payment-fee-check");
        feeCheck.setWrapText(true);
        feeCheck.getStyleClass().add("note");
        feeCheck.managedProperty().bind(feeCheck.textProperty().isNotEmpty());
        feeCheck.visibleProperty().bind(feeCheck.managedProperty());
        form.addWide(feeCheck);
        amount.textProperty().addListener((obs, old, now) -> showFeeCheck());
        date.getEditor().textProperty().addListener((obs, old, now) -> showFeeCheck());
        date.valueProperty().addListener((obs, old, now) -> showFeeCheck());
        method.valueProperty().addListener((obs, old, now) -> showFeeCheck());
        sameWarning.setId("payment-same-warning");
        sameWarning.setWrapText(true);
        sameWarning.getStyleClass().add("note");
        sameWarning.managedProperty().bind(sameWarning.textProperty().isNotEmpty());
        sameWarning.visibleProperty().bind(sameWarning.managedProperty());
        form.addWide(sameWarning);
        // Said as the amount is typed, and on a saved payment opened from the list. Under the amount it pushed how it
        // was paid, the reference and every field below down as it came, under the parent's pointer and caret, and
        // an entry was lost (reviewer): it is said above the buttons (below), where it moves no field, in sight
        // however far the form is scrolled.
        severalDues.setId("payment-several-dues");
        severalDues.setWrapText(true);
        severalDues.getStyleClass().add("note");
        severalDues.setMinHeight(Region.USE_PREF_SIZE);
        severalDues.setMaxWidth(Double.MAX_VALUE);
        severalDues.managedProperty().bind(severalDues.textProperty().isNotEmpty());
        severalDues.visibleProperty().bind(severalDues.managedProperty());
        amount.textProperty().addListener((obs, old, now) -> showSeveralDues());
        date.getEditor().textProperty().addListener((obs, old, now) -> showSeveralDues());
        date.valueProperty().addListener((obs, old, now) -> showSeveralDues());
        methodError = form.add("payment-method", Messages.text("payments.panel.howItWasPaid"), method, null);
        referenceError = form.add("payment-reference", Messages.text("payments.panel.reference"), reference,
                Messages.text("payments.panel.asItAppearsOnYour"));
        forDue.setConverter(ShownBy.words(DueChoices.Choice::label));
        form.add("payment-for-due", Messages.text("payments.panel.thisPaymentWasFor"), forDue,
                Messages.text("payments.panel.whichDueItWasFor"));
        forDueWarning.setId("payment-for-due-warning");
        forDueWarning.setWrapText(true);
        forDueWarning.getStyleClass().add("field-hint");
        forDueWarning.managedProperty().bind(forDueWarning.textProperty().isNotEmpty());
        forDueWarning.visibleProperty().bind(forDueWarning.managedProperty());
        // Said when the payment's due is no longer a due, and gone once another is chosen: it pushed the note and
        // the evidence down (or up) as the parent went to them. Its room is kept while a choice in the list would
        // give it (the same words, unseen), set with the list when a payment is opened, so choosing moves nothing.
        forDueWarningRoom.setWrapText(true);
        forDueWarningRoom.getStyleClass().add("field-hint");
        forDueWarningRoom.setVisible(false);
        forDueWarningRoom.setFocusTraversable(false);
        forDueWarningRoom.managedProperty().bind(forDueWarningRoom.textProperty().isNotEmpty());
        forDue.valueProperty().addListener((obs, old, now) -> {
            forDueWarning.setText(model.now()
                    .map(l -> DueChoices.warning(now == null ? Optional.empty() : now.due(), l.schedule())).orElse(""));
            showSeveralDues();
            showFeeCheck();
        });
        javafx.scene.layout.StackPane forDueWarningPlace = new javafx.scene.layout.StackPane(forDueWarningRoom,
                forDueWarning);
        forDueWarningPlace.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        forDueWarningPlace.managedProperty().bind(forDueWarningRoom.managedProperty()
                .or(forDueWarning.managedProperty()));
        form.addWide(forDueWarningPlace);
        note.setPrefRowCount(2);
        note.setWrapText(true);
        noteError = form.add("payment-note", Messages.text("payments.adjustmentPanel.note"), note, null);
        form.add("payment-evidence", Messages.text("payments.panel.evidenceOptional"), evidence,
                Messages.text("payments.panel.aBankStatementOrScreenshot"));
        // "This is before the first payment was due ..." is said as the parent leaves the date for the amount. Under
        // the date it pushed the amount and every field below it down as the parent went to click them, and their
        // clicks landed in the wrong fields; at the form's foot it was below the fold at 1366 x 768, never seen. It
        // is said under the date, in place of the date's hint, in room kept for it from the start (the same words,
        // unseen, hold its height): it moves nothing. Saving says it in full. In short here: the whole sentence took
        // three lines beside the table at 1366 x 768, two of them kept blank under the hint for every payment.
        Label dateHint = new Label(Messages.text("payments.panel.theDayTheMoneyReached"));
        dateHint.getStyleClass().add("field-hint");
        dateHint.setWrapText(true);
        dateHint.visibleProperty().bind(dateWarning.visibleProperty().not());
        Label dateWarningRoom = new Label();
        dateWarningRoom.setWrapText(true);
        dateWarningRoom.getStyleClass().add("field-hint");
        dateWarningRoom.setVisible(false);
        dateWarningRoom.setFocusTraversable(false);
        dateWarningRoom.managedProperty().bind(dateWarningRoom.textProperty().isNotEmpty());
        model.loaded().addListener((obs, old, now) -> dateWarningRoom.setText(now == null ? ""
                : PaymentRules.firstDue(now.records().plans()).flatMap(first -> PaymentRules.warningInShort(
                        first.minusDays(1), now.records().plans())).orElse("")));
        javafx.scene.layout.StackPane dateWarningPlace = new javafx.scene.layout.StackPane(dateWarningRoom,
                dateHint, dateWarning);
        dateWarningPlace.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        FormGrid.addUnder(date, dateWarningPlace);
        formTitle.getStyleClass().add("heading");
        save.setId("payment-save");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> save());
        Button fresh = new Button(Messages.text("payments.panel.newPayment"));
        fresh.setId("payment-new");
        fresh.setOnAction(e -> beforeLosing(() -> edit(null)));
        remove.setId("payment-remove");
        remove.setOnAction(e -> moveToBin());
        history.setId("payment-history");
        history.setWrapText(true);
        history.getStyleClass().add("field-hint");
        bin = new BinList<>("payment-bin", Messages.text("payments.panel.paymentsInTheBin"),
                p -> UkFormats.shortDate(p.date()) + ", " + p.amount().format() + ", " + p.method().label(),
                p -> model.change(() -> {
                    model.store.restore(Kind.PAYMENT, p.id());
                    return p;
                }, Messages.text("payments.panel.putBackThePaymentOf", p.amount().format()), x -> loadBin()));
        uk.cml.ui.common.KeptForm kept = inForm.keptBy(drafts, "payment", form, Payment::id);
        VBox editor = new VBox(12, formTitle, kept.notice(), form, history, bin);
        editor.getStyleClass().add("side-editor");
        // The buttons stay below the scrolling form, so Save is always in view, even after problems are shown; while
        // the question is asked it takes their place.
        side = Scrolling.withActions("payment", editor, inForm.question(), save, fresh, remove);
        side.getStyleClass().add("payment-side");
        side.noteAboveActions(severalDues);
        setCenter(table);
        // Under the table (a small window) the form has the width but not the height: two columns of fields.
        Scrolling.besideOrBelow(this, side, below -> {
            form.setTwoColumns(below);
            // Under the table the side has all the height it may from the start: a note coming above the buttons
            // then shortens the form's scrolling room, rather than growing the side up over the table, which moved
            // every field.
            // Folded, it gives that height back to the list (PaymentsListRoomTest).
            if (below) {
                side.prefHeightProperty().bind(javafx.beans.binding.Bindings.when(side.folded())
                        .then(Region.USE_COMPUTED_SIZE).otherwise(side.maxHeightProperty()));
            } else {
                side.prefHeightProperty().unbind();
                side.setPrefHeight(Region.USE_COMPUTED_SIZE);
            }
        });
        getStyleClass().add("tab-body");
        model.loaded().addListener((obs, old, now) -> {
            NewestFirst.show(table, now.records().payments());
            evidenceColumn.setVisible(!now.withEvidence().isEmpty());
            loadBin();
            showDueChoices(chosenDue()); // the dues may have changed; the parent's choice stays
            showSeveralDues();
            showFeeCheck();
        });
        edit(null);
    }

    /** The dues so far, newest first, with the payment's own link chosen (or "let the app work it out"). */
    private void showDueChoices(Optional<java.time.LocalDate> linked) {
        List<DueChoices.Choice> choices = model.now().map(l -> DueChoices.of(l.schedule(), linked))
                .orElse(List.of(DueChoices.LET_THE_APP));
        // Room for the warning a choice would give, set before the choice is (see forDueWarningRoom).
        forDueWarningRoom.setText(model.now().flatMap(l -> choices.stream().map(c -> DueChoices.warning(c.due(),
                l.schedule())).filter(w -> !w.isEmpty()).findFirst()).orElse(""));
        forDue.setItems(FXCollections.observableArrayList(choices));
        forDue.setValue(DueChoices.find(choices, linked));
    }

    /**
     * Worked out from the records loaded, off the FX thread: it works out the schedule two or three times, about
     * 10 ms a keystroke on ten years of weekly dues (PaymentsBenchmark). Only the answer to the latest typing is
     * shown; with a due chosen there is no note, at once.
     */
    private void showSeveralDues() {
        long asked = ++severalDuesAsked;
        Optional<java.time.LocalDate> chosen = chosenDue();
        if (chosen.isPresent() || model.now().isEmpty()) {
            severalDues.setText("");
            return;
        }
        Payment opened = inForm.opened();
        long id = opened == null ? 0 : opened.id();
        String typedAmount = amount.getText();
        Optional<java.time.LocalDate> typedDate = date.typedDate();
        var records = model.now().get().records();
        java.time.LocalDate today = model.today();
        model.background.run(() -> SeveralDuesNote.forForm(records, today, id, typedAmount, typedDate, chosen),
                note -> {
                    if (asked == severalDuesAsked) {
                        severalDues.setText(note);
                    }
                }, model::showProblem);
    }

    /** The check beside the amount, worked out at once from the records loaded (a few comparisons). */
    private void showFeeCheck() {
        Optional<Money> typed = uk.cml.domain.AmountText.read(amount.getText()).money();
        feeCheck.setText(model.now().flatMap(l -> typed.flatMap(money -> PaymentRules.feeCheck(
                date.typedDate().orElse(null), money, method.getValue(), chosenDue(), l.records().plans(),
                l.records().fee()))).orElse(""));
    }

    private Optional<java.time.LocalDate> chosenDue() {
        return forDue.getValue() == null ? Optional.empty() : forDue.getValue().due();
    }

    private void loadBin() {
        if (model.caseFile().isEmpty()) {
            return;
        }
        long caseId = model.caseId();
        model.background.run(() -> model.store.paymentsInBin(caseId), bin::show, model::showProblem);
    }

    /** Runs {@code then} (another page asking for a fresh payment, say) once the parent agrees to lose their typing. */
    void beforeLosing(Runnable then) {
        inForm.beforeLosing(then);
    }

    void edit(Payment payment) {
        inForm.open(payment);
        formTitle.setText(payment == null ? Messages.text("payments.panel.recordAPayment")
                : Messages.text("payments.panel.correctThisPayment"));
        sameWarning.setText("");
        secondPaymentAt = null;
        date.setDate(payment == null ? null : payment.date());
        amount.setText(payment == null ? "" : payment.amount().toPlainString());
        method.setValue(payment == null ? model.usualMethod() : payment.method());
        reference.setText(payment == null ? "" : payment.reference());
        showDueChoices(payment == null ? Optional.empty() : payment.forDue());
        note.setText(payment == null ? "" : payment.note());
        List.of(dateError, amountError, methodError, referenceError, noteError)
                .forEach(l -> FormGrid.show(l, Optional.empty()));
        dateWarning.setText("");
        history.setText("");
        evidence.show(Optional.empty());
        inForm.filled();
        if (payment == null) {
            return;
        }
        side.unfold(); // the payment chosen shows in the form, even if it was folded away to read the list
        model.background.run(() -> model.store.evidenceOf(payment.id()), found -> {
            if (inForm.opened() == payment) {
                boolean untouched = !inForm.typing();
                evidence.show(found);
                if (untouched) {
                    inForm.filled(); // the payment's own evidence is what the form was filled with
                }
            }
        }, model::showProblem);
        showHistory(payment);
    }

    /** The payment's earlier versions, with the corrections the app made of its note (quick entry's words re-said). */
    private void showHistory(Payment payment) {
        model.background.run(() -> Versions.describe(model.store.earlierVersions(Kind.PAYMENT, payment.id()),
                Versions::payment, model.store.appCorrections(payment.id())), words -> {
                    if (inForm.opened() == payment || inForm.opened() != null && inForm.opened().id() == payment.id()) {
                        history.setText(words);
                    }
                }, model::showProblem);
    }

    /** Back on the page: a payment left open with nothing typed becomes a fresh form (see RecordInForm). */
    /** Whether the form holds typing not yet saved (closing the app asks first). */
    boolean hasUnsavedTyping() {
        return inForm.typing();
    }

    void afreshUnlessTyping() {
        inForm.afreshUnlessTyping();
    }

    private List<Object> answers() {
        return List.of(date.typedText(), amount.getText(), Optional.ofNullable(method.getValue()),
                reference.getText(), chosenDue(), note.getText(), evidence.answer());
    }

    private void save() {
        if (!inForm.maySave()) {
            return;
        }
        PaymentInput input = new PaymentInput(amount.getText(),
                date.hasUnreadableText() ? null : date.typedDate().orElse(null), method.getValue(),
                reference.getText(), note.getText(), chosenDue());
        Map<String, String> problems = PaymentRules.problems(input, model.today(), model.now().get().records().plans());
        FormGrid.show(dateError, Optional.ofNullable(date.hasUnreadableText()
                ? Messages.text("payments.adjustmentChecks.thatIsNotADate") : problems.get(PaymentRules.DATE)));
        dateWarning.setText(PaymentRules.warningInShort(input.date(), model.now().get().records().plans()).orElse(""));
        FormGrid.show(amountError, Optional.ofNullable(problems.get(PaymentRules.AMOUNT)));
        FormGrid.show(methodError, Optional.ofNullable(problems.get(PaymentRules.METHOD)));
        FormGrid.show(referenceError, Optional.ofNullable(problems.get(PaymentRules.REFERENCE)));
        FormGrid.show(noteError, Optional.ofNullable(problems.get(PaymentRules.NOTE)));
        if (!problems.isEmpty() || date.hasUnreadableText()) {
            model.refuse();
            FirstProblem.reveal(this);
            return;
        }
        Payment before = inForm.opened();
        Payment payment = PaymentRules.toPayment(input, before == null ? 0 : before.id());
        long caseId = model.caseId();
        Money paid = payment.amount();
        Optional<Payment> same = PaymentRules.sameAs(payment, payment.id(), model.now().get().records().payments());
        if (same.isPresent() && !answers().equals(secondPaymentAt)) {
            secondPaymentAt = answers();
            sameWarning.setText(Messages.text("payments.panel.sameAsRecorded", paid.format(),
                    UkFormats.shortDate(payment.date()), save.getText()));
            model.status().say(Messages.text("payments.panel.notSavedSameAsRecorded"));
            return;
        }
        Optional<Long> shownBy = evidence.documentId();
        String warning = PaymentRules.warning(payment.date(), model.now().get().records().plans())
                .map(w -> " " + w).orElse("");
        String on = UkFormats.shortDate(payment.date());
        String said = before == null ? Messages.text("payments.panel.recorded", paid.format(), on, warning)
                : Messages.text("payments.panel.corrected", paid.format(), on, warning);
        if (before == null) {
            model.change(() -> new Saved(model.store.savePayment(caseId, payment, shownBy), Optional.empty()), said,
                    done -> {
                        edit(null);
                        offerUndo(caseId, null, said, done);
                    });
            return;
        }
        model.correct(() -> {
            Optional<Long> evidenceBefore = model.store.evidenceOf(before.id());
            return model.store.correctPayment(caseId, payment, shownBy)
                    ? Optional.of(new Saved(payment.id(), evidenceBefore)) : Optional.<Saved>empty();
        }, said, done -> {
            edit(null);
            offerUndo(caseId, before, said, done);
        }, () -> edit(before));
    }

    private record Saved(long id, Optional<Long> evidenceBefore) {
    }

    /** Undo moves a new payment to the bin, or saves the payment as it was before (figures and evidence) again. */
    private void offerUndo(long caseId, Payment before, String said, Saved done) {
        model.savedNotice().ifPresent(notice -> {
            if (before == null) {
                notice.added("payment-saved-undo", said, () -> {
                    model.store.moveToBin(Kind.PAYMENT, done.id());
                    return done.id();
                }, this::reloadThen);
            } else {
                notice.amended("payment-saved-undo", said, () -> model.store.savePayment(caseId, before,
                        done.evidenceBefore()), this::reloadThen);
            }
        });
    }

    private void reloadThen(Runnable then) {
        model.reload();
        then.run();
    }

    private void moveToBin() {
        Payment payment = inForm.opened();
        if (payment == null) {
            return;
        }
        model.change(() -> {
            model.store.moveToBin(Kind.PAYMENT, payment.id());
            return payment;
        }, Messages.text("payments.panel.movedThePaymentOfOn", payment.amount().format(),
                UkFormats.shortDate(payment.date())), p -> edit(null));
    }
}
