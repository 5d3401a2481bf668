package uk.cml.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.cml.documents.DocumentRefusedException;
import uk.cml.documents.DocumentStore;
import uk.cml.documents.DocumentType;
import uk.cml.documents.StoredDocument;
import uk.cml.documents.ViewingCopies;
import uk.cml.domain.TextLimit;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.timeline.Recorded;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.timeline.TimelineSource;

/**
 * The documents attached to each case. Adding copies the file into the {@link DocumentStore} first and only
 * then records it, so a row never points at a missing file (a file with no row is harmless, and is found by
 * the next add of the same content).
 */
public final class DocumentRecordStore implements TimelineSource {

    /** What adding did: {@code alreadyAttached} is true when this case had the same file already. */
    public record Added(AttachedDocument document, boolean alreadyAttached) {
        public String note() {
            return alreadyAttached ? Words.text("documents.added.already", document.originalName(),
                    UkFormats.shortDate(document.addedOn()))
                    : Words.text("documents.added.added", document.originalName());
        }
    }

    private static final String TABLE = "document";

    private final Database database;
    private final History history;
    private final Clock clock;
    private final DocumentStore files;
    private final ViewingCopies viewingCopies;
    /** How long a copy made for opening is left for its viewer before the next opening tidies it away. */
    private static final Duration VIEWING_COPIES_KEPT = Duration.ofHours(1);

    public DocumentRecordStore(Database database, History history, Clock clock, DocumentStore files) {
        this.database = database;
        this.history = history;
        this.clock = clock;
        this.files = files;
        this.viewingCopies = ViewingCopies.besides(files);
    }

    /**
     * Copies the parent's file into the data folder and attaches it to the case. Slow for big files. A description
     * longer than {@link TextLimit#NOTE} is refused before anything is copied.
     */
    public Added add(long caseId, Path file, String description) throws DocumentRefusedException {
        String checked = described(description);
        return record(caseId, files.add(file), checked, Optional.empty());
    }

    /**
     * Adds a file with the date printed on it known from the start (a letter the app made, dated as it prints): kept
     * with the row as added, so it is no amendment. A date after today is not kept (the parent can give it later).
     * A file the case has already keeps the details it has.
     */
    public Added add(long caseId, Path file, String description, Optional<LocalDate> datedOn)
            throws DocumentRefusedException {
        String checked = described(description);
        return record(caseId, files.add(file), checked,
                datedOn.filter(d -> datedOnProblem(Optional.of(d)).isEmpty()));
    }

    /**
     * Adds the parent's file under another name than its own: a mislabelled file, as what it really is, under the
     * name its refusal offers. Checked as {@link #add(long, Path, String)} is.
     */
    public Added add(long caseId, Path file, String name, String description) throws DocumentRefusedException {
        String checked = described(description);
        return record(caseId, files.add(file, name), checked, Optional.empty());
    }

    /** Stores generated content (a letter's PDF, say) and attaches it; the description is checked as above. */
    public Added add(long caseId, InputStream content, String name, String description)
            throws DocumentRefusedException {
        String checked = described(description);
        return record(caseId, files.add(content, name), checked, Optional.empty());
    }

    /** The description as kept (trimmed, never null), or a refusal when it is too long. */
    private static String described(String description) {
        return description == null ? "" : TypedText.within(TextLimit.NOTE, description).strip();
    }

    private Added record(long caseId, StoredDocument stored, String description, Optional<LocalDate> datedOn) {
        return database.inTransaction(c -> {
            Optional<AttachedDocument> existing = first(c, "SELECT * FROM document WHERE case_id = ? AND sha256 = ?",
                    caseId, stored.sha256());
            if (existing.isPresent()) {
                if (isBinned(c, existing.get().id())) {
                    setDeleted(c, existing.get().id(), null);
                }
                return new Added(existing.get(), true);
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO document (case_id, sha256, original_name, "
                    + "type, size_bytes, page_count, added_on, description, recorded_at, dated_on) VALUES (?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, caseId);
                insert.setString(2, stored.sha256());
                insert.setString(3, stored.originalName());
                insert.setString(4, stored.type().name());
                insert.setLong(5, stored.sizeBytes());
                insert.setInt(6, stored.pageCount());
                insert.setString(7, LocalDate.now(clock).toString());
                insert.setString(8, description);
                insert.setString(9, LocalDateTime.now(clock).toString());
                insert.setString(10, datedOn.map(LocalDate::toString).orElse(null));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    long id = keys.getLong(1);
                    return new Added(first(c, "SELECT * FROM document WHERE id = ?", id).orElseThrow(), false);
                }
            }
        });
    }

