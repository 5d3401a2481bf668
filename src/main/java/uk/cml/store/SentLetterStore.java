package uk.cml.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.TextLimit;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.bin.BinnedItem;
import uk.cml.domain.correspondence.ChangedSinceMade;
import uk.cml.domain.correspondence.DrawnFrom;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.RecordArea;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.calendar.ReplyRule;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.standing.CmsFacts;
import uk.cml.domain.standing.Chases;
import uk.cml.domain.standing.ComplaintPosition;
import uk.cml.domain.standing.WatchedReply;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.timeline.TimelineSource;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;
import uk.cml.domain.todo.TodoSource;

/** Letters the parent sent, with how and when they were posted and the proof. Corrections keep history. */
public final class SentLetterStore extends RecordStore<SentLetter> implements TimelineSource, TodoSource {

    static final String TABLE = "letter_sent";
    private static final String NEWEST_FIRST = "coalesce(posted_on, written_on) DESC, id DESC";

    private final Database database;
    private final History history;
    private final Clock clock;
    /** The CMS's letters, for how far a complaint has gone: a complaint letter gone beyond is not chased. */
    private final ReceivedLetterStore received;
    /** For the reply date a posted chase waits for, when the parent cleared the one it prints. */
    private final UkCalendar calendar;
    /** Whether a letter was made in the app: one typed in is checked, not made again, when its records change. */
    private final java.util.function.Predicate<SentLetter> madeHere;
    /**
     * What a letter's words are drawn from, given the letter and when it was made (first saved in the log): a change
     * elsewhere leaves it true.
     */
    private final DrawsOn drawsOn;
    /**
     * The rule set by law a letter the app wrote counted its printed reply-by date by, with the facts as the parent
     * may have corrected them (empty for any other letter): the log watches the date it gives from the real posting.
     */
    private final java.util.function.BiFunction<SentLetter, CmsFacts, Optional<ReplyRule>> lawRule;

    /** What a letter's words are drawn from, given the letter and when it was first saved in the log. */
    @FunctionalInterface
    public interface DrawsOn {
        DrawnFrom of(SentLetter letter, LocalDateTime made);
    }

    /**
     * A store of its own, with England and Wales's calendar, taking every letter as made in the app: for a store
     * tried on its own, in a test.
     */
    public SentLetterStore(Database database, History history, Clock clock) {
        this(database, history, clock, new UkCalendar(uk.cml.domain.calendar.BankHolidays.englandAndWales(),
                StandingStore.deliveryDays(database)), new ReceivedLetterStore(database, history, clock),
                letter -> true);
    }

    /**
     * As the app wires it at start-up: with the app's calendar, its store of the CMS's letters, and which letters
     * were made in the app (by the title they were logged under), as only those can be made again.
     */
    public SentLetterStore(Database database, History history, Clock clock, UkCalendar calendar,
            ReceivedLetterStore received, java.util.function.Predicate<SentLetter> madeHere) {
        this(database, history, clock, calendar, received, madeHere, letter -> EnumSet.allOf(RecordArea.class));
    }

    /**
     * As the app wires it at start-up, with the parts of the records each letter's words are drawn from (by the
     * template it was made from; every part for a letter typed in, whose words the app does not know).
     */
    public SentLetterStore(Database database, History history, Clock clock, UkCalendar calendar,
            ReceivedLetterStore received, java.util.function.Predicate<SentLetter> madeHere,
            java.util.function.Function<SentLetter, Set<RecordArea>> drawsOn) {
        this(database, history, clock, calendar, received, madeHere,
                (DrawsOn) (letter, made) -> DrawnFrom.areas(drawsOn.apply(letter)));
    }

    /**
     * As the app wires it at start-up, with what each letter's words are drawn from (by the template it was made from,
     * and for a letter confirming a call, the calls it may be about; every part for a letter typed in).
     */
    public SentLetterStore(Database database, History history, Clock clock, UkCalendar calendar,
            ReceivedLetterStore received, java.util.function.Predicate<SentLetter> madeHere, DrawsOn drawsOn) {
        this(database, history, clock, calendar, received, madeHere, drawsOn, (letter, facts) -> Optional.empty());
    }

