package uk.cml.ui.standing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.cml.domain.UkFormats;
import uk.cml.domain.calendar.BankHolidays;
import uk.cml.domain.standing.ComplaintStage;
import uk.cml.domain.standing.ComplaintThread;
import uk.cml.domain.standing.Deadline;
import uk.cml.domain.standing.DecisionAnswers;
import uk.cml.domain.standing.StandingReport;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.MovingOn;
import uk.cml.ui.shell.Destination;
import uk.cml.ui.shell.Navigator;
import uk.cml.ui.shell.Section;

/**
 * "Where things stand": the complaint thread stage by stage, the next thing to do with the button that writes it,
 * every deadline, challenges to decisions, enforcement so far, and how the dates are counted.
 */
public final class StandingView implements Section {

    public static final String KEY = "where-things-stand";

    private final StandingModel model;
    private final BankHolidays holidays;
    private final Consumer<String> writeLetter;
    private final Runnable writeAboutMissed;
    private final java.util.function.LongConsumer openLetter;
    /** Opens a call on the Calls page, by id. */
    private final java.util.function.LongConsumer openCall;
    private final Function<Window, Optional<Path>> calendarTarget;
    private final ScrollPane scroll = new ScrollPane();
    private final VBox content = new VBox();
    private final Label next = new Label();
    private final Button write = new Button();
    private final GridPane stages = new GridPane();
    /** The complaint's own next step, when an earlier limit elsewhere on the page is what to do next. */
    private final Label complaintNext = new Label();
    private final Button complaintWrite = new Button();
    private final VBox deadlines = new VBox(6);
    private final StandingPanels panels;
    private final Label intro = wrapped(Messages.text("standing.view.yourComplaintAnyDecisionYou"));
    /** The complaint, decisions, the CMS's steps and its time limits: not shown for a case the CMS does not have. */
    private final List<Node> cmsParts = new java.util.ArrayList<>();
    private boolean datesAsked;
    /** A scroll to the dates waits for the end of the next layout pass. */
    private boolean scrollPending;
    /** The date the parent came to see from the Overview, marked out in the dates to watch; null if none. */
    private Deadline wanted;
    private Node scrollTarget;
    /** The control with the keyboard as the report changed, and how far down the view it stood; null if none. */
    private Node keptInPlace;
    /** A line that has just appeared under the decision form and is to be scrolled into view (the plan prompt). */
    private Node revealPending;
    private double keptAt;

    /**
     * @param navigator      takes the parent to the letter writer, on the letter a button names
     * @param calendarTarget asks where to save the calendar file (a save dialog in the app)
     */
    public StandingView(StandingModel model, BankHolidays holidays, Navigator navigator,
            Function<Window, Optional<Path>> calendarTarget) {
        this(model, holidays, navigator, calendarTarget, uk.cml.ui.common.DraftKeeper.none());
    }