    /** The case's documents, newest first. */
    public List<AttachedDocument> documents(long caseId) {
        return database.read(c -> query(c, "SELECT * FROM document WHERE case_id = ? AND deleted_at IS NULL "
                + "ORDER BY added_on DESC, id DESC", caseId));
    }

    public List<AttachedDocument> binned(long caseId) {
        return database.read(c -> query(c, "SELECT * FROM document WHERE case_id = ? AND deleted_at IS NOT NULL "
                + "ORDER BY deleted_at DESC", caseId));
    }

    public Optional<AttachedDocument> find(long id) {
        return database.read(c -> first(c, "SELECT * FROM document WHERE id = ?", id));
    }

    /** Where the stored copy is; read-only, never change it. */
    public Path fileOf(AttachedDocument document) {
        return files.pathOf(document.sha256());
    }

    /**
     * A copy of the stored file to open in the computer's viewer, named as the document with the ending of what it
     * is, in a folder of its own (see {@link ViewingCopies}); copies made over an hour ago are tidied first. The
     * stored copy is only read. Slow for big files: off the FX thread.
     *
     * @throws java.nio.file.NoSuchFileException when the stored copy is missing from the documents folder
     */
    public Path copyToOpen(AttachedDocument document) throws IOException {
        Path stored = fileOf(document);
        if (!Files.isRegularFile(stored)) {
            throw new NoSuchFileException(stored.toString());
        }
        viewingCopies.tidy(clock.instant().minus(VIEWING_COPIES_KEPT));
        return viewingCopies.copyOf(stored, document.originalName(), document.type());
    }

    /** Removes the copies made for opening over an hour ago (see {@link #copyToOpen}); how many went. */
    public int tidyCopiesToOpen() {
        return viewingCopies.tidy(clock.instant().minus(VIEWING_COPIES_KEPT));
    }