    /**
     * As the app wires it at start-up, with the rule set by law each letter the app wrote printed its reply-by date
     * by (see {@link WatchedReply}): such a letter, posted and still holding that date, is read with the date the
     * rule gives from its real posting.
     */
    public SentLetterStore(Database database, History history, Clock clock, UkCalendar calendar,
            ReceivedLetterStore received, java.util.function.Predicate<SentLetter> madeHere, DrawsOn drawsOn,
            java.util.function.BiFunction<SentLetter, CmsFacts, Optional<ReplyRule>> lawRule) {
        super(database, history, clock, TABLE, "letter", SentLetter::id, SentLetter::caseId);
        this.database = database;
        this.history = history;
        this.clock = clock;
        this.received = received;
        this.calendar = calendar;
        this.madeHere = madeHere;
        this.drawsOn = drawsOn;
        this.lawRule = lawRule;
    }

    /** Whether the letter was made in the app, as opposed to typed in (logged by hand). */
    public boolean madeHere(SentLetter letter) {
        return madeHere.test(letter);
    }

    /**
     * The case's sent letters, newest first, each with the reply-by date the log watches ({@link WatchedReply}):
     * counted as they are read, so every page that shows the date shows the same one, and nothing saved changes.
     */
    public List<SentLetter> letters(long caseId) {
        return watched(table().list(caseId, "", NEWEST_FIRST));
    }

    /**
     * The case's sent letters in the Bin, newest first, read as {@link #letters} reads them: a letter made before one
     * of them was moved to the Bin may quote it, and is then no longer as it would be made.
     */
    public List<SentLetter> lettersInBin(long caseId) {
        return watched(table().listInBin(caseId, NEWEST_FIRST));
    }

    /** The letter with the reply-by date the log watches, as {@link #letters} reads it. */
    @Override
    public Optional<SentLetter> find(long id) {
        return super.find(id).map(l -> watched(List.of(l)).get(0));
    }

    /**
     * The facts are read once, and only when some letter still holds the date it printed. Each letter's recipient is
     * known as the CMS (or ICE) by the address book's entries for them, by role and postcode, not by the name it
     * was sent to, which the parent may have renamed ({@link Recipient#recognisedBy}).
     */
    private List<SentLetter> watched(List<SentLetter> letters) {
        List<SentLetter> watched = new ArrayList<>(letters.size());
        CmsFacts facts = null;
        List<uk.cml.domain.addressbook.AddressBookEntry> entries = letters.isEmpty() ? List.of()
                : AddressBookStore.everyEntry(database);
        for (SentLetter l : letters) {
            l = l.sentTo(l.to().recognisedBy(entries));
            if (WatchedReply.holdsPrintedDate(l)) {
                facts = facts == null ? StandingStore.facts(database) : facts;
                l = WatchedReply.of(l, lawRule.apply(l, facts), calendar);
            }
            watched.add(l);
        }
        return watched;
    }

    /**
     * Saves a new letter or a correction of one, in one transaction with the certificate's date given to its photo.
     */
    @Override
    public long save(SentLetter letter) {
        SentLetter kept = keepingWords(letter);
        return database.inTransaction(c -> {
            Optional<LocalDate> was = certificateDate(c, kept.id());
            long id = kept.id() == 0 ? table().add(c, kept) : kept.id();
            if (kept.id() != 0) {
                table().correct(c, kept);
            }
            certificateDateToDocuments(c, kept, was);
            return id;
        });
    }

    @Override
    public void correct(SentLetter letter) {
        correctIfChanged(letter);
    }

