package uk.cml.ui.letters.write;

import uk.cml.ui.common.FitsItsWords;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.letters.LetterDocument;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.ComplaintDetails;
import uk.cml.letters.templates.EarlierLetter;
import uk.cml.letters.templates.LetterDraft;
import uk.cml.letters.templates.LetterChoices;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterFrame;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.MissingFact;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.DraftKeeper;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.MovingOn;
import uk.cml.ui.common.PageStatus;
import uk.cml.ui.common.PageLayout;
import uk.cml.ui.common.WrappingCells;

/**
 * Writing a letter: pick a template (or arrive from a call, a letter, a missed payment or a complaint), check the
 * recipient, edit any paragraph, watch page 1 in the preview, then make the PDF or print it. Facts come from the
 * case through {@code factsLoader}, run in the background each time the page is shown.
 */
public final class LetterWriterView {

    private final Background background;
    private final ObjectProperty<CaseFile> currentCase;
    private final Function<CaseFile, LetterFacts> factsLoader;
    private final Function<CaseFile, List<CallChoice>> callsLoader;
    private final Supplier<List<AddressBookEntry>> addressBook;
    private final LetterOutput output;
    private final LetterKeeper keeper;
    /** The earlier letter not sent yet that the one on screen would replace, and the parent's choice to keep both. */
    private final InPlaceOfEarlier inPlaceOf = new InPlaceOfEarlier();
    private final InPlaceOfNotice inPlaceOfNotice = new InPlaceOfNotice(inPlaceOf);
    /** The case's letters as the log holds them (posted or not), to say which letter was made before. */
    private List<uk.cml.domain.correspondence.SentLetter> caseLetters = List.of();
    /** Said under the choice of letter when the letter on screen was made before for the same thing. */
    private final Label madeBeforeLabel = new Label();
    private final Button openMade = new Button(Messages.text("letters.madeBefore.open"));
    private final VBox madeBeforeBox = new VBox(4, madeBeforeLabel, openMade);
    /** The letter made before for the same thing, if any: the one "Open the letter you made" opens. */
    private Optional<uk.cml.domain.correspondence.SentLetter> madeBefore = Optional.empty();
    /** Where the words on screen started from when the letter was chosen. */
    private enum Start { TEMPLATE, TYPING, MADE_WORDS }
    private Start startedFrom = Start.TEMPLATE;

    private final TemplatePicker picker = new TemplatePicker();
    private final ComboBox<LetterTemplate> templateBox = picker.box();
    private final ComboBox<RecipientChoice> recipientBox = new ComboBox<>();
    /** Every recipient there is (the other parent and the address book's postal entries), of which the box offers those that fit. */
    private List<RecipientChoice> allRecipients = List.of();
    /** The call the letter confirming a call quotes: the case's calls, newest first. */
    private final ComboBox<CallChoice> callBox = new ComboBox<>();
    private final Label callLabel = new Label(Messages.text("letters.writerView.whichCall"));
    /** True while the list of calls is refilled, so that refilling it does not redraft the letter each time. */
    private boolean fillingCalls;
    /** The call the writer was opened on, kept in the list even if the records read before it was saved. */
    private CallChoice openedOn;
    /** The letter's heading: its words wrap, so a long one ("... of your decision of 20 Oct 2026") reads whole. */
    private final javafx.scene.control.TextArea headingField = FitsItsWords.heading("");
    private final BlockEditors editors = new BlockEditors();
    private final Label missingLabel = new Label();
    /** Why the chosen letter does not fit the case, just under the choice: seen before the letter's gaps. */
    private final Label notFitLabel = new Label();
    /** Why "Send to" starts at the address it does, under it (WriterNotes#addressWhy). */
    private final Label addressWhy = new Label();
    /** A complaint begun while a letter to the CMS is within its reply date (WriterNotes#complaintMayCross). */
    private final Label mayCross = new Label();
    private final Label warningsLabel = new Label();
    /** The letter it answers (or chases) is not in the records: said under the heading, where its date is typed. */
    private final Label notLoggedLabel = new Label();
    private final Label replacedLabel = new Label();
    private final Label editsLabel = new Label();
    private final LossesEditor losses = new LossesEditor(this::rebuildDraft);
    /** What the parent chooses for the letter: a complaint said (off unless ticked), how it will be posted. */
    private final ChoicesPanel choices = new ChoicesPanel(this::rebuildDraft);
    /**
     * How the parent last said they post a letter whose dates count from it: chosen on this page, or else as kept
     * with the newest letter made that asked; first class when neither.
     */
    private Optional<uk.cml.domain.correspondence.PostingMethod> postedBy = Optional.empty();
    private final Label statusLabel = new Label();
    /** What the status line says: "Saved as ..." goes once the parent changes the letter or leaves the page. */
    private final PageStatus said = new PageStatus();
    private String standingProblem = "";
    private final Button makePdf = new Button(Messages.text("letters.writerView.makePdf"));
    private final Button print = new Button(Messages.text("letters.writerView.print"));
    private final PagePreview preview;
    private final BorderPane view = new BorderPane();

