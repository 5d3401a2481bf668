package uk.cml.store;

import java.nio.file.Path;
import java.time.Clock;
import uk.cml.documents.DocumentStore;

/**
 * The records a store test works on: a real SQLite file opened in the test's temp folder, one {@link History} and
 * one clock ({@link DatabaseTest#CLOCK} unless given). Each store is made the first time it is asked for and the same
 * one is handed back after. {@link #jordanReedsCase()} completes the setup with {@link CaseStoreTest#me()} and
 * {@link CaseStoreTest#aCase()}. Close it in {@code @AfterEach}.
 */
final class TestRecords implements AutoCloseable {

    final Database database;
    final History history;
    final Clock clock;
    private final Path folder;
    private CaseStore cases;
    private AddressBookStore addressBook;
    private SetupStore setup;
    private PaymentStore payments;
    private SentLetterStore sentLetters;
    private ReceivedLetterStore receivedLetters;
    private CallStore calls;
    private NoteStore notes;
    private StandingStore standing;
    private DocumentRecordStore documents;

    private TestRecords(Path folder, Clock clock, Database database) {
        this.folder = folder;
        this.clock = clock;
        this.database = database;
        this.history = new History(clock);
    }

    static TestRecords openIn(Path folder) {
        return openIn(folder, DatabaseTest.CLOCK);
    }

    static TestRecords openIn(Path folder, Clock clock) {
        return new TestRecords(folder, clock, Database.open(folder, clock));
    }

    /** As {@link #openIn(Path, Clock)}, then {@code afterUpgrade} once the schema is current (the journal's triggers). */
    static TestRecords openIn(Path folder, Clock clock, SqlWork<?> afterUpgrade) {
        return new TestRecords(folder, clock, Database.open(folder, clock, afterUpgrade));
    }

    /** Sam Taylor's setup, completed, with Jordan Reed's case; its id. */
    long jordanReedsCase() {
        return cases().completeSetup(CaseStoreTest.me(), CaseStoreTest.aCase());
    }

    CaseStore cases() {
        return cases != null ? cases : (cases = new CaseStore(database, history, clock));
    }

    AddressBookStore addressBook() {
        return addressBook != null ? addressBook : (addressBook = new AddressBookStore(database, history, clock));
    }

    /** Set-up's answers saved in one go, over this file's {@link #cases()} and {@link #payments()}. */
    SetupStore setup() {
        return setup != null ? setup : (setup = new SetupStore(database, cases(), payments()));
    }

    PaymentStore payments() {
        return payments != null ? payments : (payments = new PaymentStore(database, history, clock));
    }

    SentLetterStore sentLetters() {
        return sentLetters != null ? sentLetters : (sentLetters = new SentLetterStore(database, history, clock));
    }

    ReceivedLetterStore receivedLetters() {
        return receivedLetters != null ? receivedLetters
                : (receivedLetters = new ReceivedLetterStore(database, history, clock));
    }

    CallStore calls() {
        return calls != null ? calls : (calls = new CallStore(database, history, clock));
    }

    NoteStore notes() {
        return notes != null ? notes : (notes = new NoteStore(database, history, clock));
    }

    /** The documents' records, their files kept in the temp folder's {@code documents}. */
    DocumentRecordStore documents() {
        return documents != null ? documents : (documents = new DocumentRecordStore(database, history, clock,
                new DocumentStore(folder.resolve("documents"))));
    }

    /** Where things stand, over this file's sent and received letters and calls, on the England and Wales calendar. */
    StandingStore standing() {
        return standing != null ? standing : (standing = new StandingStore(database, clock,
                SeededFacts.calendar(), sentLetters(), receivedLetters(), calls()));
    }

    @Override
    public void close() {
        database.close();
    }
}
