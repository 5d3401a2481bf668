package uk.cml.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.TextLimit;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.bin.BinnedItem;
import uk.cml.domain.correspondence.AcknowledgementAnswer;
import uk.cml.domain.correspondence.FinalResponseAnswer;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.StatedArrears;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.timeline.TimelineSource;

/** Letters the parent received, each with its scan and, if it answers one, the letter it answers. */
public final class ReceivedLetterStore extends RecordStore<ReceivedLetter> implements TimelineSource {

    static final String TABLE = "letter_received";
    private static final String NEWEST_FIRST = "received_on DESC, id DESC";

    private final Database database;
    private final Clock clock;
    private final LetterFigures figures;
    private final LetterDecisions decisions;

    /** With the payments worked out on the calendar as shipped, with no day the parent added: for tests. */
    public ReceivedLetterStore(Database database, History history, Clock clock) {
        this(database, history, clock, new PaymentStore(database, history, clock));
    }

    /**
     * @param payments the app's payments, on its one calendar: a letter's figure is an adjustment row, written as the
     *                 Payments page writes it, quick entry's words re-said on the calendar the Payments page counts
     */
    public ReceivedLetterStore(Database database, History history, Clock clock, PaymentStore payments) {
        super(database, history, clock, TABLE, "letter", ReceivedLetter::id, ReceivedLetter::caseId);
        this.database = database;
        this.clock = clock;
        this.figures = new LetterFigures(payments);
        this.decisions = new LetterDecisions(history);
    }

    /**
     * Saves a new letter (id 0) or a correction, and in the same transaction the arrears figure it states as the
     * CMS's figure on its "as at" day: recorded, corrected (the earlier version kept) or, when the letter no longer
     * gives one, moved to the bin. All or nothing. Returns the letter's id. A decision the letter came with stays as
     * it is.
     */
    public long save(ReceivedLetter letter, Optional<StatedArrears> stated) {
        return save(letter, stated, null);
    }

    /**
     * As above, and in the same transaction the CMS decision the letter is ({@link LetterDecisions#match}): recorded,
     * corrected, or moved to the bin when {@code decision} is empty. A decision needs the date on the letter.
     */
    public long save(ReceivedLetter letter, Optional<StatedArrears> stated, Optional<Decision.Kind> decision) {
        return write(letter, stated, decision).id();
    }

    /**
     * Corrects a letter, with the figure it states and the decision it is, as {@link #save} does; the same answers
     * saved again record nothing. Returns whether anything changed.
     */
    public boolean correctIfChanged(ReceivedLetter letter, Optional<StatedArrears> stated,
            Optional<Decision.Kind> decision) {
        return write(letter, stated, decision).changed();
    }

    /** What a save did: the letter's id, and whether it changed anything (a new letter always does). */
    private record Written(long id, boolean changed) {
    }

    private Written write(ReceivedLetter letter, Optional<StatedArrears> stated, Optional<Decision.Kind> decision) {
        if (decision != null && decision.isPresent() && letter.dated().isEmpty()) {
            throw new IllegalArgumentException("A decision counts from the date on its letter");
        }
        return database.inTransaction(c -> {
            ReceivedLetter before = null;
            ReceivedLetter saved = letter;
            boolean changed = true;
            if (letter.id() == 0) {
                saved = letter.withId(table().add(c, letter));
            } else {
                before = table().find(c, letter.id()).orElse(null);
                changed = table().correct(c, letter);
            }
            String now = now();
            changed |= figures.match(c, before, saved, stated, now);
            if (decision != null) {
                changed |= decisions.match(c, before, saved, decision, now);
            }
            return new Written(saved.id(), changed);
        });
    }

    /** The arrears figure each of the case's received letters states, by letter id. */
    public Map<Long, StatedArrears> statedArrears(long caseId) {
        return database.read(c -> figures.ofCase(c, caseId));
    }