    private LetterFacts loaded;
    /** Opened from a missed payment and the records not read since: the letter is chosen again once they are. */
    private boolean aboutMissedPayments;
    private UnaryOperator<LetterFacts> preset = UnaryOperator.identity();
    /** The CMS letter this one answers, when opened by "Write a reply": the letter kept is logged as its reply. */
    private Optional<Long> answering = Optional.empty();
    private LetterDraft draft;
    /**
     * The parent's changes to each other letter they have been on, by case and letter ({@link #keyOf}): choosing
     * another letter (with the mouse, or an arrow key moving through the list), or another case, and then this one
     * again brings them back, as coming back to the page does, rather than throwing them away unasked. Kept by case,
     * so one case's words are never carried into another's letter.
     */
    private final Map<String, DraftEdits> leftLetters = new HashMap<>();
    /** Each letter's words as last made into a PDF, by case and letter: changes that are in a PDF are not lost. */
    private final Map<String, DraftEdits.Words> madeAs = new HashMap<>();
    /** The money lost each letter's last PDF claimed, by {@link #keyOf}: rows typed since are typing not yet saved. */
    private final Map<String, List<LossRows.Row>> lossesMadeAs = new HashMap<>();
    /** The changes not yet in a PDF, kept through a kill and put back next time (see WriterTyping). */
    private final WriterTyping typing;

    /** @param callsLoader the case's calls, newest first, for the letter confirming a call (run in the background) */
    public LetterWriterView(Background background, ObjectProperty<CaseFile> currentCase,
            Function<CaseFile, LetterFacts> factsLoader, Function<CaseFile, List<CallChoice>> callsLoader,
            Supplier<List<AddressBookEntry>> addressBook, LetterPdfRenderer renderer, LetterKeeper keeper,
            Path defaultFolder, SaveTarget saveTarget, DraftKeeper drafts) {
        this.background = background;
        this.typing = new WriterTyping(drafts, DraftKeeper.PAUSE, this::clearPutBack);
        typing.watching(this::onScreen);
        this.currentCase = currentCase;
        this.factsLoader = factsLoader;
        this.callsLoader = callsLoader;
        this.addressBook = addressBook;
        this.preview = new PagePreview(background, renderer, this::showReplaced);
        this.output = new LetterOutput(background, renderer, keeper, defaultFolder, saveTarget, said);
        this.keeper = keeper;
        layout();
        // Opens on the first letter, so the page is never empty; until the records are read nothing can be made.
        picker.choice().choose(LetterTemplates.all().get(0));
        makePdf.setDisable(true);
        print.setDisable(true);
        templateBox.setOnAction(e -> {
            aboutMissedPayments = false; // the parent's own choice stands
            rebuildDraft();
        });
        recipientBox.setOnAction(e -> refresh());
        callBox.setOnAction(e -> {
            if (!fillingCalls) {
                openedOn = null;
                inPlaceOf.remaking(Optional.empty()); // another call: not the letter "Make it again" began from
                draft = null; // another call is another letter: no words carried from the last one's
                rebuildDraft();
                markMade();
            }
        });
        headingField.textProperty().addListener((o, was, now) -> refresh());
        makePdf.setOnAction(e -> {
            if (draft.offers().posting()) {
                postedBy = Optional.of(choices.choices().postedBy()); // remembered for the next letter that asks
            }
            String key = keyOf(caseIdNow(), template().key());
            DraftEdits made = DraftEdits.of(draft, headingField.getText(), editors.blocks());
            DraftEdits.Words words = made.words();
            List<LossRows.Row> lossesTyped = losses.typed();
            // The heading printed, and the words as drafted and as the parent left them, go into the log with the
            // letter: it is listed by its heading, and writing it again starts from these words.
            output.save(view.getScene() == null ? null : view.getScene().getWindow(),
                    currentCase.get().id(), template(), facts(), document(), answering, inPlaceOf.replacing(),
                    editedDraft().heading(), KeptWords.text(made, losses.isShown() ? lossesTyped : List.of(),
                            choices.choices(), draft.offers()), () -> {
                        madeAs.put(key, words);
                        typing.made(WriterTyping.key(caseIdNow(), template().key()));
                        lossesMadeAs.put(key, lossesTyped);
                        readLetters();
                    });
        });
        print.setOnAction(e -> output.print(template(), document()));
        // Facts preset from another case's call or letter, the letter being answered and the reason nothing was
        // chosen for it do not belong to the new case. Nothing chosen: the first letter, drafted once the facts come.
        currentCase.addListener((o, was, now) -> {
            aboutMissedPayments = false;
            leave(was == null ? 0 : was.id()); // kept under the case they were typed for
            preset = UnaryOperator.identity();
            answering = Optional.empty();
            loaded = template() == null ? null : loaded; // nothing drafted from the last case's facts
            draft = null; // nor the last case's letter carried into this one's
            losses.clear();
            openedOn = null;
            fillCalls(List.of(), null);
            callBox.setPromptText(Messages.text("letters.writerView.readingCalls"));
            inPlaceOf.clear();
            caseLetters = List.of();
            picker.choice().caseChanged(LetterTemplates.all().get(0));
            shown();
        });
    }

