package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.privacy.MovableClock;
import uk.cml.ui.WithAPage;
import uk.cml.ui.shell.Destination;

/**
 * The report of missed payments was made, then a payment arrived before it was posted: the letter may now call paid
 * money owed. The list says to make it again, the open letter says what changed and when, and "Make it again"
 * begins the same letter, which takes the old one's place.
 */
class LetterMadeBeforeChangesTest extends WithAPage {

    final MovableClock clock = new MovableClock(CLOCK.instant(), CLOCK.getZone());

    final List<Destination> went = new CopyOnWriteArrayList<>();

    /** The Letters page {@link #theLetterListed()} showed. */
    LettersView page;

    @Override
    protected java.time.Clock clock() {
        return clock;
    }

    /** A letter to the CMS of 22 Nov 2026, logged now and not posted, asking for no reply by a day. */
    private void letter(String subject, LetterKind kind) {
        harness.services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 11, 22), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"), subject, kind,
                Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
    }

    /** The letter about missed payments made now, with the reply-by date it printed. */
    private void missedPaymentsLetter(LocalDate replyBy) {
        harness.services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 11, 22), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"),
                "Missed Direct Pay payments", LetterKind.ARREARS_REPORT, Optional.empty(), Optional.empty(),
                ProofOfPostage.NONE, "", Optional.of(replyBy), Optional.empty(), Optional.empty(),
                Optional.of(replyBy), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    private void twoHoursLater() {
        clock.advance(Duration.ofHours(2));
    }

    private void fiftyPoundsOn20November() {
        harness.services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 20), Money.ofPounds(50),
                PaymentMethod.BANK_TRANSFER, "", ""));
    }

    /** The Letters page on these records, shown once it lists the one letter; its table of letters sent. */
    private TableView<SentLetter> theLetterListed() {
        page = LettersPages.open(harness, clock, went::add);
        show(page);
        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        return sent;
    }

    @Test
    void aLetterMadeBeforeAPaymentArrivedIsMadeAgainBeforePosting() {
        letter("Missed Direct Pay payments", LetterKind.ARREARS_REPORT);
        twoHoursLater();
        fiftyPoundsOn20November();

        TableView<SentLetter> sent = theLetterListed();
        waitUntil("the list says to make it again", () -> lookup(node -> node instanceof Labeled cell
                && cell.isVisible() && "Records changed: make it again".equals(cell.getText())).tryQuery()
                .isPresent());

        interact(() -> sent.getSelectionModel().select(0));
        Label said = waitFor("#letters-changed-since");
        assertTrue(said.isVisible());
        assertEquals("You made this letter on 22 Nov 2026, 10:15. After that, payments changed in your records "
                + "(the last change on 22 Nov 2026, 12:15), so it may say something they no longer show. Make it "
                + "again and post the new one instead of this one.\nWhat changed since:\nThe payment of £50.00 received "
                + "on Fri 20 Nov 2026 (typed in on 22 Nov 2026) was added.", said.getText());
        press("#letters-make-again");
        assertEquals(List.of(new Destination.LetterFromTemplate("missed-direct-pay",
                java.util.Optional.of(sent.getItems().get(0).id()))), went, "begun from this letter, to replace it");

        // Made again in the writer, the new letter takes the old one's place: back on the page, the old one is
        // no longer open, and the list offers the new one to post.
        SentLetter old = sent.getItems().get(0);
        clock.advance(Duration.ofMinutes(1));
        harness.services.sentLetters.addInPlaceOf(new SentLetter(0, caseId, LocalDate.of(2026, 11, 22),
                Optional.empty(), old.to(), old.subject(), old.kind(), Optional.empty(), Optional.empty(),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()), old.id());
        interact(page::shown);
        waitUntil("back to the list", () -> lookup("#letters-sent-table").tryQuery().isPresent()
                && lookup("#letters-sent-table").query().getScene() != null
                && sent.getItems().size() == 1 && sent.getItems().get(0).id() != old.id());
        Label status = lookup("#letters-status").query();
        assertTrue(status.getText().startsWith("The letter that was open is no longer in your list"),
                status.getText());
        waitUntil("the new letter is only to post", () -> lookup(node -> node instanceof Labeled cell
                && cell.isVisible() && "Post it first".equals(cell.getText())).tryQuery().isPresent());
    }

    @Test
    void aLetterNothingChangedSinceSaysOnlyToPostIt() {
        fiftyPoundsOn20November();
        twoHoursLater();
        letter("Confirming call with CMS", LetterKind.FOLLOW_UP_TO_CALL);

        TableView<SentLetter> sent = theLetterListed();
        waitUntil("the list says to post it", () -> lookup(node -> node instanceof Labeled cell && cell.isVisible()
                && "Post it first".equals(cell.getText())).tryQuery().isPresent());
        interact(() -> sent.getSelectionModel().select(0));
        waitFor("#sent-subject");
        Node notice = lookup("#letters-changed-since").query();
        assertFalse(notice.getParent().isVisible(), "nothing changed, so no notice");
    }

    /**
     * A letter typed in (not made here) cannot be made again here: the note asks the parent to check it against the
     * records, and offers no button that would open the choice of letters as if it could.
     */
    @Test
    void aLetterTypedInIsToBeCheckedNotMadeAgain() {
        letter("My own letter about the missed payments", LetterKind.ARREARS_REPORT);
        twoHoursLater();
        fiftyPoundsOn20November();

        TableView<SentLetter> sent = theLetterListed();
        waitUntil("the list says to check it", () -> lookup(node -> node instanceof Labeled cell
                && cell.isVisible() && "Records changed: check it".equals(cell.getText())).tryQuery().isPresent());
        assertTrue(harness.services.sentLetters.todos(caseId, LocalDate.of(2026, 11, 22)).stream().anyMatch(t -> t
                .what().contains(" against your records before you post it: payments changed after you logged it "
                        + "on 22 Nov 2026.")), "the Overview asks to check it too");
        interact(() -> sent.getSelectionModel().select(0));
        Label said = waitFor("#letters-changed-since");
        assertEquals("You logged this letter on 22 Nov 2026, 10:15. After that, payments changed in your records "
                + "(the last change on 22 Nov 2026, 12:15), so it may say something they no longer show. Check it "
                + "against them before you post it, and write it again if it needs changing.\nWhat changed since:\n"
                + "The payment of £50.00 received on Fri 20 Nov 2026 (typed in on 22 Nov 2026) was added.",
                said.getText());
        assertFalse(lookup("#letters-make-again").query().isVisible(), "nothing here can make it again");
    }

    /**
     * A bank holiday added in Settings after the letter was made, before the reply-by date it printed: the open
     * letter says so, and why a day off matters to it.
     */
    @Test
    void aBankHolidayAddedAfterTheLetterWasMadeIsSaidWithWhyItMatters() {
        missedPaymentsLetter(LocalDate.of(2026, 12, 8));
        twoHoursLater();
        harness.services.bankHolidays.add(new uk.cml.domain.calendar.AddedBankHoliday(0, caseId,
                LocalDate.of(2026, 12, 4), "Day of mourning"));

        TableView<SentLetter> sent = theLetterListed();
        interact(() -> sent.getSelectionModel().select(0));
        Label said = waitFor("#letters-changed-since");
        assertEquals("You made this letter on 22 Nov 2026, 10:15. After that, bank holidays changed in your records "
                + "(the last change on 22 Nov 2026, 12:15), so it may say something they no longer show. Make it "
                + "again and post the new one instead of this one. A bank holiday changes which days are working "
                + "days, and with them the dates the letter worked out (when a reply is due, when it counts as "
                + "delivered) and, for the arrears, which payments were late.\nWhat changed since:\nThe bank holiday "
                + "\"Day of mourning\" on Fri 4 Dec 2026 (typed in on 22 Nov 2026) was added.", said.getText());
    }

    /**
     * The time a letter gives the CMS to answer a request corrected in Settings after the letter was made: the open
     * letter says so, and why a time limit matters to it.
     */
    @Test
    void aTimeLimitCorrectedAfterTheLetterWasMadeIsSaidWithWhyItMatters() {
        missedPaymentsLetter(LocalDate.of(2026, 12, 8));
        twoHoursLater();
        uk.cml.domain.standing.CmsFact was = harness.services.standing.facts().all().stream()
                .filter(f -> f.key().equals("request.reply.working_days")).findFirst().orElseThrow();
        harness.services.standing.correctFact(was.key(), "12", was.source(), was.lastChecked());

        TableView<SentLetter> sent = theLetterListed();
        interact(() -> sent.getSelectionModel().select(0));
        Label said = waitFor("#letters-changed-since");
        assertEquals("You made this letter on 22 Nov 2026, 10:15. After that, CMS time limits changed in your records "
                + "(the last change on 22 Nov 2026, 12:15), so it may say something they no longer show. Make it "
                + "again and post the new one instead of this one. A CMS time limit you corrected in Settings changes "
                + "the dates this letter gives.\nWhat changed since:\nThe CMS time limit \"Working days a letter "
                + "gives the CMS to answer an ordinary request, from when it counts as delivered\" was changed from "
                + "10 to 12.", said.getText());
    }
}