    /**
     * The letter goes to the bin with the figure it states and the decision it is, so neither counts without it.
     */
    @Override
    public void moveToBin(long id) {
        String now = now();
        database.inTransaction(c -> {
            RowColumns.setDeleted(c, TABLE, id, now);
            figures.bin(c, id, now, null);
            decisions.bin(c, id, now, null);
            return null;
        });
    }

    /**
     * Puts back the letter and the figure and decision that went to the bin with it (not one binned on its own
     * before).
     */
    @Override
    public void restore(long id) {
        database.inTransaction(c -> {
            String binnedAt;
            try (PreparedStatement s = c.prepareStatement("SELECT deleted_at FROM " + TABLE + " WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    binnedAt = r.next() ? r.getString(1) : null;
                }
            }
            RowColumns.setDeleted(c, TABLE, id, null);
            if (binnedAt != null) {
                figures.bin(c, id, null, binnedAt);
                decisions.bin(c, id, null, binnedAt);
            }
            return null;
        });
    }

    private String now() {
        return LocalDateTime.now(clock).toString();
    }

    /** The case's received letters, newest first. */
    public List<ReceivedLetter> letters(long caseId) {
        return table().list(caseId, "", NEWEST_FIRST);
    }

    /**
     * The case's letters, each on the day it came; a letter logged with the CMS decision it gave is left to
     * {@link StandingStore#timeline}, which gives the letter and the decision as one entry with the decision's limit
     * ({@link uk.cml.domain.standing.LetterWithDecision}), not a letter and a decision for one piece of paper.
     */
    @Override
    public List<TimelineEntry> timeline(long caseId) {
        java.util.Set<Long> withDecision = database.read(c -> LetterDecisions.lettersWithOne(c, caseId));
        return entries(caseId).stream().filter(e -> !withDecision.contains(e.sourceId())).toList();
    }

    /** Every letter's own entry, newest first, those that gave a decision as well. */
    List<TimelineEntry> entries(long caseId) {
        return table().saved(caseId, "", NEWEST_FIRST).stream().map(saved -> {
            ReceivedLetter l = saved.record();
            String detail = l.dated().map(d -> Words.text("timeline.received.dated", UkFormats.shortDate(d),
                    l.summary())).orElse(l.summary());
            return new TimelineEntry(TimelineKind.LETTER_RECEIVED, l.received().atStartOfDay(), saved.recorded(),
                    l.title(), detail, l.id());
        }).toList();
    }

    @Override
    ReceivedLetter read(RowColumns r) throws SQLException {
        return new ReceivedLetter(r.number("id"), r.number("case_id"), r.date("dated_on"),
                r.date("received_on").orElseThrow(), r.text("from_name"), r.text("summary"),
                r.optionalId("scan_document_id"), r.optionalId("in_reply_to"), answer(r.text("final_response")),
                acknowledgement(r.text("acknowledgement")));
    }

    /** The answer as kept, or none: NULL, and an earlier version kept before the column was added. */
    static Optional<FinalResponseAnswer> answer(String kept) {
        return kept == null ? Optional.empty() : Optional.of(FinalResponseAnswer.valueOf(kept));
    }

    /** The acknowledgement answer as kept, or none: NULL, and an earlier version kept before the column was added. */
    static Optional<AcknowledgementAnswer> acknowledgement(String kept) {
        return kept == null ? Optional.empty() : Optional.of(AcknowledgementAnswer.valueOf(kept));
    }

    @Override
    ColumnValues values(ReceivedLetter l) {
        return new ColumnValues().put("dated_on", l.dated()).put("received_on", l.received())
                .text("from_name", l.from(), TextLimit.SHORT).text("summary", l.summary(), TextLimit.NOTE)
                .put("scan_document_id", l.scanDocumentId()).put("in_reply_to", l.inReplyTo())
                .put("final_response", l.finalResponse())
                .put("acknowledgement", l.acknowledgement());
    }

    @Override
    BinnedItem binned(ReceivedLetter l, LocalDateTime deletedAt) {
        return BinnedItem.onDay(Words.text("bin.kind.letterReceived"), l.id(),
                Words.text("bin.title.letterFrom", l.from(), l.summary()), l.received(), deletedAt);
    }
}