    public Node view() {
        return view;
    }

    /** Loads the case's facts and the address book again; call when the page is shown. */
    public void shown() {
        CaseFile caseFile = currentCase.get();
        if (caseFile == null) {
            return;
        }
        said.say(Messages.text("letters.writerView.readingYourRecords"));
        background.run(() -> new Loaded(factsLoader.apply(caseFile), callsLoader.apply(caseFile),
                addressBook.get(), keeper.letters(caseFile.id())), result -> {
            loaded = result.facts();
            caseLetters = result.letters();
            if (postedBy.isEmpty()) {
                postedBy = result.letters().stream()
                        .sorted(java.util.Comparator.comparing(uk.cml.domain.correspondence.SentLetter::written)
                                .thenComparing(uk.cml.domain.correspondence.SentLetter::id).reversed())
                        .map(l -> KeptWords.postedBy(KeptWords.fields(l.madeWords())))
                        .flatMap(Optional::stream).findFirst();
            }
            inPlaceOf.letters(result.letters());
            // Made again from a letter naming its call: that call, not the newest.
            fillCalls(result.calls(), inPlaceOf.remadeCall().flatMap(id -> result.calls().stream()
                    .filter(c -> c.id() == id).findFirst()).orElse(callBox.getValue()));
            // Offered as fits the letter chosen, when it is drafted (offerRecipients).
            allRecipients = RecipientChoice.all(loaded.caseDetails(), result.entries());
            LetterFacts facts = preset.apply(loaded);
            picker.notFitting(LetterTemplates.all().stream().filter(t -> t.doesNotFit(facts).isPresent())
                    .collect(java.util.stream.Collectors.toSet()));
            said.say(standingProblem);
            markMade();
            if (aboutMissedPayments) {
                aboutMissedPayments = false;
                picker.choice().choose(LetterTemplates.forMissedPayments(facts()));
            }
            rebuildDraft();
        }, said::problem);
    }

    /** Reads the letters log again once a letter is kept: the one just made is the one a new letter would replace. */
    private void readLetters() {
        CaseFile caseFile = currentCase.get();
        if (caseFile == null) {
            return;
        }
        background.run(() -> keeper.letters(caseFile.id()), letters -> {
            if (currentCase.get() != null && currentCase.get().id() == caseFile.id()) {
                caseLetters = letters;
                inPlaceOf.letters(letters);
                matchEarlier();
                sayMadeBefore(); // the letter just made is now the one made before
                markMade();
            }
        }, said::problem);
    }

    /**
     * Says under the choice of letter when it was made before for the same thing (written, posted), what the words on
     * screen start from, and offers to open it. A letter not posted that the new one would replace is dated by the
     * sentence under the choice of letter already.
     */
    private void sayMadeBefore() {
        madeBefore = draft == null || loaded == null ? Optional.empty()
                : MadeBefore.find(caseLetters, template(), facts(), answering);
        String text = madeBefore.map(l -> {
            String starts = startedFrom == Start.MADE_WORDS ? MadeBefore.startsFrom(true)
                    : startedFrom == Start.TEMPLATE && l.madeWords().isEmpty() ? MadeBefore.startsFrom(false) : "";
            String when = l.posted().isEmpty() && inPlaceOf.found() ? "" : MadeBefore.said(l);
            return (when + " " + starts).strip();
        }).orElse("");
        madeBeforeLabel.setText(text);
        openMade.setVisible(madeBefore.flatMap(uk.cml.domain.correspondence.SentLetter::copyDocumentId).isPresent());
    }

    /** Marks in the list of letters those already made for the same thing, with when. */
    private void markMade() {
        if (loaded == null) {
            return;
        }
        LetterFacts facts = preset.apply(loaded);
        Map<LetterTemplate, String> made = new HashMap<>();
        for (LetterTemplate t : LetterTemplates.all()) {
            LetterFacts about = t == LetterTemplates.CONFIRM_CALL && callBox.getValue() != null
                    ? facts.toBuilder().call(callBox.getValue().details()).build() : facts;
            MadeBefore.markInList(caseLetters, t, about, answering).ifPresent(mark -> made.put(t, mark));
        }
        picker.madeBefore(made);
    }

