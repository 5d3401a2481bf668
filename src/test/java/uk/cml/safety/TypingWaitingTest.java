package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.store.CallStore;
import uk.cml.store.CaseStore;
import uk.cml.store.Database;
import uk.cml.store.History;

/** Typing kept and not saved is named in "What needs doing", with the form and page it is in, for its own case. */
class TypingWaitingTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T05:04:00Z"), ZoneId.of("Europe/London"));
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path folder;
    Database database;
    CallStore calls;
    long caseId;

    @BeforeEach
    void open() {
        database = Database.open(folder, CLOCK);
        History history = new History(CLOCK);
        caseId = new CaseStore(database, history, CLOCK).completeSetup(new MyDetails("Alex Morgan",
                PostalAddress.of("1 High Street\nLeeds", "LS6 2AB"), "07700 900123", "alex@example.org",
                Optional.empty()), new CaseFile(0, "Sam Reed", Optional.empty(), WorkSituation.EMPLOYED,
                Arrangement.DIRECT_PAY, Optional.empty(), List.of(new Child(0, "Ruby", LocalDate.of(2016, 5, 4))),
                new BigDecimal("4")));
        calls = new CallStore(database, history, CLOCK);
    }

    private long aCall() {
        LocalDateTime when = LocalDateTime.of(2026, 12, 1, 10, 0);
        return calls.save(new Call(0, caseId, when, CallDirection.I_CALLED, "0800 171 2345", "Priya", "Arrears team",
                "4411", "Arrears", "", Optional.empty(), "", Optional.empty(), false, false, null));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<String> waiting(long ofCase) {
        return new TypingWaiting(new TypingDrafts(folder, CLOCK), database).todos(ofCase, TODAY).stream()
                .map(TodoItem::what).toList();
    }

    @Test
    void eachFormsTypingIsNamedWithItsPageForItsCaseOnly() throws Exception {
        long call = aCall();
        TypingDrafts drafts = new TypingDrafts(folder, CLOCK);
        drafts.keep("sent/case-" + caseId + "/new", Map.of("sent-subject", "Change of address for Jordan"));
        drafts.keep("call/case-" + caseId + "/record-" + call, Map.of("call-said", "Ring back Friday"));
        drafts.keep("note/case-" + (caseId + 1) + "/new", Map.of("note-text", "Another case's note"));

        List<TodoItem> items = new TypingWaiting(new TypingDrafts(folder, CLOCK), database).todos(caseId, TODAY);
        assertEquals(List.of("Typing not saved yet, kept on 4 Dec 2026, 05:04: a change to a call, on the Calls "
                        + "page. Press Open the page to go back to it, then save it or clear it",
                "Typing not saved yet, kept on 4 Dec 2026, 05:04: a new letter you sent, on the Letters page. Press "
                        + "Open the page to go back to it, then save it or clear it"),
                items.stream().map(TodoItem::what).toList());
        assertEquals(List.of(TodoKind.TYPING_ON_CALLS, TodoKind.TYPING_ON_LETTERS),
                items.stream().map(TodoItem::kind).toList());
        assertEquals(TODAY, items.get(0).due());
    }

    /**
     * Found by a reviewer: "Open it there" for a change typed to a letter sent showed the Letters page's lists and no
     * typing. The to-do names the letter, so its button opens that letter with the typing put back.
     */
    @Test
    void aChangeToALetterSentNamesTheLetter() throws Exception {
        long letter = new uk.cml.store.SentLetterStore(database, new History(CLOCK), CLOCK).save(
                new uk.cml.domain.correspondence.SentLetter(0, caseId, LocalDate.of(2026, 12, 1), Optional.empty(),
                        new uk.cml.domain.correspondence.Recipient(Optional.empty(), "Child Maintenance Service",
                                "PO Box 249"), "Missed payments", uk.cml.domain.correspondence.LetterKind.OTHER,
                        Optional.empty(), Optional.empty(), uk.cml.domain.correspondence.ProofOfPostage.NONE, "",
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        TypingDrafts drafts = new TypingDrafts(folder, CLOCK);
        drafts.keep("sent/case-" + caseId + "/record-" + letter, Map.of("sent-posted", "4/12/2026"));
        drafts.keep("sent/case-" + caseId + "/new", Map.of("sent-subject", "Change of address for Jordan"));

        List<TodoItem> items = new TypingWaiting(new TypingDrafts(folder, CLOCK), database).todos(caseId, TODAY);
        assertEquals(List.of(0L, letter), items.stream().map(TodoItem::sourceId).toList(),
                "a new letter's typing: the page (Log a letter you sent); a change: the letter itself");
    }

    /**
     * A correction typed to a record since moved to the Bin has no form to open it in: the line would stay for ever.
     * It goes while the record is in the Bin and comes back with the typing when the record is put back.
     */
    @Test
    void aCorrectionToARecordInTheBinWaitsUntilItIsPutBack() throws Exception {
        long call = aCall();
        new TypingDrafts(folder, CLOCK).keep("call/case-" + caseId + "/record-" + call,
                Map.of("call-said", "Ring back Friday"));
        assertEquals(1, waiting(caseId).size());

        calls.moveToBin(call);
        assertEquals(List.of(), waiting(caseId), "no form to open while the call is in the Bin");
        assertEquals(1, new TypingDrafts(folder, CLOCK).all().size(), "the typing itself is kept");

        calls.restore(call);
        assertEquals(1, waiting(caseId).size(), "put back, its typing is named again");
    }

    @Test
    void aCorrectionToARecordNotInTheRecordsIsNotNamed() throws Exception {
        new TypingDrafts(folder, CLOCK).keep("payment/case-" + caseId + "/record-999", Map.of("payment-amount", "5"));
        assertEquals(List.of(), waiting(caseId));
    }

    @Test
    void aLettersWordsAreNamedByTheLetterAndOpenIt() throws Exception {
        new TypingDrafts(folder, CLOCK).keep("letter/case-" + caseId + "/confirm-call",
                Map.of("title", "Confirm a phone call", "typed.heading", "Our call"));
        new TypingDrafts(folder, CLOCK).keep("letter/case-" + (caseId + 1) + "/complaint", Map.of("title", "x"));
        List<TodoItem> items = new TypingWaiting(new TypingDrafts(folder, CLOCK), database).todos(caseId, TODAY);
        assertEquals(List.of("Typing not saved yet, kept on 4 Dec 2026, 05:04: your changes to the words of a letter "
                + "on the Write a letter page (Confirm a phone call). Open it there to make its PDF, or clear them"),
                items.stream().map(TodoItem::what).toList());
        assertEquals(TodoKind.TYPING_IN_LETTER, items.get(0).kind());
        assertEquals(Optional.of("confirm-call"), items.get(0).letter(), "its button opens that letter");
    }

    /** Typing on Where it stands (a step's date, a decision) is named with its page, and opens that page. */
    @Test
    void typingOnWhereItStandsIsNamedWithItsPart() throws Exception {
        TypingDrafts drafts = new TypingDrafts(folder, CLOCK);
        drafts.keep("standing-step-liability-order/case-" + caseId + "/step",
                Map.of("standing-step-liability-order-date", "18/11/2026"));
        drafts.keep("standing-decision/case-" + caseId + "/new", Map.of("standing-decision-date", "20/11/2026"));
        drafts.keep("standing-decision/case-" + (caseId + 1) + "/new", Map.of("standing-decision-date", "1/11/2026"));

        List<TodoItem> items = new TypingWaiting(new TypingDrafts(folder, CLOCK), database).todos(caseId, TODAY);
        assertEquals(List.of("Typing not saved yet, kept on 4 Dec 2026, 05:04: a decision to challenge, on the Where "
                        + "it stands page (Challenging a decision). Press Open the page to go back to it, then save it or clear it",
                "Typing not saved yet, kept on 4 Dec 2026, 05:04: the date of a step the CMS has taken, on the Where "
                        + "it stands page (What the CMS has done to collect). Press Open the page to go back to it, then save it or clear it"),
                items.stream().map(TodoItem::what).toList());
        assertEquals(List.of(TodoKind.TYPING_ON_STANDING, TodoKind.TYPING_ON_STANDING),
                items.stream().map(TodoItem::kind).toList());
    }

    @Test
    void noTypingKeptNothingToDo() {
        assertEquals(List.of(), waiting(caseId));
    }
}
