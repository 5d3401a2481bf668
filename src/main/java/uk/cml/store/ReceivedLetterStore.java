package uk.cml.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import uk.cml.domain.TextLimit;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.bin.BinnedItem;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.timeline.TimelineSource;

/** Letters the parent received, each with its scan and, if it answers one, the letter it answers. */
public final class ReceivedLetterStore extends RecordStore<ReceivedLetter> implements TimelineSource {

    static final String TABLE = "letter_received";
    private static final String NEWEST_FIRST = "received_on DESC, id DESC";

    public ReceivedLetterStore(Database database, History history, Clock clock) {
        super(database, history, clock, TABLE, "letter", ReceivedLetter::id, ReceivedLetter::caseId);
    }

    /** The case's received letters, newest first. */
    public List<ReceivedLetter> letters(long caseId) {
        return table().list(caseId, "", NEWEST_FIRST);
    }

    @Override
    public List<TimelineEntry> timeline(long caseId) {
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
                r.optionalId("scan_document_id"), r.optionalId("in_reply_to"));
    }

    @Override
    ColumnValues values(ReceivedLetter l) {
        return new ColumnValues().put("dated_on", l.dated()).put("received_on", l.received())
                .text("from_name", l.from(), TextLimit.SHORT).text("summary", l.summary(), TextLimit.NOTE)
                .put("scan_document_id", l.scanDocumentId()).put("in_reply_to", l.inReplyTo());
    }

    @Override
    BinnedItem binned(ReceivedLetter l, LocalDateTime deletedAt) {
        return BinnedItem.onDay(Words.text("bin.kind.letterReceived"), l.id(),
                Words.text("bin.title.letterFrom", l.from(), l.summary()), l.received(), deletedAt);
    }
}