    /** Finds the earlier letter not sent yet that the letter on screen would replace, if any. */
    private void matchEarlier() {
        if (draft == null || loaded == null || template() == null) {
            inPlaceOf.match(null, null, Optional.empty());
        } else {
            inPlaceOf.match(template(), facts(), answering);
        }
    }

    /**
     * The letter not posted yet that "Make it again" began the writer from: the new letter offers to take its place,
     * even one about a single call the log does not link it to. None for a letter begun any other way.
     */
    public void remaking(Optional<Long> earlierId) {
        inPlaceOf.remaking(earlierId);
        inPlaceOf.remadeCall().ifPresent(this::chooseCall);
        matchEarlier();
    }

    /**
     * Chooses the call the letter "Make it again" began from confirms, when its log entry names one and the list
     * holds it: the new letter is about the same call (made again for the newest call, it would say another's words).
     */
    private void chooseCall(long callId) {
        callBox.getItems().stream().filter(c -> c.id() == callId).findFirst()
                .filter(c -> callBox.getValue() == null || callBox.getValue().id() != callId).ifPresent(c -> {
                    fillingCalls = true;
                    try {
                        callBox.setValue(c);
                    } finally {
                        fillingCalls = false;
                    }
                    draft = null; // another call is another letter
                    rebuildDraft();
                });
    }

    /** A problem that stays true until the app restarts (the fonts cannot be read): shown each time. */
    public void showStandingProblem(String message) {
        standingProblem = message;
        said.say(message);
    }

    public void start(LetterTemplate template) {
        start(template, UnaryOperator.identity());
    }

    /** Opens a template with some facts set from where the parent came from (a call, a letter...). */
    public void start(LetterTemplate template, UnaryOperator<LetterFacts> presetFacts) {
        aboutMissedPayments = false;
        preset = presetFacts;
        answering = Optional.empty();
        leave();
        leftLetters.remove(keyOf(caseIdNow(), template.key()));
        draft = null; // a new letter: nothing of the last one's wording is carried into it
        picker.choice().choose(template);
        rebuildDraft();
    }

    /**
     * Opened to answer a letter of case {@code caseId} that none of the letters fits: nothing chosen and nothing to
     * make, and one sentence beside the list saying why and what the parent can do, until they pick a letter or
     * change case. The reason may read the records, so it is worked out in the background.
     */
    public void startWithNothingChosen(long caseId, Supplier<NoLetterFits> why) {
        preset = UnaryOperator.identity();
        answering = Optional.empty();
        TemplateChoice.Waiting waiting = picker.choice().nothingFitsYet();
        background.run(why::get, reason -> {
            if (currentCase.get() != null && currentCase.get().id() == caseId) {
                picker.choice().because(waiting, reason);
            }
        }, said::problem);
        draft = null;
        headingField.setText("");
        editors.show(List.of(), () -> { });
        List.of(notFitLabel, missingLabel, warningsLabel, notLoggedLabel, replacedLabel, editsLabel)
                .forEach(label -> label.setText(""));
        losses.showFor(false);
        choices.offered(uk.cml.letters.templates.LetterDraft.Offers.NONE);
        makePdf.setDisable(true);
        print.setDisable(true);
        matchEarlier();
        preview.clear();
    }

    /** From here on, whichever letter is made answers this CMS letter ("Write a reply"), or none (a letter chosen). */
    public void answers(Optional<Long> receivedId) {
        answering = receivedId;
        matchEarlier();
    }

    /** The letter confirming this call, with the call chosen in the list (added to it if not read yet). */
    public void startFromCall(CallChoice call) {
        List<CallChoice> calls = new ArrayList<>(callBox.getItems());
        if (calls.stream().noneMatch(c -> c.id() == call.id())) {
            calls.add(0, call);
        } else {
            calls.replaceAll(c -> c.id() == call.id() ? call : c); // as just corrected
        }
        openedOn = call;
        fillCalls(calls, call);
        start(LetterTemplates.CONFIRM_CALL);
    }

    /**
     * Refills the list of calls, keeping the call chosen (by id, as saved since: a correction is the same call),
     * or, with none chosen or it gone, the newest: a parent who has just noted a call finds it there.
     */
    private void fillCalls(List<CallChoice> calls, CallChoice chosen) {
        fillingCalls = true;
        try {
            List<CallChoice> all = new ArrayList<>(calls);
            Optional<CallChoice> keep = chosen == null ? Optional.empty()
                    : all.stream().filter(c -> c.id() == chosen.id()).findFirst();
            if (chosen != null && keep.isEmpty() && chosen == openedOn) {
                all.add(0, chosen);
                keep = Optional.of(chosen);
            }
            callBox.getItems().setAll(all);
            callBox.setPromptText(Messages.text("letters.writerView.noCallsYet"));
            callBox.setValue(keep.orElse(all.isEmpty() ? null : all.get(0)));
        } finally {
            fillingCalls = false;
        }
    }

