package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.ReplyRule;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.domain.standing.EnforcementStep;
import uk.cml.ui.WithAPage;
import uk.cml.ui.overview.OverviewModel;
import uk.cml.ui.overview.OverviewView;

/**
 * A complaint posted first class on Thursday 2 April 2026, before Easter, answered by the CMS; then its final
 * response. The page shows the calendar's dates and offers the next letter; the ICE deadline reaches the Overview.
 */
class WhereThingsStandTest extends WithAPage {

    private static final LocalDate THURSDAY_BEFORE_EASTER = LocalDate.of(2026, 4, 2);

    final List<String> lettersStarted = new ArrayList<>();

    private StandingView page() {
        StandingModel model = new StandingModel(harness.services.standing, harness.background, CLOCK,
                harness.currentCase);
        return new StandingView(model, harness.services.calendar.holidays(), destination -> lettersStarted.add(
                ((uk.cml.ui.shell.Destination.LetterFromTemplate) destination).templateKey()),
                owner -> Optional.of(dataFolder.resolve("deadlines.ics")));
    }

    private String label(String id) {
        return ((Label) waitFor(id)).getText();
    }

    @Test
    void complaintAnsweredThenFinalResponse() throws Exception {
        long caseId = harness.currentCase.get().id();
        UkCalendar calendar = harness.services.calendar;
        LocalDate suggested = calendar.replyBy(calendar.deemedDelivery(THURSDAY_BEFORE_EASTER,
                PostingMethod.FIRST_CLASS), new ReplyRule.WorkingDays(15)).date();
        long complaint = harness.services.sentLetters.save(new SentLetter(0, caseId, THURSDAY_BEFORE_EASTER,
                Optional.of(THURSDAY_BEFORE_EASTER), new Recipient(Optional.empty(), "Child Maintenance Service 21",
                "Wolverhampton WV98 2BU"), "Complaint about collection", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.of(suggested),
                Optional.empty()));
        harness.services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 4, 24)),
                LocalDate.of(2026, 4, 27), "Child Maintenance Service", "Reply to my complaint", Optional.empty(),
                Optional.of(complaint)));

        StandingView page = page();
        show(page);
        waitUntil("the thread loads", () -> "2 Apr 2026".equals(label("#standing-complaint-sent")));
        // Good Friday 3 April and Easter Monday 6 April are skipped: delivered Wednesday 8 April.
        assertEquals("8 Apr 2026", label("#standing-complaint-delivered"));
        assertEquals("10 Apr 2026", label("#standing-complaint-ack"));
        assertEquals("29 Apr 2026", label("#standing-complaint-reply-due"));
        assertEquals("27 Apr 2026", label("#standing-complaint-received"));
        assertEquals("27 Apr 2026", label("#standing-cms-reply-received"));
        assertEquals("Write the review request", ((Labeled) waitFor("#standing-next-write")).getText());
        press("#standing-next-write");
        assertEquals(List.of("senior-review"), lettersStarted);

        harness.services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 7, 8)),
                LocalDate.of(2026, 7, 10), "Child Maintenance Service", "Final response to my complaint",
                Optional.empty(), Optional.empty()).saidFinal());
        interact(page::shown);
        waitUntil("the final response shows", () -> "10 Jul 2026".equals(label("#standing-final-response-received")));
        uk.cml.ui.Snapshots.saveScrolled(this, (javafx.scene.control.ScrollPane) page.view(), "where-things-stand-test");

        OverviewView overview = new OverviewView(new OverviewModel(harness.services.payments, List.of(harness.services.standing)),
                harness.background, CLOCK, harness.currentCase, destination -> { });
        show(overview);
        // Six months from the final response dated Wednesday 8 July 2026: Friday 8 January 2027.
        waitUntil("the ICE deadline is in What needs doing", () -> lookup(node -> node instanceof Labeled l
                && l.getText() != null && l.getText().startsWith("Write to the Independent Case Examiner. Limit Fri 8 "
                + "Jan 2027: to be safe, post your letter 1st class by ") && l.getText().endsWith(".") && !l.getText().contains("arrives"))
                .tryQuery().isPresent());
    }

    @Test
    void whatToDoNextIsTheEarliestLimitNotTheComplaintsUndatedStep() throws Exception {
        long caseId = harness.currentCase.get().id();
        long complaint = harness.services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 10, 23),
                Optional.of(LocalDate.of(2026, 10, 23)), new Recipient(Optional.empty(), "CMS", ""),
                "Complaint about collection", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        harness.services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 11, 20)),
                LocalDate.of(2026, 11, 21), "CMS", "Reply to my complaint", Optional.empty(), Optional.of(complaint)));
        // Write-off letter of Friday 20 November: 30 days is Sunday 20 December, so act by Friday 18 December.
        harness.services.standing.addDecision(new uk.cml.domain.standing.Decision(0, caseId,
                uk.cml.domain.standing.Decision.Kind.WRITE_OFF, LocalDate.of(2026, 11, 20), "", Optional.empty()));

        StandingView page = page();
        show(page);
        waitUntil("the report loads", () -> label("#standing-next").startsWith("Write the reply"));
        assertEquals("Write the reply about the write-off. Limit Sun 20 Dec 2026: to be safe, post your letter 1st class by "
                + "Wed 16 Dec 2026.", label("#standing-next"));
        assertEquals("Write the reply about the write-off", ((Labeled) waitFor("#standing-next-write")).getText());
        press("#standing-next-write");
        assertEquals(List.of("write-off-reply"), lettersStarted);
        // The complaint's own step, with no time limit, still shows under the complaint.
        assertEquals("Next on your complaint: If the CMS's reply does not settle your complaint, ask for a senior "
                + "manager's review. No time limit is published for this step.", label("#standing-complaint-next"));
        press("#standing-complaint-next-write");
        assertEquals(List.of("write-off-reply", "senior-review"), lettersStarted);
    }

    /**
     * A calculation decision of Wednesday 14 October 2026: its month ended on Saturday 14 November, so act by Friday
     * 13 November. On Sunday 22 November the page says it has passed and that a late request can still be made,
     * offering the same letter, in What to do next, the dates to watch and under the decision.
     */
    @Test
    void aReconsiderationWhoseMonthHasPassedSaysSo() throws Exception {
        long caseId = harness.currentCase.get().id();
        long decision = harness.services.standing.addDecision(new uk.cml.domain.standing.Decision(0, caseId,
                uk.cml.domain.standing.Decision.Kind.CALCULATION, LocalDate.of(2026, 10, 14), "", Optional.empty()));
        // The limit itself, as every other place names it, not the working day before (which read as a second limit).
        String passed = "The limit was 14 Nov 2026, and it has passed. If you think the decision is wrong, you can "
                + "still ask: the CMS may accept a late request, up to 13 months after the decision, if you say why it "
                + "is late.";

        StandingView page = page();
        show(page);
        waitUntil("the report loads", () -> label("#standing-next").startsWith("The limit to ask"));
        assertEquals("The limit to ask for a mandatory reconsideration was 14 Nov 2026, and it has passed. If you "
                + "think the decision is wrong, you can still ask: the CMS may accept a late request, up to 13 months "
                + "after the decision, if you say why it is late.", label("#standing-next"));
        assertEquals(passed, label("#standing-deadline-0-passed"));
        assertEquals(passed, label("#standing-decision-" + decision + "-passed"));
        press("#standing-next-write");
        assertEquals(List.of("mandatory-reconsideration"), lettersStarted);
    }

    /**
     * A complaint posted on Friday 23 October 2026 with no reply logged, its target long passed; a review request made
     * on Friday 20 November and not posted. Today is Sunday 22 November: the page says to post the letter made, not
     * to chase the complaint's reply or to write the review request again; once posted, the review's reply is awaited.
     */
    @Test
    void aReviewRequestMadeAndNotPostedIsToBePosted() throws Exception {
        long caseId = harness.currentCase.get().id();
        harness.services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 10, 23),
                Optional.of(LocalDate.of(2026, 10, 23)), new Recipient(Optional.empty(), "CMS", ""),
                "Complaint about collection", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        SentLetter review = new SentLetter(0, caseId, LocalDate.of(2026, 11, 20), Optional.empty(),
                new Recipient(Optional.empty(), "CMS", ""), "Complaint review request to CMS", LetterKind.COMPLAINT,
                Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty());
        long reviewId = harness.services.sentLetters.save(review);

        StandingView page = page();
        show(page);
        String post = "From 20 Nov 2026: Post the letter you made, then record the posting and the proof of postage: "
                + "Your request for a senior manager's review.";
        waitUntil("the report loads", () -> post.equals(label("#standing-next")));
        assertFalse(lookup("#standing-next-write").query().isVisible(), "nothing to write: the letter is made");
        assertFalse(lookup("#standing-complaint-next").query().isVisible(), "the page's next step is the complaint's");
        assertEquals("Made 20 Nov 2026, not posted", label("#standing-senior-review-sent"), "never read as sent");
        assertEquals("23 Oct 2026", label("#standing-complaint-sent"));

        // Posted first class the day it was made, Friday 20 November: delivered Tuesday 24 November; 15 working
        // days on is Tuesday 15 December.
        harness.services.sentLetters.save(new SentLetter(reviewId, caseId, review.written(),
                Optional.of(review.written()), review.to(), review.subject(), review.kind(),
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(),
                Optional.empty()));
        interact(page::shown);
        waitUntil("the review's reply is awaited", () -> label("#standing-next").contains("review request"));
        assertEquals("20 Nov 2026", label("#standing-senior-review-sent"), "posted: its day, as sent");
        // First the CMS's target to acknowledge it, 2 working days after delivery (as the letter printed it).
        assertEquals("Nothing to do yet. The CMS target to acknowledge your review request is 26 Nov 2026: a target "
                + "for the CMS, not a limit for you. If it is not met by then, you can chase it from 27 Nov 2026.",
                label("#standing-next"));
        assertEquals("15 Dec 2026", label("#standing-senior-review-reply-due"));
        assertEquals("26 Nov 2026", label("#standing-senior-review-ack"));
    }

    /**
     * A complaint posted on 1 Sep 2026 and never answered, then taken to the Independent Case Examiner on 2 Nov 2026
     * with no final response logged: the ICE letter is the complaint's latest step, the complaint's reply target is
     * still a date to watch but said to be moved on, and nothing (the page, the Overview's to-dos, the calendar
     * file) asks to chase it.
     */
    @Test
    void aComplaintGoneToIceWithNoFinalResponseIsNotChased() throws Exception {
        long caseId = harness.currentCase.get().id();
        harness.services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 9, 1),
                Optional.of(LocalDate.of(2026, 9, 1)), new Recipient(Optional.empty(), "CMS", ""),
                "Complaint about collection", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        harness.services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 11, 2),
                Optional.of(LocalDate.of(2026, 11, 2)), new Recipient(Optional.empty(), "ICE", "PO Box 209"),
                "Complaint to the Independent Case Examiner", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.SIGNED_FOR), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));

        StandingView page = page();
        show(page);
        waitUntil("the ICE letter shows", () -> lookup("#standing-ice-sent").tryQuery().isPresent()
                && "2 Nov 2026".equals(label("#standing-ice-sent")));
        assertTrue(label("#standing-next").contains("Independent Case Examiner on 2 Nov 2026"),
                label("#standing-next"));
        Labeled target = (Labeled) lookup(node -> node instanceof Labeled l && l.getText() != null
                && l.getText().contains("CMS target to reply to your complaint")).query();
        assertTrue(target.getText().endsWith("(your complaint has moved on: no need to chase)"), target.getText());
        List<String> chasing = lookup(node -> node instanceof Labeled l && l.isVisible() && l.getText() != null
                && l.getText().contains("chase")).queryAll().stream().map(n -> ((Labeled) n).getText())
                .filter(text -> !text.endsWith("(your complaint has moved on: no need to chase)")).toList();
        assertEquals(List.of(), chasing, "no words on the page chase it (the target to acknowledge is moved on too)");
        LocalDate today = LocalDate.of(2026, 11, 22);
        List<uk.cml.domain.todo.TodoItem> todos = new ArrayList<>(harness.services.standing.todos(caseId, today));
        todos.addAll(harness.services.sentLetters.todos(caseId, today));
        assertTrue(todos.stream().noneMatch(t -> t.kind() == uk.cml.domain.todo.TodoKind.REPLY_OVERDUE
                || t.what().contains("Chase")), todos.toString());

        press("#standing-save-ics");
        waitUntil("the calendar file is saved", () -> java.nio.file.Files.exists(dataFolder.resolve("deadlines.ics")));
        String calendar = java.nio.file.Files.readString(dataFolder.resolve("deadlines.ics"));
        assertFalse(calendar.contains("reply to your complaint"), calendar);
    }

    /**
     * The enforcement nudge: a day FROM which to ask the CMS to move on if nothing has happened, never a limit "by"
     * that day, and not what to do next weeks before anything can be done. Today is Sunday 22 November 2026; the
     * arrears notice was heard of on Tuesday 17 November, so the day is Tuesday 12 January 2027.
     */
    @Test
    void theEnforcementNudgeReadsFromItsDayAndDoesNotHeadThePage() throws Exception {
        long caseId = harness.currentCase.get().id();
        harness.services.standing.tick(new EnforcementRecord(0, caseId, EnforcementStep.ARREARS_NOTICE,
                LocalDate.of(2026, 11, 17), ""));

        StandingView page = page();
        show(page);
        waitUntil("the dates load", () -> lookup("#standing-deadline-0").tryQuery().isPresent());
        assertEquals("From 12 Jan 2027  If nothing has happened since the CMS's \"Arrears notice\" step, ask them "
                + "to take the next one", label("#standing-deadline-0"));
        assertEquals("Write asking the CMS to take the next step (from 12 Jan 2027, if nothing has happened by then)",
                ((Labeled) waitFor("#standing-nudge")).getText());
        String next = label("#standing-next");
        assertFalse(next.contains("12 Jan 2027"), next);
        assertEquals(harness.services.standing.report(caseId, LocalDate.of(2026, 11, 22)).complaint().next().text(),
                next);

        OverviewView overview = new OverviewView(new OverviewModel(harness.services.payments,
                List.of(harness.services.standing)), harness.background, CLOCK, harness.currentCase, destination -> { });
        show(overview);
        waitUntil("the nudge is in What needs doing, from its day", () -> lookup(node -> node instanceof Labeled l
                && ("From 12 Jan 2027: If nothing has happened since the CMS's \"Arrears notice\" step, ask them to "
                + "take the next one.").equals(l.getText())).tryQuery()
                .isPresent());
        assertFalse(lookup(node -> node instanceof Labeled l && l.getText() != null
                && l.getText().contains("by 12 Jan 2027")).tryQuery().isPresent(), "no 'by' for a day to ask from");
    }

    /** A decision's note had no limit on the page or in the store; one too long is named and nothing is added. */
    @Test
    void aDecisionsNoteTooLongIsNamedUnderItsRowAndNothingIsAdded() {
        long caseId = harness.currentCase.get().id();
        StandingView page = page();
        show(page);
        waitFor("#standing-decision-note");
        type("#standing-decision-date", "03/11/2026");
        javafx.scene.control.TextInputControl note = lookup("#standing-decision-note").queryTextInputControl();
        interact(() -> note.setText("n".repeat(5_001)));
        press("#standing-decision-add");

        waitUntil("the note is explained", () -> label("#standing-decision-note-error")
                .equals("This is too long: it has 5,001 characters and the limit is 5,000. Shorten it."));
        assertTrue(note.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("danger")),
                "the note is outlined in red");
        assertFalse(lookup("#standing-decision-date-error").query().isVisible(), "the date is fine");
        // The kind is not chosen for the parent (a refusal saved as a calculation gave the wrong time limits).
        assertEquals("Choose the kind of decision the letter gives.", label("#standing-decision-kind-error"));
        assertEquals(5_001, text("#standing-decision-note").length(), "what was typed stays to be shortened");
        assertEquals(List.of(), harness.services.standing.decisions(caseId));

        choose("#standing-decision-kind", uk.cml.domain.standing.Decision.Kind.CALCULATION);
        interact(() -> note.setText("Weekly rate of 40 pounds"));
        press("#standing-decision-add");
        waitUntil("the decision is added", () -> harness.services.standing.decisions(caseId).size() == 1);
        waitUntil("the message goes", () -> !lookup("#standing-decision-note-error").query().isVisible());
        assertEquals("Weekly rate of 40 pounds", harness.services.standing.decisions(caseId).get(0).note());
    }

    /**
     * A decision added by mistake could not be taken off: its limits stayed on the page and the Overview for good.
     * It now goes to the Bin from its row, and the Bin page lists it to put back.
     */
    @Test
    void aDecisionAddedByMistakeGoesToTheBinAndCanBePutBack() {
        long caseId = harness.currentCase.get().id();
        long id = harness.services.standing.addDecision(new uk.cml.domain.standing.Decision(0, caseId,
                uk.cml.domain.standing.Decision.Kind.CALCULATION, LocalDate.of(2026, 11, 3), "", Optional.empty()));
        StandingView page = page();
        show(page);
        press("#standing-decision-" + id + "-bin");
        waitUntil("it is binned", () -> harness.services.standing.decisions(caseId).isEmpty());
        waitUntil("its row goes", () -> lookup("#standing-decision-" + id + "-bin").tryQuery().isEmpty());

        var binned = uk.cml.store.TableBin.forDecisions(harness.services.database, harness.services.standing)
                .binned(caseId);
        assertEquals(1, binned.size());
        assertEquals("A calculation of maintenance, dated 3 Nov 2026", binned.get(0).title());
        uk.cml.store.TableBin.forDecisions(harness.services.database, harness.services.standing).restore(id);
        assertEquals(1, harness.services.standing.decisions(caseId).size(), "put back");
    }

    /**
     * Found in review: a step's date that was not a date was taken for today, and a date in the future left the box
     * ticked with nothing saved and nothing said. Each is now said beside the date when Save is pressed, the typing kept
     * to correct and nothing saved.
     */
    @Test
    void aStepsDateThatCannotBeUsedIsSaidBesideItAndNothingIsSaved() {
        long caseId = harness.currentCase.get().id();
        StandingView page = page();
        show(page);
        String step = "#standing-step-arrears-notice";
        waitFor(step);

        type(step + "-date", "31/02/2026");
        press(step);
        press(step + "-save"); // nothing is saved until the parent presses Save
        waitUntil("the date is explained", () -> label(step + "-date-error").startsWith("There is no such day as "
                + "31/02/2026."));
        assertEquals("31/02/2026", text(step + "-date"), "the typing is kept to correct");
        type(step + "-date", "17 Nov");
        press(step + "-save");
        waitUntil("the words are explained", () -> label(step + "-date-error").equals("That is not a date we can "
                + "read. Type it like 22/11/2026."));
        type(step + "-date", "23/11/2026");
        press(step + "-save");
        waitUntil("the future is explained", () -> label(step + "-date-error").equals("That date is in the future."));
        assertEquals(List.of(), harness.services.standing.enforcement(caseId), "nothing was recorded");

        type(step + "-date", "17/11/2026");
        press(step + "-save");
        waitUntil("the step is recorded", () -> harness.services.standing.enforcement(caseId).size() == 1);
        assertEquals(LocalDate.of(2026, 11, 17), harness.services.standing.enforcement(caseId).get(0).heardOn());
    }

    /**
     * Found in review: correcting the day of a step already ticked with words that are no date said "or leave it
     * empty for today", but an empty box keeps the day it has. The message now says only how to type a date, and the
     * day stays as it was.
     */
    @Test
    void wordsTypedOverATickedStepsDaySayHowToTypeADateAndKeepTheDay() throws Exception {
        long caseId = harness.currentCase.get().id();
        harness.services.standing.tick(new EnforcementRecord(0, caseId, EnforcementStep.ARREARS_NOTICE,
                LocalDate.of(2026, 11, 17), ""));
        StandingView page = page();
        show(page);
        String step = "#standing-step-arrears-notice";
        waitUntil("the step shows ticked", () -> lookup(step).queryAs(javafx.scene.control.CheckBox.class)
                .isSelected());

        type(step + "-date", "17 Nov");
        press(step + "-save");

        waitUntil("the words are explained", () -> label(step + "-date-error").equals("That is not a date we can "
                + "read. Type it like 22/11/2026."));
        assertEquals(LocalDate.of(2026, 11, 17), harness.services.standing.enforcement(caseId).get(0).heardOn());
        assertTrue(lookup(step).queryAs(javafx.scene.control.CheckBox.class).isSelected(), "still ticked");
    }

    /**
     * Found in review: a step ticked first and its date typed after was saved as heard today, its date box greyed
     * out at today's date and the typing lost ("for 0 days", the next step counted from today). A tick now offers
     * today and saves nothing until confirmed: the day typed is the one saved, and everything counts from it.
     */
    @Test
    void aStepTickedBeforeItsDateIsTypedTakesTheTypedDate() {
        long caseId = harness.currentCase.get().id();
        StandingView page = page();
        show(page);
        String step = "#standing-step-arrears-notice";
        waitFor(step);

        press(step);
        waitUntil("today is offered, not saved", () -> "22 Nov 2026".equals(text(step + "-date")));
        assertEquals(List.of(), harness.services.standing.enforcement(caseId), "not saved until confirmed");
        assertFalse(lookup(step + "-date").query().isDisabled(), "the date box is left open to type the date");
        type(step + "-date", "16/11/2026\n"); // Enter saves
        waitUntil("the step is dated as typed", () -> harness.services.standing.enforcement(caseId).size() == 1
                && LocalDate.of(2026, 11, 16).equals(harness.services.standing.enforcement(caseId).get(0).heardOn()));
        waitUntil("the page counts from it", () -> label("#standing-at-step").contains("16 Nov 2026"));
        assertTrue(label("#standing-at-step").contains("6 days"), label("#standing-at-step"));
        // Eight weeks from Monday 16 November 2026: Monday 11 January 2027.
        waitUntil("the next step counts from it", () -> ((Labeled) waitFor("#standing-nudge")).getText()
                .contains("11 Jan 2027"));
        assertEquals(LocalDate.of(2026, 11, 16), lookup(step + "-date").queryAs(javafx.scene.control.DatePicker.class)
                .getValue());
        assertFalse(lookup(step + "-date").query().isDisabled(), "still open to correct");
    }

    /**
     * Found in review: a promise made on a call, its date passed, was listed as if still to come while the Overview
     * said "chase it". The page now says beside it that the date has passed and to chase it; a promise still to come,
     * or one ticked as kept, says nothing of the kind.
     */
    @Test
    void aCallPromiseWhoseDateHasPassedSaysToChaseIt() throws Exception {
        long caseId = harness.currentCase.get().id();
        harness.services.calls.add(new uk.cml.domain.evidence.Call(0, caseId, LocalDate.of(2026, 10, 14).atTime(9, 30),
                uk.cml.domain.evidence.CallDirection.I_CALLED, "0800 171 2345", "Karen", "Direct Pay team", "",
                "Asked about the missed payments.", "call me back", Optional.of(LocalDate.of(2026, 10, 21)), "",
                Optional.empty(), false, false, null));
        harness.services.calls.add(new uk.cml.domain.evidence.Call(0, caseId, LocalDate.of(2026, 11, 20).atTime(9, 30),
                uk.cml.domain.evidence.CallDirection.I_CALLED, "0800 171 2345", "Sam", "Direct Pay team", "",
                "Asked again.", "write to me", Optional.of(LocalDate.of(2026, 11, 30)), "", Optional.empty(), false,
                false, null));

        StandingView page = page();
        show(page);
        waitUntil("the dates load", () -> lookup("#standing-deadline-1").tryQuery().isPresent());
        // What is still to come first, then what has gone by (DatesToWatchOrderTest).
        assertTrue(label("#standing-deadline-0").contains("write to me"), label("#standing-deadline-0"));
        assertFalse(lookup("#standing-deadline-0-passed").tryQuery().isPresent(), "30 Nov is still to come");
        assertTrue(label("#standing-deadline-1").contains("call me back"), label("#standing-deadline-1"));
        assertEquals("This date has passed: chase it (call or write to the CMS). If they did what they promised, or "
                + "once you have chased it, tick that on the Calls page.", label("#standing-deadline-1-passed"));

        OverviewView overview = new OverviewView(new OverviewModel(harness.services.payments,
                List.of(harness.services.standing, harness.services.calls)), harness.background, CLOCK,
                harness.currentCase, destination -> { });
        show(overview);
        waitUntil("the Overview says to chase the same promise", () -> lookup(node -> node instanceof Labeled l
                && l.getText() != null && l.getText().contains("you noted the CMS would act by 21 Oct 2026. Chase it.")).tryQuery()
                .isPresent());
    }

    /**
     * A new user's first letter, missed payments posted Tuesday 10 November 2026, printed "reply by 8 Dec 2026": the
     * Letters page says "Reply due by 8 Dec 2026", so the dates to watch list that same date (the log's, not one
     * counted again here), not "No dates to watch yet". It is waited for there, not made what to do next.
     */
    @Test
    void aLettersReplyDueIsADateToWatch() throws Exception {
        long caseId = harness.currentCase.get().id();
        LocalDate printed = LocalDate.of(2026, 12, 8);
        harness.services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 11, 10),
                Optional.of(LocalDate.of(2026, 11, 10)), new Recipient(Optional.empty(), "Child Maintenance Service",
                "PO Box 249"), "Missed payments", LetterKind.ARREARS_REPORT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.of(printed),
                Optional.empty(), Optional.empty(), Optional.of(printed)));

        StandingView page = page();
        show(page);
        waitUntil("the report loads", () -> !label("#standing-next").isEmpty());
        waitUntil("the reply is a date to watch", () -> lookup("#standing-deadline-0").tryQuery().isPresent());
        assertEquals("8 Dec 2026  Reply expected to your letter posted on 10 Nov 2026: Missed payments (to Child "
                + "Maintenance Service)", label("#standing-deadline-0"));
        assertTrue(lookup(node -> node instanceof Labeled l && "How it is counted: the date your letter asks for."
                .equals(l.getText())).tryQuery().isPresent(), "the date is the one the letter prints");
        assertTrue(lookup(node -> node instanceof Labeled l && "No dates to watch yet.".equals(l.getText()))
                .tryQuery().isEmpty());
        assertFalse(harness.services.standing.todos(caseId, LocalDate.now(CLOCK)).stream()
                .anyMatch(t -> t.what().contains("Missed payments")), "a late reply is the letters log's to-do, once");
    }

    /**
     * Reviewer rv3 (5 Dec 2026) saw only the decision of 20 Oct 2026 on the Overview and here: the first plan's
     * "CMS calculation letter dated 10 Jul 2026" was typed only as where its amount came from, never logged as a
     * decision. Logged, both decisions are here, each with its own passed limit (a newer calculation does not end
     * an older one's); the page says so, and that only decisions logged here are counted.
     */
    @Test
    void eachLoggedDecisionKeepsItsOwnLimitAndThePageSaysOnlyLoggedOnesCount() {
        long caseId = harness.currentCase.get().id();
        harness.services.standing.addDecision(new uk.cml.domain.standing.Decision(0, caseId,
                uk.cml.domain.standing.Decision.Kind.CALCULATION, LocalDate.of(2026, 7, 10), "", Optional.empty()));
        harness.services.standing.addDecision(new uk.cml.domain.standing.Decision(0, caseId,
                uk.cml.domain.standing.Decision.Kind.CALCULATION, LocalDate.of(2026, 10, 20), "", Optional.empty()));
        StandingView page = page();
        show(page);
        String intro = label("#standing-decision-intro");
        // In short sentences since reviewer rv10 (6 Dec 2026), the same meaning.
        assertTrue(intro.contains("The app works out your time limits from the date on the letter."), intro);
        assertTrue(intro.contains("Each decision has its own time limits. A newer calculation does not end an older "
                + "one's: you can still ask the CMS to look at an older one again, late, up to 13 months after it."
                + "\n\nA letter you have only named on the Case page, as where a payment plan's amount comes from, "
                + "gets no time limits until you log it here too."), intro);
    }

    /**
     * A write-off proposal of 20 Nov 2026 answered by a reply posted on 1 Dec: under the decision, the limit is said
     * to be met, not only "to be safe, post your letter 1st class by Wed 16 Dec 2026" as if still to do.
     */
    @Test
    void aMetLimitUnderItsDecisionSaysItIsDone() {
        long caseId = harness.currentCase.get().id();
        long proposal = harness.services.standing.addDecision(new uk.cml.domain.standing.Decision(0, caseId,
                uk.cml.domain.standing.Decision.Kind.WRITE_OFF, LocalDate.of(2026, 11, 20), "", Optional.empty()));
        LocalDate posted = LocalDate.of(2026, 12, 1);
        harness.services.sentLetters.save(new uk.cml.domain.correspondence.SentLetter(0, caseId, posted,
                Optional.of(posted), new uk.cml.domain.correspondence.Recipient(Optional.empty(),
                "Child Maintenance Service", "PO Box 249"), "My reply",
                uk.cml.domain.correspondence.LetterKind.WRITE_OFF_REPLY, Optional.empty(),
                Optional.of(uk.cml.domain.correspondence.PostingMethod.FIRST_CLASS),
                uk.cml.domain.correspondence.ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        StandingView page = page();
        show(page);
        assertEquals("    Done: your letter that meets this limit is logged as sent.",
                label("#standing-decision-" + proposal + "-met"));
    }

    /**
     * Found by a reviewer: a proposal to write off arrears sat under "Challenging a decision" like a calculation, as
     * if it could be reconsidered. It cannot (no reconsideration or appeal): its row says what applies, with the days
     * of the CMS facts' write_off.reply.days, as the pack does.
     */
    @Test
    void aWriteOffProposalSaysItIsNotReconsidered() {
        long caseId = harness.currentCase.get().id();
        long proposal = harness.services.standing.addDecision(new uk.cml.domain.standing.Decision(0, caseId,
                uk.cml.domain.standing.Decision.Kind.WRITE_OFF, LocalDate.of(2026, 11, 20), "", Optional.empty()));
        StandingView page = page();
        show(page);
        assertEquals("    Reply with reasons within 30 days (no reconsideration or appeal).",
                label("#standing-decision-" + proposal + "-no-reconsideration"));
    }
}