    /**
     * Saves a copy of the stored file where the parent chose (to print, or attach to an email), replacing a file there
     * (the save dialog asked first). The copy is the parent's own: it can be changed, unlike the stored one.
     *
     * @throws java.nio.file.NoSuchFileException when the stored copy is missing from the documents folder
     */
    public void saveCopy(AttachedDocument document, Path to) throws IOException {
        Path stored = fileOf(document);
        if (!Files.isRegularFile(stored)) {
            throw new NoSuchFileException(stored.toString());
        }
        Path target = to.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".saving-", ".part");
        try {
            Files.copy(stored, temp, StandardCopyOption.REPLACE_EXISTING);
            // Windows copies the stored file's read-only mark along with it.
            temp.toFile().setWritable(true);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The name a copy of the document is given: its own, ending as what it really is ("Letter.pdf"). */
    public static String copyName(AttachedDocument document) {
        return ViewingCopies.readableName(document.originalName(), document.type());
    }

    /**
     * Corrects the description, keeping the earlier one in the history; one too long is refused, nothing saved. The
     * same words saved again record nothing. Returns whether anything changed.
     */
    public boolean describe(long id, String description) {
        AttachedDocument now = find(id).orElseThrow(() -> new StoreException(Words.text("documents.store.gone")));
        return amend(id, description, now.datedOn());
    }

    /**
     * Saves what the document is and the date on it as an amendment: the row as it was is kept in the history first.
     * Nothing changed (spaces at either end do not count) writes nothing and says false. A description longer than
     * {@link TextLimit#NOTE} or a date after today is refused with a message for the parent, nothing saved.
     */
    public boolean amend(long id, String description, Optional<LocalDate> datedOn) {
        String checked = described(description);
        datedOnProblem(datedOn).ifPresent(problem -> {
            throw new StoreException(Words.text("documents.store.notSaved", problem));
        });
        return database.inTransaction(c -> {
            first(c, "SELECT * FROM document WHERE id = ?", id)
                    .orElseThrow(() -> new StoreException(Words.text("documents.store.gone")));
            return history.correct(c, TABLE, id, cc -> {
                try (PreparedStatement s = cc.prepareStatement("UPDATE document SET description = ?, dated_on = ? "
                        + "WHERE id = ?")) {
                    s.setString(1, checked);
                    s.setString(2, datedOn.map(LocalDate::toString).orElse(null));
                    s.setLong(3, id);
                    return s.executeUpdate();
                }
            });
        });
    }

    /** Why a date cannot be the date on a document (one after today), for beside the field; empty when it can. */
    public Optional<String> datedOnProblem(Optional<LocalDate> datedOn) {
        return datedOn.filter(d -> d.isAfter(LocalDate.now(clock)))
                .map(d -> Words.text("documents.store.datedInFuture"));
    }

    /** Earlier versions, oldest first; one kept by a save that changed nothing is left out. */
    public List<History.EarlierVersion> earlierVersions(long id) {
        return database.read(c -> history.corrections(c, TABLE, id));
    }

    /**
     * What the document is attached to, in words: a letter's copy or proof of postage, a received letter's scan, a
     * payment's evidence (only records not in the bin). Binning it from the Documents page while a letter still
     * showed "Certificate attached" left the letter claiming a proof the parent could no longer find.
     */
    public List<String> usesOf(long documentId) {
        String sql = """
                SELECT 'copy' AS kind, written_on AS day, to_name AS who, subject AS what, 0 AS pence
                  FROM letter_sent WHERE copy_document_id = ?1 AND deleted_at IS NULL
                UNION ALL SELECT 'certificate', COALESCE(posted_on, written_on), to_name, subject, 0
                  FROM letter_sent WHERE certificate_document_id = ?1 AND deleted_at IS NULL
                UNION ALL SELECT 'scan', received_on, from_name, summary, 0
                  FROM letter_received WHERE scan_document_id = ?1 AND deleted_at IS NULL
                UNION ALL SELECT 'payment', paid_on, '', '', amount_pence
                  FROM payment WHERE evidence_document_id = ?1 AND deleted_at IS NULL
                ORDER BY day""";
        return database.read(c -> {
            List<String> uses = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(sql)) {
                select.setLong(1, documentId);
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        String day = UkFormats.shortDate(LocalDate.parse(r.getString("day")));
                        String key = switch (r.getString("kind")) {
                            case "copy" -> "documents.uses.copy";
                            case "certificate" -> "documents.uses.certificate";
                            case "scan" -> "documents.uses.scan";
                            default -> "documents.uses.payment";
                        };
                        uses.add(Words.text(key, day, r.getString("who"), r.getString("what"),
                                uk.cml.domain.Money.ofPence(r.getLong("pence")).format()));
                    }
                }
            }
            return uses;
        });
    }

    /** Moves to the bin: the file stays in the store, so restoring brings it back exactly. */
    public void moveToBin(long id) {
        database.inTransaction(c -> setDeleted(c, id, LocalDateTime.now(clock).toString()));
    }

    public void restore(long id) {
        database.inTransaction(c -> setDeleted(c, id, null));
    }

    @Override
    public List<TimelineEntry> timeline(long caseId) {
        List<TimelineEntry> entries = new ArrayList<>();
        Map<Long, Recorded> recorded = database.read(c -> {
            Map<Long, Recorded> times = RecordedTimes.of(c, TABLE, caseId);
            for (Map.Entry<Long, Recorded> entry : times.entrySet()) {
                entry.setValue(describedOnAdding(c, entry.getKey(), entry.getValue()));
            }
            return times;
        });
        for (AttachedDocument d : documents(caseId)) {
            // On the date on it, as the pack's Documents table and contents list it, saying when it was added.
            LocalDate on = d.datedOn().orElse(d.addedOn());
            String title = on.equals(d.addedOn()) ? shownName(d)
                    : Words.text("timeline.document.added", shownName(d), UkFormats.shortDate(d.addedOn()));
            entries.add(new TimelineEntry(TimelineKind.DOCUMENT, on.atStartOfDay(),
                    recorded.getOrDefault(d.id(), Recorded.once(d.recordedAt())),
                    title, UkFormats.isoDatesAsShort(d.description()), d.id()));
        }
        return entries;
    }

    /**
     * How long after adding a document the parent's first saying what it is counts as part of adding it: the Documents
     * page adds a file with "What it is" blank, and the parent fills it in next.
     */
    static final Duration DESCRIBED_ON_ADDING = Duration.ofMinutes(10);

    /**
     * The times with no "changed" when the one correction the document has had filled in what it is (and the date on
     * it) while both were still blank, within {@link #DESCRIBED_ON_ADDING} of adding it: that is the rest of adding
     * it, not a correction of anything it said. The blank version stays in the history (the Documents page shows it);
     * a later correction, or a first description given later than that, still reads as a change.
     */
    private static Recorded describedOnAdding(Connection c, long id, Recorded times) throws SQLException {
        if (times.changed().isEmpty() || times.first().isEmpty()) {
            return times;
        }
        List<History.EarlierVersion> real = History.correctionsOf(c, TABLE, id);
        if (real.size() != 1) {
            return times;
        }
        Map<String, String> added = real.get(0).columns();
        boolean blank = added.getOrDefault("description", "").isBlank() && !added.containsKey("dated_on");
        LocalDateTime addedAt = times.first().get();
        boolean soon = !real.get(0).amendedAt().isAfter(addedAt.plus(DESCRIBED_ON_ADDING));
        return blank && soon && times.changed().get().equals(real.get(0).amendedAt())
                ? Recorded.once(addedAt).withBinMoves(times.binMoves()) : times;
    }

    /**
     * The file's name as the timeline and the pack's chronology show it, beside the day it was added: a letter made
     * here is saved as "2026-12-04 Confirming call with CMS.pdf", so a name that begins with that day leaves it out
     * (the entry says it), and any other date in it reads as every other date there does, "3 Dec 2026".
     */
    static String shownName(AttachedDocument d) {
        String name = UkFormats.isoDatesAsShort(d.originalName());
        String day = UkFormats.shortDate(d.addedOn()) + " ";
        return name.startsWith(day) && name.length() > day.length() ? name.substring(day.length()).strip() : name;
    }

    private static int setDeleted(Connection c, long id, String when) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE document SET deleted_at = ? WHERE id = ?")) {
            s.setString(1, when);
            s.setLong(2, id);
            return s.executeUpdate();
        }
    }

    private static boolean isBinned(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT deleted_at FROM document WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getString(1) != null;
            }
        }
    }

    private static Optional<AttachedDocument> first(Connection c, String sql, Object... args) throws SQLException {
        List<AttachedDocument> found = query(c, sql, args);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** When it went to the bin, as written by this store or the Bin page; a time that will not read shows nothing. */
    private static Optional<LocalDateTime> binnedAt(String deletedAt) {
        if (deletedAt == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(deletedAt.length() == 10 ? LocalDate.parse(deletedAt).atStartOfDay()
                    : LocalDateTime.parse(deletedAt));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> day(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text));
    }

    private static List<AttachedDocument> query(Connection c, String sql, Object... args) throws SQLException {
        List<AttachedDocument> documents = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    documents.add(new AttachedDocument(r.getLong("id"), r.getLong("case_id"), r.getString("sha256"),
                            r.getString("original_name"), DocumentType.valueOf(r.getString("type")),
                            r.getLong("size_bytes"), r.getInt("page_count"), LocalDate.parse(r.getString("added_on")),
                            r.getString("description"), day(r.getString("dated_on")),
                            LocalDateTime.parse(r.getString("recorded_at")),
                            binnedAt(r.getString("deleted_at"))));
                }
            }
        }
        return documents;
    }
}