    public void startFromUnansweredLetter(EarlierLetter letter) {
        start(LetterTemplates.CHASE_REPLY, f -> f.toBuilder().earlierLetter(letter).build());
    }

    /**
     * The letter about missed payments that fits how the case is arranged, and once its records are read, what they
     * show is owed ({@link LetterTemplates#forMissedPayments(LetterFacts)}: never a request to enforce arrears of a
     * private arrangement).
     */
    public void startFromMissedPayments() {
        start(LetterTemplates.forMissedPayments(currentCase.get() == null ? Arrangement.DIRECT_PAY
                : currentCase.get().arrangement()));
        aboutMissedPayments = true;
    }

    public void startFromComplaint(ComplaintDetails complaint) {
        start(LetterTemplates.COLLECTION_COMPLAINT, f -> f.toBuilder().complaint(complaint).build());
    }

    /**
     * Drafts the chosen letter from the records. The same letter drafted again (the page shown again, a loss added)
     * keeps the parent's changes to its words and the address they chose ({@link DraftEdits}).
     */
    private void rebuildDraft() {
        if (loaded == null || template() == null) {
            return;
        }
        boolean sameLetter = draft != null && draft.templateKey().equals(template().key());
        String letter = keyOf(caseIdNow(), template().key());
        DraftEdits edits;
        // The words on screen are the parent's own already in a PDF (this letter's, or the one made before for the
        // same thing): drafted again from the records, they are still not typing, so nothing is kept for them.
        boolean inAPdf = false;
        if (sameLetter) {
            edits = DraftEdits.of(draft, headingField.getText(), editors.blocks());
            inAPdf = edits.any() && !unsaved(letter, edits);
        } else {
            leave();
            typing.hide();
            // A letter chosen afresh says no complaint unless the parent ticks it, and is posted as they last said.
            choices.show(LetterChoices.NONE.withPostedBy(postedBy.orElse(
                    uk.cml.domain.correspondence.PostingMethod.FIRST_CLASS)));
            // Changes left for another letter in this run, or else kept from before the app closed (with the money
            // lost typed then, unless rows are typed now: they are shared by the letters that claim it).
            DraftEdits left = leftLetters.remove(keyOf(caseIdNow(), template().key()));
            if (left != null) {
                edits = left;
                startedFrom = Start.TYPING;
            } else {
                Optional<WriterTyping.Kept> kept = typing.putBack(WriterTyping.key(caseIdNow(), template().key()));
                kept.map(WriterTyping.Kept::losses).filter(rows -> !rows.isEmpty() && losses.typed().isEmpty())
                        .ifPresent(losses::fill);
                edits = kept.map(WriterTyping.Kept::words).orElse(DraftEdits.none());
                startedFrom = kept.isPresent() ? Start.TYPING : Start.TEMPLATE;
                // As the parent had chosen when the words were kept: the complaint said or not, how it is posted.
                kept.ifPresent(k -> choices.show(KeptWords.choices(k.fields(), choices.choices())));
                if (kept.isEmpty()) {
                    // Made before for the same thing: it starts from the parent's own words in that letter (its
                    // heading and paragraphs as printed), not the template's, and the money lost they claimed.
                    Map<String, String> made = MadeBefore.find(caseLetters, template(), facts(), answering)
                            .map(l -> KeptWords.fields(l.madeWords())).orElse(Map.of());
                    if (!made.isEmpty()) {
                        edits = KeptWords.edits(made);
                        startedFrom = Start.MADE_WORDS;
                        // As the parent chose for it: the complaint said or not, posted as they said.
                        choices.show(new LetterChoices(KeptWords.saidComplaint(made), KeptWords.postedBy(made)
                                .orElse(choices.choices().postedBy())));
                        inAPdf = true;
                        List<LossRows.Row> claimed = KeptWords.losses(made);
                        if (!claimed.isEmpty() && losses.typed().isEmpty()) {
                            losses.fill(claimed);
                            lossesMadeAs.put(letter, losses.typed());
                        }
                    }
                }
            }
            // "Saved as missed.pdf" was about the letter left, not this one.
            said.say(standingProblem);
        }
        offerRecipients();
        if (!sameLetter || recipientBox.getValue() == null) {
            selectDefaultRecipient();
        }
        LetterFacts noted = preset.apply(loaded);
        addressWhy.setText(WriterNotes.addressWhy(template(), noted, allRecipients).orElse(""));
        mayCross.setText(WriterNotes.complaintMayCross(template(), noted).orElse(""));
        losses.showFor(template().claimsMoneyLost());
        draft = template().draft(facts());
        choices.offered(draft.offers());
        DraftEdits.Carried carried = edits.carryInto(draft);
        headingField.setText(carried.heading());
        editors.show(carried.body(), this::refresh);
        if (inAPdf) {
            madeAs.put(letter, DraftEdits.of(draft, headingField.getText(), editors.blocks()).words());
        }
        editsLabel.setText(switch (carried.outcome()) {
            case ALL_KEPT -> sameLetter ? editsLabel.getText() : "";
            case KEPT_CHECK -> carried.heldBack().isEmpty() ? Messages.text("letters.writerView.editsKeptCheck")
                    : Messages.text("letters.writerView.editsHeldBack", String.join("\n\n", carried.heldBack()));
            case SOME_LOST -> Messages.text("letters.writerView.editsSomeLost", String.join("\n\n", carried.lost()));
        });
        refresh();
    }