    @Override
    public boolean correctIfChanged(SentLetter letter) {
        SentLetter kept = keepingWords(letter);
        return database.inTransaction(c -> {
            Optional<LocalDate> was = certificateDate(c, kept.id());
            boolean changed = table().correct(c, kept);
            certificateDateToDocuments(c, kept, was);
            return changed;
        });
    }

    /** The date the letter's saved certificate of posting bears, as the parent gave it; empty for none or no letter. */
    private static Optional<LocalDate> certificateDate(java.sql.Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT certificate_date FROM " + TABLE + " WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)).map(LocalDate::parse) : Optional.empty();
            }
        }
    }

    /**
     * The date printed on the certificate of posting, as the parent gave it with the letter, is the attached photo's
     * "Date on it" in Documents (and the pack): attached before the date was typed (or before Save), the photo was
     * added with none and read "Not given", though the parent had said it. Given only where the document holds no date
     * or the one this letter gave it before (a date the parent typed for the document is theirs), as an amendment with
     * history, like any correction of the document.
     *
     * @param was the certificate date the letter held before this save
     */
    private void certificateDateToDocuments(java.sql.Connection c, SentLetter letter, Optional<LocalDate> was)
            throws SQLException {
        Optional<LocalDate> dated = letter.proof().certificateDate();
        Optional<Long> photo = letter.proof().photoDocumentId();
        if (dated.isEmpty() || photo.isEmpty() || dated.get().isAfter(LocalDate.now(clock))) {
            return;
        }
        history.correct(c, "document", photo.get(), cc -> {
            try (PreparedStatement s = cc.prepareStatement("UPDATE document SET dated_on = ? WHERE id = ? "
                    + "AND case_id = ? AND deleted_at IS NULL AND (dated_on IS NULL OR dated_on = ?)")) {
                s.setString(1, dated.get().toString());
                s.setLong(2, photo.get());
                s.setLong(3, letter.caseId());
                s.setString(4, was.map(LocalDate::toString).orElse(""));
                return s.executeUpdate();
            }
        });
    }

    /**
     * A correction (its posting recorded, say) built from a form that knows nothing of the heading and words the app
     * kept for the letter keeps them: they are never typed, only kept. The heading goes only with a subject retyped,
     * which is then what the parent finds the letter by.
     */
    private SentLetter keepingWords(SentLetter letter) {
        if (letter.id() == 0 || !letter.heading().isEmpty() || !letter.madeWords().isEmpty()) {
            return letter;
        }
        return find(letter.id()).map(before -> letter.madeWith(
                before.subject().equals(letter.subject()) ? before.heading() : "", before.madeWords())).orElse(letter);
    }

    /**
     * Logs a letter made in place of an earlier one not sent yet and, in the same transaction, moves the earlier one
     * to the Bin with its copy, by the step "Move to bin" takes ({@link #copyToTheBinWithItsLetter}): left among the
     * documents, the earlier PDF read as one more letter to post. The new letter is logged first, so a copy it shares
     * (the same file) is in use and stays. All or nothing: if the copy cannot be moved, the earlier letter stays out
     * of the Bin and the new one is not logged. An earlier letter whose sending has been recorded since is never
     * touched: then both are kept.
     */
    public Replaced addInPlaceOf(SentLetter made, long earlierId) {
        return database.inTransaction(c -> {
            long id = table().add(c, made);
            boolean binned = table().binIfStill(c, earlierId, made.caseId(), NOTHING_OF_SENDING_RECORDED);
            return new Replaced(id, binned, binned && copyToTheBinWithItsLetter(c, earlierId));
        });
    }

    /**
     * The new letter's id, whether the earlier one went to the Bin, and whether its copy went with it (not when
     * another record outside the Bin uses that file).
     */
    public record Replaced(long id, boolean earlierBinned, boolean copyBinned) {
    }

    /** A letter of which nothing of its sending is recorded: the only kind a new letter may take the place of. */
    private static final String NOTHING_OF_SENDING_RECORDED = "posted_on IS NULL AND method IS NULL "
            + "AND certificate_date IS NULL AND certificate_document_id IS NULL AND coalesce(certificate_ref, '') = '' "
            + "AND coalesce(tracking_number, '') = '' AND delivered_on IS NULL";

    /**
     * The case's letters not posted yet whose records changed after they were made, by id: each may now say
     * something the records no longer do. A letter posted is the record of what was sent, so it never counts. Only
     * a change to a part of the records the letter's words are drawn from counts ({@code drawsOn}): a payment does
     * not change a letter confirming a call, nor does a change to another call.
     */
    public Map<Long, ChangedSinceMade> changedSinceMade(long caseId) {
        List<RecordTable.Saved<SentLetter>> waiting = table().saved(caseId, "", NEWEST_FIRST).stream()
                .filter(saved -> !saved.record().isPosted()).toList();
        return changedAfterMade(caseId, waiting, Map.of());
    }

    /**
     * The case's posted letters whose records changed after they were made and before their posting was logged, by
     * id: each was out of date when it went, as the Letters page said then ({@link #changedSinceMade}), so its copy
     * may not match the records now. A change after the posting was logged does not count: the letter was as the
     * records were when it went. A letter whose logging of its posting the journal does not show is taken as logged
     * at the end of the day it was posted.
     */
    public Map<Long, ChangedSinceMade> changedBeforePosting(long caseId) {
        List<RecordTable.Saved<SentLetter>> posted = table().saved(caseId, "", NEWEST_FIRST).stream()
                .filter(saved -> saved.record().isPosted()).toList();
        if (posted.isEmpty()) {
            return Map.of();
        }
        Map<Long, LocalDateTime> logged = database.read(c -> {
            Map<Long, LocalDateTime> at = new HashMap<>();
            for (RecordTable.Saved<SentLetter> saved : posted) {
                SentLetter l = saved.record();
                at.put(l.id(), postingLogged(c, l.id())
                        .orElse(l.posted().orElseThrow().plusDays(1).atStartOfDay()));
            }
            return at;
        });
        return changedAfterMade(caseId, posted, logged);
    }

    /** When the letter's posting was last logged: the journal's first save of it posted since it last was not. */
    private static Optional<LocalDateTime> postingLogged(java.sql.Connection c, long id) throws java.sql.SQLException {
        LocalDateTime since = null;
        try (PreparedStatement s = c.prepareStatement("SELECT at, json_extract(content, '$.posted_on') FROM journal "
                + "WHERE table_name = ? AND row_id = ? AND operation IN ('insert', 'update', 'existing') "
                + "AND json_valid(content) ORDER BY id")) {
            s.setString(1, TABLE);
            s.setLong(2, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (r.getString(2) == null) {
                        since = null;
                    } else if (since == null) {
                        try {
                            since = LocalDateTime.parse(r.getString(1));
                        } catch (java.time.format.DateTimeParseException unreadable) {
                            since = null;
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(since);
    }

    /**
     * What changed in the parts of the records each letter draws on after it was made, and before its cut-off
     * ({@code until}, by id; none: up to now).
     */
    private Map<Long, ChangedSinceMade> changedAfterMade(long caseId, List<RecordTable.Saved<SentLetter>> letters,
            Map<Long, LocalDateTime> until) {
        if (letters.isEmpty()) {
            return Map.of();
        }
        LocalDateTime earliest = letters.stream().map(saved -> saved.recorded().sortKey())
                .min(LocalDateTime::compareTo).orElseThrow();
        // Read before the transaction: what a letter draws on may depend on other records (a call's promise).
        Map<Long, DrawnFrom> drawn = new HashMap<>();
        letters.forEach(saved -> drawn.put(saved.record().id(), drawsOn.of(saved.record(),
                saved.recorded().sortKey())));
        return database.read(c -> {
            List<LaterChanges.Change> changes = LaterChanges.since(c, caseId, earliest);
            LaterChanges.Dated dated = LaterChanges.dated(c, caseId);
            Map<Long, ChangedSinceMade> changed = new HashMap<>();
            // A row changed after several letters is named once.
            Map<LaterChanges.RowChanged, String> names = new HashMap<>();
            for (RecordTable.Saved<SentLetter> saved : letters) {
                LocalDateTime made = saved.recorded().sortKey();
                DrawnFrom from = drawn.get(saved.record().id());
                LocalDateTime cutOff = until.get(saved.record().id());
                Optional<LaterChanges.Later> later = LaterChanges.after(made,
                        changes.stream().filter(change -> from.counts(change.area(), change.rowId()))
                                .filter(change -> cutOff == null || change.at().isBefore(cutOff)).toList(), dated,
                        from.calendarDays(), from.timeLimits());
                if (later.isPresent()) {
                    List<String> named = new ArrayList<>();
                    for (LaterChanges.RowChanged row : later.get().rows().subList(0,
                            Math.min(ChangedSinceMade.NAMED, later.get().rows().size()))) {
                        String name = names.get(row);
                        if (name == null) {
                            name = LaterChanges.named(c, row);
                            names.put(row, name);
                        }
                        named.add(name);
                    }
                    changed.put(saved.record().id(), new ChangedSinceMade(made, later.get().lastChanged(),
                            later.get().areas(), named, later.get().rows().size()));
                }
            }
            return changed;
        });
    }

    /**
     * Moves the letter to the Bin and, in the same transaction, its copy (the PDF the app made, or the copy the parent
     * attached), unless another record outside the Bin still uses that file: left among the documents, a copy of a
     * binned letter read as one more letter, dated the day it was made (reviewer rv7, whose binned 6 Dec request sat
     * beside the 3 Aug one she had posted). Nothing is deleted: {@link #restore} brings both back.
     */
    @Override
    public void moveToBin(long id) {
        database.inTransaction(c -> {
            RowColumns.setDeleted(c, TABLE, id, LocalDateTime.now(clock).toString());
            copyToTheBinWithItsLetter(c, id);
            return null;
        });
    }

    /**
     * Puts the letter back from the Bin with its copy, if the copy went there with a letter (it holds a letter's bin
     * marker: this one's, or that of another letter whose copy it also is, binned later). A copy the parent moved to
     * the Bin on its own keeps its place there. Read before this letter's marker is cleared.
     */
    @Override
    public void restore(long id) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE document SET deleted_at = NULL
                     WHERE id = (SELECT copy_document_id FROM letter_sent WHERE id = ?)
                       AND deleted_at IN (SELECT l.deleted_at FROM letter_sent l
                                           WHERE l.copy_document_id = document.id AND l.deleted_at IS NOT NULL)""")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            RowColumns.setDeleted(c, TABLE, id, null);
            return null;
        });
    }

    /**
     * The one step that takes a binned letter's copy to the Bin with it, within the caller's transaction, marked with
     * the letter's own bin marker (its deleted_at, as it is in the row), so that {@link #restore} knows it went with
     * a letter: from "Move to bin" and from a letter made again in its place. Not when the letter has no copy, is not
     * in the Bin, or another record outside the Bin uses the file; a copy already in the Bin keeps its marker.
     *
     * @return whether the copy went to the Bin
     */
    private static boolean copyToTheBinWithItsLetter(java.sql.Connection c, long letterId) throws SQLException {
        long copy;
        String marker;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT copy_document_id, deleted_at FROM letter_sent WHERE id = ?")) {
            s.setLong(1, letterId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return false;
                }
                copy = r.getLong(1);
                if (r.wasNull()) {
                    return false;
                }
                marker = r.getString(2);
            }
        }
        if (marker == null || usedOutsideTheBin(c, copy)) {
            return false;
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE document SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL")) {
            s.setString(1, marker);
            s.setLong(2, copy);
            return s.executeUpdate() == 1;
        }
    }

    /** Whether a record outside the Bin uses the file: as DocumentRecordStore's usesOf reads it. */
    private static boolean usedOutsideTheBin(java.sql.Connection c, long documentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT 1 FROM letter_sent WHERE (copy_document_id = ?1 OR certificate_document_id = ?1)
                  AND deleted_at IS NULL
                UNION ALL SELECT 1 FROM letter_received WHERE scan_document_id = ?1 AND deleted_at IS NULL
                UNION ALL SELECT 1 FROM payment WHERE evidence_document_id = ?1 AND deleted_at IS NULL""")) {
            s.setLong(1, documentId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /**
     * The documents held as the copy or the proof of postage of a letter of the case not recorded as sent, in the Bin
     * or not: no pack copies them in (a letter made again goes to the Bin with its PDF, unless another record uses it).
     */
    public Set<Long> documentsOfLettersNotSent(long caseId) {
        return documentsOf(caseId, "(posted_on IS NULL OR method IS NULL)");
    }

    /**
     * The documents linked as the copy or proof of postage of a letter in the Bin not recorded as sent (a letter made
     * again, or thrown away), and of no letter outside the Bin: they go with their letter, out of a pack.
     */
    public Set<Long> documentsOfLettersInBin(long caseId) {
        Set<Long> ids = documentsOf(caseId, "(posted_on IS NULL OR method IS NULL) AND deleted_at IS NOT NULL");
        ids.removeAll(documentsOf(caseId, "deleted_at IS NULL"));
        return ids;
    }

    private Set<Long> documentsOf(long caseId, String where) {
        return database.read(c -> {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT copy_document_id, certificate_document_id "
                    + "FROM letter_sent WHERE case_id = ? AND " + where)) {
                s.setLong(1, caseId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        for (int column = 1; column <= 2; column++) {
                            long id = r.getLong(column);
                            if (!r.wasNull()) {
                                ids.add(id);
                            }
                        }
                    }
                }
            }
            return ids;
        });
    }

    /** Ids of the case's sent letters that a (not binned) received letter answers. */
    public Set<Long> answered(long caseId) {
        return database.read(c -> {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT in_reply_to FROM letter_received "
                    + "WHERE case_id = ? AND deleted_at IS NULL AND in_reply_to IS NOT NULL")) {
                s.setLong(1, caseId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public List<TimelineEntry> timeline(long caseId) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (RecordTable.Saved<SentLetter> saved : table().saved(caseId, "", NEWEST_FIRST)) {
            SentLetter l = saved.record();
            LocalDate when = l.posted().orElse(l.written());
            // The address ends its own sentence, so the certificate or tracking number after it starts a new one.
            String address = uk.cml.domain.caseinfo.PostalAddress.oneLine(l.to().address());
            String kindAndAddress = address.isEmpty() ? l.kind().label() + "."
                    : Words.text("timeline.sent.kindAndAddress", l.kind().label(),
                    address.endsWith(".") ? address.substring(0, address.length() - 1) : address);
            String detail = l.method().map(m -> Words.text("timeline.sent.sentBy", m.label(), UkFormats.shortDate(when),
                            kindAndAddress))
                    .orElse(Words.text("timeline.sent.notSent", UkFormats.shortDate(l.written()), kindAndAddress))
                    + (l.trackingNumber().isEmpty() ? "" : Words.text("timeline.sent.tracking", l.trackingNumber()))
                    + (!l.proof().reference().isEmpty()
                            ? Words.text("timeline.sent.certificate", l.proof().reference())
                            : l.proof().certificateGot() ? Words.text("timeline.sent.certificateNoReference") : "");
            entries.add(new TimelineEntry(l.isPosted() ? TimelineKind.LETTER_SENT : TimelineKind.LETTER_WRITTEN,
                    when.atStartOfDay(), saved.recorded(),
                    l.title(), detail, l.id()));
        }
        return entries;
    }

    /**
     * Letters not posted yet, posted letters with no certificate attached, and replies that are late: less the
     * reply to a complaint letter the complaint has gone beyond (a review request made, the final response come),
     * which "Where things stand" no longer waits for either ({@link ComplaintPosition#passed}). A letter chased is
     * not offered for chasing while its chase is to post or its reply is waited for ({@link Chases}); once the
     * date the chase asked for has passed, the late reply is the letter's, from that date. A chasing letter's
     * reply is the reply to the letter it chases, so it is not chased on its own, and a reply to it answers both.
     */
    @Override
    public List<TodoItem> todos(long caseId, LocalDate today) {
        List<SentLetter> letters = letters(caseId);
        // A chase whose log keeps no date is waited for by the rule the Letters page suggests, with the facts as kept.
        Chases chases = Chases.of(letters, calendar, new uk.cml.domain.standing.ReplyRuleBook(
                StandingStore.facts(database)));
        Set<Long> answered = chases.answered(answered(caseId));
        Set<Long> passed = ComplaintPosition.passed(letters, received.letters(caseId));
        Map<Long, ChangedSinceMade> changed = changedSinceMade(caseId);
        List<TodoItem> items = new ArrayList<>();
        for (SentLetter l : letters) {
            String date = UkFormats.shortDate(l.written());
            if (!l.isPosted()) {
                // Made before the records changed, it may say what they no longer do: made again, it is posted.
                boolean report = l.kind().tellsTheCmsOfArrears();
                items.add(changed.containsKey(l.id())
                        ? new TodoItem(l.written(), Words.text(madeHere.test(l) ? "todo.letters.makeAgain"
                                : "todo.letters.checkAgain", date, inTodo(l), changed.get(l.id()).areasInWords()),
                                report ? TodoKind.MAKE_REPORT_AGAIN : TodoKind.MAKE_LETTER_AGAIN, l.id())
                        : new TodoItem(l.written(), chases.chasedBy(l).filter(SentLetter::isPosted)
                                .map(chased -> Words.text("todo.letters.postChase", date,
                                        UkFormats.shortDate(chased.posted().get()), inTodo(chased)))
                                .orElse(Words.text("todo.letters.post", date, inTodo(l))),
                                report ? TodoKind.POST_REPORT : TodoKind.POST_LETTER, l.id()));
            } else if (l.needsProof()) {
                // Only a certificate the parent said they got is asked for by name; else the proof of postage is.
                boolean detailsOnly = l.proof().certificateGot();
                items.add(new TodoItem(l.posted().get(), Words.text(detailsOnly ? "todo.letters.attachCertificatePhoto"
                        : "todo.letters.attachCertificate", UkFormats.shortDate(l.posted().get()), inTodo(l)),
                        detailsOnly ? TodoKind.ATTACH_PROOF_PHOTO : TodoKind.ATTACH_PROOF, l.id()));
            }
            if (chases.chasedBy(l).isPresent() || chases.holdsBack(l.id(), today)) {
                continue;
            }
            if (l.replyOverdue(today, answered.contains(l.id())) && !passed.contains(l.id())) {
                items.add(chases.stage(l.id(), today) == Chases.Stage.DUE_AGAIN ? chasedAgain(l,
                        chases.latestOf(l.id()).orElseThrow(), chases)
                        : new TodoItem(l.replyBy().get(), Words.text("todo.letters.noReply",
                        UkFormats.shortDate(l.posted().get()), UkFormats.shortDate(l.replyBy().get()), inTodo(l)),
                        TodoKind.REPLY_OVERDUE, l.id()));
            }
        }
        items.sort(Comparator.comparing(TodoItem::due));
        return items;
    }

    /**
     * A letter as a to-do names it inside a sentence: "your letter “Missed payments” to Child Maintenance
     * Service", not its list title "Missed payments (to Child Maintenance Service)", which read as a stray tail.
     */
    static String inTodo(SentLetter letter) {
        String to = letter.to().name();
        return to.isEmpty() ? Words.text("todo.letters.letter", letter.about())
                : Words.text("todo.letters.letterTo", letter.about(), to);
    }

    /** A letter chased once, and its chase's reply date passed too: late from that date, both named. */
    private static TodoItem chasedAgain(SentLetter letter, SentLetter chase, Chases chases) {
        LocalDate by = chases.replyBy(chase).orElseThrow();
        return new TodoItem(by, Words.text("todo.letters.noReplyAfterChase", UkFormats.shortDate(letter.posted().get()),
                UkFormats.shortDate(chase.posted().get()), UkFormats.shortDate(by), inTodo(letter)),
                TodoKind.REPLY_OVERDUE, letter.id());
    }

    @Override
    SentLetter read(RowColumns r) throws SQLException {
        String method = r.text("method");
        ProofOfPostage proof = new ProofOfPostage(r.date("certificate_date"), r.text("certificate_branch"),
                r.text("certificate_ref"), r.optionalId("certificate_document_id"));
        return new SentLetter(r.number("id"), r.number("case_id"), r.date("written_on").orElseThrow(),
                r.date("posted_on"), new Recipient(r.optionalId("to_address_book_id"), r.text("to_name"),
                        r.text("to_address")),
                r.text("subject"), LetterKind.valueOf(r.text("kind")), r.optionalId("copy_document_id"),
                Optional.ofNullable(method).map(PostingMethod::valueOf), proof, r.text("tracking_number"),
                r.date("reply_by"), r.optionalId("in_reply_to"), r.date("delivered_on"),
                r.date("printed_reply_by"), r.optionalId("answers_decision"), r.optionalId("chases"),
                r.optionalId("confirms_call"), r.text("heading"), r.text("made_words"));
    }

    /**
     * Recording the posting (the day, how, the proof of postage, tracking and delivery, the day a reply is due) is no
     * change to the letter: the timeline and the pack say when it was posted, never "changed" as if it had been edited.
     * Nor is linking the recipient to its address book entry (done as it is posted): a new name or address is a change.
     */
    @Override
    java.util.Set<String> notAChange() {
        return java.util.Set.of("posted_on", "method", "certificate_date", "certificate_branch", "certificate_ref",
                "certificate_document_id", "tracking_number", "delivered_on", "reply_by", "to_address_book_id");
    }

    @Override
    ColumnValues values(SentLetter l) {
        return new ColumnValues().put("written_on", l.written()).put("posted_on", l.posted())
                .put("to_address_book_id", l.to().addressBookId()).text("to_name", l.to().name(), TextLimit.SHORT)
                .text("to_address", l.to().address(), TextLimit.NOTE).text("subject", l.subject(), TextLimit.SHORT)
                .put("kind", l.kind())
                .put("copy_document_id", l.copyDocumentId()).put("method", l.method())
                .put("certificate_date", l.proof().certificateDate())
                .text("certificate_branch", l.proof().branch(), TextLimit.SHORT)
                .text("certificate_ref", l.proof().reference(), TextLimit.SHORT)
                .put("certificate_document_id", l.proof().photoDocumentId())
                .text("tracking_number", l.trackingNumber(), TextLimit.SHORT).put("reply_by", l.replyBy())
                .put("in_reply_to", l.inReplyTo()).put("delivered_on", l.trackedDelivery())
                .put("printed_reply_by", l.printedReplyBy()).put("answers_decision", l.answersDecision())
                .put("chases", l.chases()).put("confirms_call", l.confirmsCall())
                .put("heading", l.heading()).put("made_words", l.madeWords());
    }

    @Override
    BinnedItem binned(SentLetter l, LocalDateTime deletedAt) {
        // A letter never posted (often one made again in its place) is not called sent.
        return BinnedItem.onDay(Words.text(l.isPosted() ? "bin.kind.letterSent" : "bin.kind.letterNotPosted"), l.id(),
                Words.text("bin.title.letterTo", l.to().name(), l.about()), l.written(), deletedAt);
    }
}