    /** @param drafts keeps what is typed in the step rows and the decision form through a kill, and puts it back */
    public StandingView(StandingModel model, BankHolidays holidays, Navigator navigator,
            Function<Window, Optional<Path>> calendarTarget, uk.cml.ui.common.DraftKeeper drafts) {
        this.model = model;
        this.holidays = holidays;
        this.writeLetter = key -> navigator.go(new Destination.LetterFromTemplate(key));
        this.writeAboutMissed = () -> navigator.go(new Destination.LetterAboutMissedPayments());
        this.openLetter = id -> navigator.go(new Destination.LettersSelecting(id));
        this.openCall = id -> navigator.go(new Destination.CallSelecting(id));
        this.calendarTarget = calendarTarget;
        this.panels = new StandingPanels(model, holidays, writeLetter,
                letterId -> navigator.go(new Destination.LettersSelecting(letterId)), drafts, change -> {
                    model.planChangeTaken();
                    navigator.go(new Destination.PlanFromDecision(change.amount(), change.startsOn(),
                            change.every(), model.planChangeSource(change)));
                });
        panels.onCorrectFacts(() -> navigator.go(new Destination.TimeLimits()));
        Label title = new Label(Messages.text("standing.view.whereItStands"));
        title.getStyleClass().add("title");
        intro.setId("standing-intro");
        next.setId("standing-next");
        next.setWrapText(true);
        next.getStyleClass().add("heading");
        write.setId("standing-next-write");
        write.getStyleClass().add("primary");
        write.managedProperty().bind(write.visibleProperty());
        Button saveIcs = new Button(Messages.text("standing.view.saveDeadlinesToYourCalendar"));
        saveIcs.setId("standing-save-ics");
        saveIcs.setOnAction(e -> calendarTarget.apply(window()).ifPresent(target -> model.saveCalendar(target)));
        Label status = new Label();
        status.setId("standing-status");
        status.setWrapText(true);
        status.getStyleClass().add("status");
        status.textProperty().bind(model.status().textProperty());
        // Its line is kept while it says nothing: "Added..." coming and going moved everything below it, and a click
        // meant for one row landed on another's "Move to bin". Kept only once it has said something, though: before
        // that it was an empty line under the buttons, which looked a mistake.
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        roomOnceShown(status, status.textProperty());
        // The line beside the decisions saying what went to the bin takes its room the same way (JustBinnedLine).
        model.justBinned().textProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty()) {
                keepInPlace();
            }
        });
        complaintNext.setId("standing-complaint-next");
        complaintNext.setWrapText(true);
        complaintNext.managedProperty().bind(complaintNext.visibleProperty());
        complaintWrite.setId("standing-complaint-next-write");
        complaintWrite.managedProperty().bind(complaintWrite.visibleProperty());
        stages.setId("standing-stages");
        stages.setHgap(14);
        stages.setVgap(6);
        deadlines.setId("standing-deadlines");
        VBox complaint = box(Messages.text("standing.view.yourComplaint"), stages, complaintNext, complaintWrite);
        complaint.setId("standing-complaint");
        VBox decisions = panels.decisions();
        // What a calculation added means for the plan comes under the form, and keeps its room (as the bin's line).
        roomOnceShown(panels.planRow, panels.planSays.textProperty());
        // A reviewer never saw it at 1366x768: below the fold, under a status line that did not mention it. Once it
        // says something it is scrolled up into view, after the layout pass has given it its place.
        panels.planSays.textProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty()) {
                revealPending = panels.planRow;
                javafx.application.Platform.requestNextPulse();
            }
        });
        decisions.setId("standing-decisions");
        VBox enforcement = panels.enforcement();
        enforcement.setId("standing-enforcement");
        VBox howCounted = panels.howCounted();
        howCounted.setId("standing-how-counted");
        cmsParts.addAll(List.of(complaint, decisions, enforcement, howCounted));
        for (Node part : cmsParts) {
            part.managedProperty().bind(part.visibleProperty());
        }
        content.getChildren().addAll(title, intro,
                box(Messages.text("standing.view.whatToDoNext"), next, new FlowPane(10, 8, write, saveIcs), status),
                complaint, box(Messages.text("standing.view.datesToWatch"), deadlines), decisions, enforcement,
                howCounted);
        content.getStyleClass().add("page"); // margins and gaps from app.css
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        scroll.setId("page-scroll-" + KEY);
        // What was just saved goes once the parent changes an answer on the page or leaves it.
        MovingOn.watch(scroll, model.status());
        model.report().addListener((obs, old, now) -> show(now));
        model.ahead().addListener((obs, old, now) -> show(model.report().get()));
        // The page's size settles over a few layout passes after it is shown and its report arrives: the date asked
        // for is scrolled to again after each, until the parent scrolls, clicks or types on the page themselves.
        content.heightProperty().addListener(o -> scrollLater());
        scroll.viewportBoundsProperty().addListener(o -> scrollLater());
        scroll.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> datesAsked = false);
        scroll.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> datesAsked = false);
        scroll.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> datesAsked = false);
        Runnable afterLayout = this::afterLayout;
        scroll.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
    }

    /**
     * A line that takes no room until it first says something, then keeps its room while the page is open. As it
     * first appears, the control with the keyboard (the decision form, after Add or Move to bin) keeps its place in
     * the view, so what is under the pointer does not move.
     */
    void roomOnceShown(Node line, javafx.beans.value.ObservableStringValue text) {
        line.setManaged(false);
        line.setVisible(false);
        text.addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty() && !line.isManaged()) {
                keepInPlace();
                line.setManaged(true);
                line.setVisible(true);
            }
        });
    }

    /** Asks for the scroll once the next layout pass is done, when every part of the page has its real place. */
    private void scrollLater() {
        if (datesAsked) {
            scrollPending = true;
            javafx.application.Platform.requestNextPulse();
        }
    }

    private void afterLayout() {
        if (keptInPlace != null) {
            Node kept = keptInPlace;
            keptInPlace = null;
            double range = content.getHeight() - scroll.getViewportBounds().getHeight();
            if (range > 0 && kept.getScene() != null) {
                scroll.setVvalue(Math.max(0, Math.min(1, (yInContent(kept) - keptAt) / range)));
            }
        }
        if (scrollPending) {
            scrollPending = false;
            scrollToDates();
        }
        if (revealPending != null && revealPending.isVisible() && revealPending.getScene() != null) {
            Node shown = revealPending;
            revealPending = null;
            double range = content.getHeight() - scroll.getViewportBounds().getHeight();
            double view = scroll.getViewportBounds().getHeight();
            double bottom = yInContent(shown) + shown.getBoundsInParent().getHeight() + 8;
            if (range > 0 && bottom > scroll.getVvalue() * range + view) {
                scroll.setVvalue(Math.max(0, Math.min(1, (bottom - view) / range)));
            }
        }
    }

    private Window window() {
        return scroll.getScene() == null ? null : scroll.getScene().getWindow();
    }

    private void show(StandingReport report) {
        if (report == null) {
            return;
        }
        keepInPlace();
        ComplaintThread.NextAction nextAction = report.next(model.today());
        Optional<uk.cml.domain.todo.TodoItem> first = model.ahead().get();
        if (first.isPresent()) {
            // Telling the CMS of missed payments comes first, as What needs doing on the Overview says.
            uk.cml.domain.todo.TodoItem item = first.get();
            // A call's promise gone by opens the call, as the Overview's to-do does.
            boolean call = item.kind() == uk.cml.domain.todo.TodoKind.CALL_PROMISE_LATE;
            // A report written opens, to record its posting, or, made before the records changed, to make it again.
            boolean remake = item.kind() == uk.cml.domain.todo.TodoKind.MAKE_REPORT_AGAIN;
            boolean post = remake || item.kind() == uk.cml.domain.todo.TodoKind.POST_REPORT;
            next.setText(item.what());
            write.setText(Messages.text(call ? "overview.todoActions.seeTheCall" : remake
                    ? "overview.todoActions.seeWhatChanged" : post
                    ? "standing.view.recordThePosting" : "standing.view.writeAboutMissedPayments"));
            write.setVisible(true);
            write.setOnAction(e -> {
                if (call) {
                    openCall.accept(item.sourceId());
                } else if (post) {
                    openLetter.accept(item.sourceId());
                } else {
                    writeAboutMissed.run();
                }
            });
        } else if (!model.cmsInvolved() && report.nextDate(model.today()).isEmpty()) {
            // Under a private arrangement the complaint's own step (complain to the CMS) is no step at all: say what
            // can be done instead. A date from records of the CMS's time still heads the page while it is open.
            next.setText(model.privateNext());
            write.setText(Messages.text("standing.view.writeToTheOtherParent"));
            write.setVisible(true);
            write.setOnAction(e -> writeAboutMissed.run());
        } else {
            next.setText(nextAction.text());
            write.setText(nextAction.buttonText());
            write.setVisible(nextAction.letter().isPresent());
            write.setOnAction(e -> nextAction.letter().ifPresent(writeLetter));
        }
        boolean cms = model.showsCmsParts(report);
        intro.setText(Messages.text(model.cmsInvolved() ? "standing.view.yourComplaintAnyDecisionYou"
                : "standing.view.privateIntro"));
        cmsParts.forEach(part -> part.setVisible(cms));
        ComplaintThread.NextAction onComplaint = report.complaintNext(model.today());
        boolean other = first.isPresent() || !onComplaint.equals(nextAction);
        complaintNext.setText(Messages.text("standing.view.complaintNext", onComplaint.text()));
        complaintNext.setVisible(other);
        complaintWrite.setText(onComplaint.buttonText());
        complaintWrite.setVisible(other && onComplaint.letter().isPresent());
        complaintWrite.setOnAction(e -> onComplaint.letter().ifPresent(writeLetter));
        showStages(report.complaint().stages(), report.facts().ombudsmanMonths());
        deadlines.getChildren().clear();
        scrollTarget = deadlines.getParent();
        // What is next first, then what has gone by, newest first: the order What needs doing puts days in.
        List<Deadline> all = report.datesToWatch(model.today());
        if (all.isEmpty()) {
            deadlines.getChildren().add(wrapped(Messages.text("standing.view.noDatesToWatchYet")));
        }
        for (int i = 0; i < all.size(); i++) {
            Deadline d = all.get(i);
            // The day to act by, from the one calendar; for a limit met on receipt, the limit itself (as the Timeline
            // places it), the last day to post being said with it: the words beside the day are the limit's ("one
            // calendar month from..."), so the last day to post shown there read as the limit.
            uk.cml.domain.calendar.UkCalendar calendar = report.calendar();
            String date = UkFormats.shortDate(d.postBy(calendar).isPresent() ? d.dated() : d.actBy(calendar));
            // A reply the complaint has gone past is still a date to watch (not met), but nothing to chase.
            boolean movedOn = report.complaint().overtaken(d);
            // A limit met on receipt, still in time to post 1st class: the date is the last day to post, said once
            // here (the limit is in How it is counted), not again in a line of its own under it.
            boolean postInTime = !d.done() && d.postBy(calendar).filter(last -> !model.today().isAfter(last))
                    .isPresent();
            // A limit met on receipt, in time: the limit and the last day to post, worded as everywhere else.
            Label line = wrapped((d.isFrom() ? Messages.text("standing.view.fromDate", date) : date) + "  " + d.what()
                    + (postInTime ? Messages.text("standing.view.limitPostBy", d.limitAndPostBy(calendar)
                    .orElseThrow()) : "")
                    // Met late is not met: the words say so ("not met, the reply is dated ..."), never "(done)".
                    + (d.metInTime() ? Messages.text("standing.view.done") : d.done() ? ""
                    : movedOn ? Messages.text("standing.view.complaintMovedOn") : ""));
            line.setId("standing-deadline-" + i);
            line.getStyleClass().add(d.done() || movedOn ? "field-hint" : "heading-small");
            Label how = wrapped(d.explanation(calendar));
            how.getStyleClass().add("field-hint");
            List<Node> notes = new java.util.ArrayList<>(List.of(line, how));
            // A limit met when the CMS gets the letter: the day to post it by (1st class), from the one calendar.
            Optional<String> advice = d.postingAdvice(calendar, model.today());
            if (advice.isPresent() && !postInTime) {
                Label postBy = wrapped(Messages.text("standing.view.postBy", advice.get()));
                postBy.setId("standing-deadline-" + i + "-postBy");
                postBy.getStyleClass().add("field-hint");
                notes.add(postBy);
            }
            if (d.waitedForAndPassed(model.today()) && !movedOn) {
                // Any date the parent waits on that has gone: a call's promise, a letter's reply, a CMS target.
                Label passed = wrapped(Messages.text(d.from() instanceof Deadline.From.OfCall
                        ? "standing.view.promisePassed" : d.from() instanceof Deadline.From.Sent
                        ? "standing.view.replyPassed" : "standing.view.targetPassed"));
                passed.setId("standing-deadline-" + i + "-passed");
                passed.getStyleClass().add("field-error");
                notes.add(passed);
            }
            if (uk.cml.domain.standing.PassedLimits.passed(d, model.today()) && !movedOn) {
                // As the Overview's to-do says: the limit has gone, and what can still be done; for a decision that
                // raised the amount or kept it, plainly that the time ended, in no alarm's colour.
                boolean quietly = report.passedQuietly(d, model.today());
                Label passed = wrapped(quietly ? uk.cml.domain.standing.PassedLimits.endedQuietly(d)
                        : uk.cml.domain.standing.PassedLimits.ended(d, model.today(), report.facts()));
                passed.setId("standing-deadline-" + i + "-passed");
                passed.getStyleClass().add(quietly ? "field-hint" : "field-error");
                notes.add(passed);
            }
            for (DecisionAnswers.Unclear letter : report.unclearFor(d)) {
                // Met when the CMS gets it: not "by this date" (the limit) but as the line above says to post it.
                boolean unsent = letter.why() == DecisionAnswers.Unclear.Why.NOT_POSTED;
                Label unclear = wrapped(Messages.text(!unsent ? "standing.view.unclearLetter"
                        : advice.isPresent() ? "standing.view.unsentLetterOnReceipt" : "standing.view.unsentLetter",
                        UkFormats.shortDate(letter.written())));
                unclear.setId("standing-deadline-" + i + "-letter-" + letter.letterId());
                unclear.getStyleClass().add("field-error");
                notes.add(unclear);
            }
            if (d.sameAs(wanted)) {
                VBox marked = new VBox();
                marked.getChildren().setAll(notes);
                marked.setId("standing-deadline-wanted");
                marked.getStyleClass().add("deadline-wanted");
                deadlines.getChildren().add(marked);
                scrollTarget = marked;
            } else {
                deadlines.getChildren().addAll(notes);
            }
        }
        panels.show(report);
        scrollLater();
    }

    /**
     * Dates and decisions above the form come and go with the records (a decision binned takes its limits out of the
     * dates to watch): the control with the keyboard keeps its place in the view, so the rows under the pointer
     * never slide into a click meant for something else.
     */
    private void keepInPlace() {
        Node owner = scroll.getScene() == null ? null : scroll.getScene().getFocusOwner();
        boolean onPage = false;
        for (Node at = owner; at != null; at = at.getParent()) {
            onPage |= at == content;
        }
        if (!onPage || datesAsked) {
            return;
        }
        double range = Math.max(0, content.getHeight() - scroll.getViewportBounds().getHeight());
        keptInPlace = owner;
        keptAt = yInContent(owner) - scroll.getVvalue() * range;
        javafx.application.Platform.requestNextPulse();
    }

    private double yInContent(Node node) {
        return content.sceneToLocal(node.localToScene(0, 0)).getY();
    }

    /**
     * @param ombudsmanMonths the months the app counts for the MP and the Ombudsman, said under the table beside the
     *                        "Ask by" date it gives (a guide the app counts, not a date anyone set)
     */
    private void showStages(List<ComplaintStage> list, int ombudsmanMonths) {
        stages.getChildren().clear();
        String[] heads = {Messages.text("standing.view.stage"), Messages.text("standing.view.sent"),
                Messages.text("standing.view.delivered"), Messages.text("standing.view.acknowledgeBy"),
                Messages.text("standing.view.replyDue"), Messages.text("standing.view.replyReceived")};
        if (list.isEmpty()) {
            // Only the plain line: headings over no rows read as a table left empty by mistake.
            stages.add(wrapped(Messages.text("standing.view.noComplaintLoggedYet")), 0, 0);
            return;
        }
        for (int c = 0; c < heads.length; c++) {
            // A heading wraps (never within a word), so the stage's name keeps room beside the dates at 1024 wide.
            Label head = wrapped(heads[c]);
            head.getStyleClass().add("field-label");
            stages.add(head, c, 0);
        }
        for (int r = 0; r < list.size(); r++) {
            ComplaintStage s = list.get(r);
            String id = "standing-" + s.step().name().toLowerCase(java.util.Locale.UK).replace('_', '-');
            stages.add(wrapped(s.step().label()), 0, r + 1);
            // A letter made and not posted shows the day it was made, said so: never read as sent.
            Label sent = cell(id + "-sent", s.sent());
            if (s.writtenNotPosted()) {
                sent.setText(Messages.text("standing.view.madeNotPosted", UkFormats.shortDate(s.sent().get())));
            }
            stages.add(sent, 1, r + 1);
            stages.add(cell(id + "-delivered", s.delivered()), 2, r + 1);
            stages.add(cell(id + "-ack", s.acknowledgeDue()), 3, r + 1);
            Label replyDue = cell(id + "-reply-due", s.replyDue());
            if (s.dateIsParentsLimit() && s.replyDue().isPresent()) {
                replyDue.setText(Messages.text("standing.view.askBy", UkFormats.shortDate(s.replyDue().get())));
            }
            stages.add(replyDue, 4, r + 1);
            stages.add(cell(id + "-received", s.replyReceived()), 5, r + 1);
        }
        // The MP's "Ask by" is the app's own count from the final response: said how, and that it is a guide.
        Optional<java.time.LocalDate> askBy = list.stream().filter(s -> s.step() == ComplaintStage.Step.MP_OMBUDSMAN)
                .findFirst().flatMap(ComplaintStage::replyDue);
        Optional<java.time.LocalDate> from = list.stream().filter(s -> s.step() == ComplaintStage.Step.FINAL_RESPONSE)
                .findFirst().flatMap(s -> s.sent().or(s::replyReceived));
        if (askBy.isPresent() && from.isPresent()) {
            Label note = wrapped(Messages.text("standing.view.mpAskByNote", UkFormats.shortDate(askBy.get()),
                    ombudsmanMonths, UkFormats.shortDate(from.get())));
            note.setId("standing-mp-ombudsman-note");
            note.getStyleClass().add("field-hint");
            stages.add(note, 0, list.size() + 1, 6, 1);
        }
    }

    private static Label cell(String id, Optional<java.time.LocalDate> date) {
        Label label = new Label(date.map(UkFormats::shortDate).orElse("–"));
        label.setId(id);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a date is never cut short
        return label;
    }

    static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        // Never narrower than its longest word: squeezed by the dates beside it at 1024 wide, the complaint's table
        // read "Your complain" and "t to the CMS".
        label.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> longestWord(label),
                label.textProperty(), label.fontProperty()));
        return label;
    }

    private static double longestWord(Label label) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text();
        measure.setFont(label.getFont());
        double widest = 0;
        for (String word : (label.getText() == null ? "" : label.getText()).split("\\s+")) {
            measure.setText(word);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest) + 2;
    }

    static VBox box(String heading, Node... children) {
        Label head = new Label(heading);
        head.getStyleClass().add("heading");
        VBox box = new VBox(8, head);
        box.getChildren().addAll(children);
        return box;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        // The sidebar's name for the page, and its title (one name for a page everywhere on screen).
        return Messages.text("standing.view.whereItStands");
    }

    @Override
    public Node view() {
        return scroll;
    }

    /** A step ticked or dated on the page and not saved yet: closing the app asks first. */
    @Override
    public boolean holdsUnsavedTyping() {
        return panels.holdsUnsavedTyping();
    }

    @Override
    public void shown() {
        wanted = null;
        datesAsked = false;
        // Opened, the page starts at its top (what to do next); kept where the parent last scrolled it, it reopened
        // part-scrolled. A date asked for is scrolled to after this (show).
        keptInPlace = null;
        revealPending = null;
        scroll.setVvalue(scroll.getVmin());
        model.shownAgain();
        panels.releasePlanRoom();
    }

    /** The dates to watch (or the one date asked for, marked out), scrolled into view once the report is in. */
    @Override
    public void show(Destination destination) {
        wanted = destination instanceof Destination.StandingDeadline d ? d.deadline() : null;
        datesAsked = destination instanceof Destination.StandingDates || wanted != null;
        if (datesAsked && model.report().get() != null) {
            show(model.report().get());
            // The report may not change on this load; once this page is laid out in the window, scroll now.
            scrollLater();
        }
    }

    /**
     * Puts the dates to watch (or the one date asked for) at the top of the view, as far as the page scrolls. Run
     * again after each layout while the parent has not moved the page: a position worked out before the page had
     * its final size would leave the date out of sight.
     */
    private void scrollToDates() {
        if (!datesAsked || scroll.getScene() == null || scrollTarget == null) {
            return;
        }
        double range = content.getHeight() - scroll.getViewportBounds().getHeight();
        if (range <= 0) {
            return;
        }
        double top = content.sceneToLocal(scrollTarget.localToScene(0, 0)).getY() - 8;
        scroll.setVvalue(Math.max(0, Math.min(1, top / range)));
    }
}