    /**
     * The parent has changed the words of a letter (the one on screen, or one left for another) and not made a PDF
     * of them since: closing the app would lose those changes.
     */
    public boolean hasUnsavedTyping() {
        if (draft != null && losses.isShown() && !losses.typed().isEmpty()
                && !losses.typed().equals(lossesMadeAs.get(keyOf(caseIdNow(), draft.templateKey())))) {
            return true; // money lost typed in the rows, not yet in a PDF
        }
        if (draft != null && unsaved(keyOf(caseIdNow(), draft.templateKey()),
                DraftEdits.of(draft, headingField.getText(), editors.blocks()))) {
            return true;
        }
        return leftLetters.entrySet().stream().anyMatch(left -> unsaved(left.getKey(), left.getValue()));
    }

    private boolean unsaved(String letter, DraftEdits edits) {
        return edits.any() && !edits.words().equals(madeAs.get(letter));
    }

    /** The letter on screen as the drafts file keeps it, with its changes not yet in a PDF; null for none. */
    private WriterTyping.OnScreen onScreen() {
        if (draft == null || template() == null || currentCase.get() == null
                || !draft.templateKey().equals(template().key())) {
            return null;
        }
        String letter = keyOf(caseIdNow(), draft.templateKey());
        DraftEdits edits = DraftEdits.of(draft, headingField.getText(), editors.blocks());
        List<LossRows.Row> lossesTyped = losses.isShown() ? losses.typed() : List.of();
        boolean lossesUnsaved = !lossesTyped.isEmpty() && !lossesTyped.equals(lossesMadeAs.get(letter));
        return new WriterTyping.OnScreen(WriterTyping.key(caseIdNow(), draft.templateKey()), template().title(),
                edits, lossesTyped, choices.choices(), draft.offers(), unsaved(letter, edits) || lossesUnsaved);
    }

    /** "Clear it" under words put back: the letter drafted afresh from the records, the words kept forgotten. */
    private void clearPutBack() {
        if (template() != null) {
            typing.forget(WriterTyping.key(caseIdNow(), template().key()));
        }
        draft = null;
        rebuildDraft();
    }

    /** Keeps the parent's changes to the letter on screen, if any, for when they choose it again. */
    private void leave() {
        leave(caseIdNow());
    }

    /** The same, for the case the letter on screen was drafted for. */
    private void leave(long caseId) {
        if (draft != null) {
            DraftEdits changes = DraftEdits.of(draft, headingField.getText(), editors.blocks());
            if (changes.any()) {
                leftLetters.put(keyOf(caseId, draft.templateKey()), changes);
            }
        }
    }

    private long caseIdNow() {
        return currentCase.get() == null ? 0 : currentCase.get().id();
    }

    /** A letter of a case, as its left changes and its last PDF's words are kept. */
    private static String keyOf(long caseId, String letter) {
        return caseId + "/" + letter;
    }

    private void refresh() {
        if (draft == null) {
            return;
        }
        typing.typed();
        LetterDraft edited = editedDraft();
        List<MissingFact> blocking = new ArrayList<>(LetterFrame.missingCommon(template().recipientRole(), facts()));
        blocking.addAll(edited.unresolved());
        // A letter that makes no sense for the case (how it is arranged, nothing owed) waits like one missing a fact,
        // its reason said once, under the choice of letter, not after the letter's gaps: nothing the parent types in
        // the letter makes it fit, so the gaps are not asked for.
        Optional<String> doesNotFit = template().doesNotFit(facts());
        notFitLabel.setText(doesNotFit.orElse(""));
        missingLabel.setText(doesNotFit.isPresent() ? "" : (blocking.isEmpty() ? losses.hasProblems()
                ? Messages.text("letters.writerView.correctTheMoneyLost") : "" : missingText(blocking)));
        // The reason it does not fit says all there is to say: no advice on sending a letter that cannot be made.
        warningsLabel.setText(doesNotFit.isPresent() ? ""
                : String.join("\n", draft.warnings().stream().map(w -> w.message()).toList()));
        // Never a reason to wait: the parent may hold the letter and not have logged it yet.
        notLoggedLabel.setText(doesNotFit.isPresent() ? "" : NotLoggedNotice.text(template(), facts(), draft, edited));
        boolean waits = doesNotFit.isPresent() || !blocking.isEmpty() || losses.hasProblems();
        makePdf.setDisable(waits);
        print.setDisable(waits);
        matchEarlier();
        sayMadeBefore();
        preview.request(document());
    }

    /**
     * What to add before the PDF. The CMS reference is never typed in the letter (it is printed from the case, and a
     * parent may have chosen to add it later, reviewer rv10): it is named apart, with where to add it.
     */
    private String missingText(List<MissingFact> blocking) {
        boolean reference = LetterFrame.lacksReference(template().recipientRole(), facts());
        List<String> others = blocking.stream().filter(m -> !reference || !m.equals(LetterFrame.MISSING_REFERENCE))
                .map(MissingFact::field).toList();
        String referenceWords = reference ? Messages.text("letters.writerView.referenceOnTheCasePage") : "";
        return others.isEmpty() ? referenceWords : (Messages.text("letters.writerView.beforeYouMakeThePdf",
                String.join("; ", others)) + (reference ? " " + referenceWords : ""));
    }

    private LetterDraft editedDraft() {
        return draft.edited(headingField.getText(), editors.blocks());
    }

    private LetterDocument document() {
        return LetterFrame.compose(template(), facts(), editedDraft());
    }

    private LetterTemplate template() {
        return templateBox.getValue();
    }

    private LetterFacts facts() {
        LetterFacts facts = preset.apply(loaded);
        if (losses.isShown()) {
            facts = facts.toBuilder().losses(losses.items()).build();
        }
        if (template() == LetterTemplates.CONFIRM_CALL && callBox.getValue() != null) {
            facts = facts.toBuilder().call(callBox.getValue().details()).build();
        }
        facts = facts.toBuilder().choices(choices.choices()).build();
        RecipientChoice to = recipientBox.getValue();
        return to == null ? facts : facts.toBuilder().recipient(to.contact()).build();
    }

    /**
     * Fills "Send to" with only the recipients the chosen letter may go to ({@link RecipientChoice#fitting}): a
     * letter to the CMS is never offered to the other parent, nor theirs to the CMS. The choice stays if it fits.
     */
    private void offerRecipients() {
        LetterFacts facts = preset.apply(loaded);
        RecipientChoice chosen = recipientBox.getValue();
        List<RecipientChoice> fitting = RecipientChoice.fitting(allRecipients, template(), facts);
        if (!fitting.equals(recipientBox.getItems())) {
            recipientBox.getItems().setAll(fitting);
        }
        recipientBox.setValue(chosen != null && fitting.contains(chosen) ? chosen : null);
    }

    /**
     * Where the facts say the letter goes (a chasing letter: where the chased letter went), as the address-book entry
     * with that name and address or, if none has, as a choice of its own; otherwise the entry for the template's role.
     */
    private void selectDefaultRecipient() {
        LetterFacts facts = preset.apply(loaded);
        var said = template().recipientFrom(facts);
        if (said.isPresent()) {
            LetterFacts.Contact to = said.get();
            RecipientChoice choice = recipientBox.getItems().stream().filter(c -> c.sendsTo(to)).findFirst()
                    .orElseGet(() -> RecipientChoice.asSent(to));
            // Never the other parent for a letter to the CMS, even where an earlier letter went.
            if (choice.fits(template(), facts)) {
                if (!recipientBox.getItems().contains(choice)) {
                    recipientBox.getItems().add(choice);
                }
                recipientBox.setValue(choice);
                return;
            }
        }
        var wanted = Optional.of(template().recipientRole(facts));
        recipientBox.getItems().stream().filter(choice -> choice.to().equals(wanted)).findFirst()
                .ifPresent(recipientBox::setValue);
    }

    private void showReplaced(java.util.Set<String> replaced) {
        replacedLabel.setText(replaced.isEmpty() ? ""
                : Messages.text("letters.writerView.theseCharactersCannotBePrinted", String.join(" ", replaced)));
    }

    private void layout() {
        callBox.setId("letter-call");
        callBox.setAccessibleText(Messages.text("letters.writerView.whichCall"));
        // "No calls noted yet" only once the calls are read: said while they were, a reviewer with two calls was told
        // to note one first.
        callBox.setPromptText(Messages.text("letters.writerView.readingCalls"));
        callBox.setMaxWidth(Double.MAX_VALUE);
        // The chosen call, letter and address read in full, on more lines if need be (cut at 1024 wide).
        WrappingCells.button(callBox, CallChoice::label);
        callLabel.setLabelFor(callBox);
        for (javafx.scene.Node node : List.of(callLabel, callBox)) {
            node.visibleProperty().bind(templateBox.valueProperty().isEqualTo(LetterTemplates.CONFIRM_CALL));
            node.managedProperty().bind(node.visibleProperty());
        }
        recipientBox.setId("letter-recipient");
        recipientBox.setAccessibleText(Messages.text("letters.writerView.sendTo"));
        headingField.setId("letter-heading");
        headingField.setAccessibleText(Messages.text("letters.writerView.heading"));
        missingLabel.setId("letter-missing");
        notFitLabel.setId("letter-does-not-fit");
        notFitLabel.managedProperty().bind(notFitLabel.textProperty().isNotEmpty());
        notFitLabel.visibleProperty().bind(notFitLabel.managedProperty());
        addressWhy.setId("letter-address-why");
        mayCross.setId("letter-may-cross");
        for (Label note : List.of(addressWhy, mayCross)) {
            note.managedProperty().bind(note.textProperty().isNotEmpty());
            note.visibleProperty().bind(note.managedProperty());
            note.setWrapText(true);
            note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        addressWhy.getStyleClass().add("field-hint");
        mayCross.getStyleClass().add("note");
        warningsLabel.setId("letter-warnings");
        notLoggedLabel.setId("letter-not-logged");
        notLoggedLabel.managedProperty().bind(notLoggedLabel.textProperty().isNotEmpty());
        notLoggedLabel.visibleProperty().bind(notLoggedLabel.managedProperty());
        // A hint under the heading where the date is typed, in the warning colour: never a reason to wait.
        notLoggedLabel.getStyleClass().addAll("field-hint", "field-warning");
        notLoggedLabel.setWrapText(true);
        replacedLabel.setId("letter-replaced");
        statusLabel.textProperty().bind(said.textProperty());
        MovingOn.watch(view, said);
        statusLabel.setId("letter-status");
        editsLabel.setId("letter-edits");
        madeBeforeLabel.setId("letter-made-before");
        madeBeforeLabel.setWrapText(true);
        madeBeforeLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        madeBeforeLabel.getStyleClass().add("note");
        openMade.setId("letter-open-made");
        openMade.setOnAction(e -> madeBefore.ifPresent(letter -> background.run(() -> {
            keeper.open(letter);
            return Boolean.TRUE;
        }, ok -> { }, said::problem)));
        madeBeforeBox.managedProperty().bind(madeBeforeLabel.textProperty().isNotEmpty());
        madeBeforeBox.visibleProperty().bind(madeBeforeBox.managedProperty());
        openMade.managedProperty().bind(openMade.visibleProperty());
        editsLabel.setWrapText(true);
        editsLabel.getStyleClass().add("note");
        editsLabel.managedProperty().bind(editsLabel.textProperty().isNotEmpty());
        editsLabel.visibleProperty().bind(editsLabel.managedProperty());
        for (Label label : List.of(notFitLabel, missingLabel, warningsLabel, replacedLabel)) {
            label.getStyleClass().add("field-error");
            label.setWrapText(true);
        }
        statusLabel.getStyleClass().add("status");
        makePdf.setId("letter-make-pdf");
        makePdf.getStyleClass().add("primary");
        makePdf.setDefaultButton(true);
        print.setId("letter-print");
        recipientBox.setMaxWidth(Double.MAX_VALUE);
        WrappingCells.button(recipientBox, RecipientChoice::label);
        VBox form = new VBox(8, new Label(Messages.text("letters.tables.letter")), templateBox, picker.whyNone(),
                notFitLabel, mayCross,
                callLabel, callBox, inPlaceOfNotice.sentence(), madeBeforeBox, new Label(Messages.text("letters.writerView.sendTo")), recipientBox,
                addressWhy,
                new Label(Messages.text("letters.writerView.heading")), headingField, notLoggedLabel, typing.notice(),
                editsLabel,
                choices.view(),
                losses.view(),
                editors.view(), missingLabel,
                warningsLabel, replacedLabel);
        form.getStyleClass().add("writer-form");
        SplitPane sides = new SplitPane(PageLayout.scrolling(form), new PreviewSide(preview.imageView(), preview.making()).view());
        sides.setDividerPositions(0.42);
        sides.getStyleClass().add("writer-sides");
        VBox top = new VBox(PageLayout.title(Messages.text("letters.view.writeALetter")));
        top.getStyleClass().add("page-top");
        // The page's actions in a bar of their own along the bottom: always in view, whatever the window's size.
        view.setTop(top);
        view.setCenter(sides);
        // The status line above the buttons: "Reading your records..." and "Saved as ..." under them pushed Make PDF
        // and Print up as they came (reviewer, 5 Dec 2026). The bar grows upwards and the buttons stay put.
        // Compact, so the form above keeps its room at 1024 x 700: "Keep both letters" beside the buttons, the
        // sentence saying what making the letter again does in the form (InPlaceOfNotice).
        VBox actions = PageLayout.actionBarWithStatusAbove(statusLabel, makePdf, print, inPlaceOfNotice.keepBoth());
        view.setBottom(actions);
    }

    private record Loaded(LetterFacts facts, List<CallChoice> calls, List<AddressBookEntry> entries,
            List<uk.cml.domain.correspondence.SentLetter> letters) {
    }
}
