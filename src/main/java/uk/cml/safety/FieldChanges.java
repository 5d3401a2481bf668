package uk.cml.safety;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;

/**
 * What a record changed outside the app said in the app's history and what it says now, field by field, for the
 * fields that differ: "Amount: was £30.00, now £45.50". Money, days and choices are shown as the app shows them.
 */
final class FieldChanges {

    /** A field's name as the parent knows it, by column; a table's own name for a column comes first. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("amount_pence", "safety.field.amount"),
            Map.entry("paid_on", "safety.field.paidOn"),
            Map.entry("payment.method", "safety.field.paymentMethod"),
            Map.entry("letter_sent.method", "safety.field.postingMethod"),
            Map.entry("reference", "safety.field.reference"),
            Map.entry("note", "safety.field.note"),
            Map.entry("text", "safety.field.note"),
            Map.entry("recorded_at", "safety.field.recordedAt"),
            Map.entry("deleted_at", "safety.field.deletedAt"),
            Map.entry("evidence_document_id", "safety.field.evidence"),
            Map.entry("for_due", "safety.field.forDue"),
            Map.entry("frequency", "safety.field.frequency"),
            Map.entry("first_due", "safety.field.firstDue"),
            Map.entry("case_id", "safety.field.caseId"),
            Map.entry("adjustment.kind", "safety.field.adjustmentKind"),
            Map.entry("fee_basis", "safety.field.feeBasis"),
            Map.entry("from_letter", "safety.field.fromLetter"),
            Map.entry("amount_unchanged_on", "safety.field.amountUnchangedOn"),
            Map.entry("happened_at", "safety.field.happenedAt"),
            Map.entry("happened_on", "safety.field.happenedOn"),
            Map.entry("made_on", "safety.field.happenedOn"),
            Map.entry("direction", "safety.field.direction"),
            Map.entry("spoke_to", "safety.field.spokeTo"),
            Map.entry("what_was_said", "safety.field.whatWasSaid"),
            Map.entry("promised", "safety.field.promised"),
            Map.entry("promised_by", "safety.field.promisedBy"),
            Map.entry("promise_kept", "safety.field.promiseKept"),
            Map.entry("told_missed_payments", "safety.field.toldMissedPayments"),
            Map.entry("final_response", "safety.field.finalResponse"),
            Map.entry("acknowledgement", "safety.field.acknowledgement"),
            Map.entry("follow_up_on", "safety.field.followUpOn"),
            Map.entry("follow_up_done", "safety.field.followUpDone"),
            Map.entry("original_name", "safety.field.fileName"),
            Map.entry("sha256", "safety.field.fileContent"),
            Map.entry("written_on", "safety.field.writtenOn"),
            Map.entry("posted_on", "safety.field.postedOn"),
            Map.entry("received_on", "safety.field.receivedOn"),
            Map.entry("dated_on", "safety.field.datedOn"),
            Map.entry("first_name", "safety.field.firstName"),
            Map.entry("date_of_birth", "safety.field.dateOfBirth"),
            Map.entry("other_parent_name", "safety.field.otherParentName"),
            Map.entry("cms_reference", "safety.field.cmsReference"),
            Map.entry("arrangement", "safety.field.arrangement"));

    /** Day columns whose names do not end in "_on". */
    private static final Set<String> DAYS = Set.of("first_due", "for_due", "date_of_birth", "dated", "last_checked",
            "promised_by",
            "certificate_date", "reply_by", "printed_reply_by");
    /** Yes-or-no columns, kept as 1 or 0. */
    private static final Set<String> YES_NO = Set.of("follow_up_done", "promise_kept", "keep_address_private");
    /** Long text is cut here: the line is to say what changed, not to print the whole note. */
    private static final int LONGEST_TEXT = 60;

    private FieldChanges() {
    }

    /**
     * One line per field that differs between what the history says ({@code was}, a journal entry's JSON) and
     * what the row holds now ({@code now}, the live row's JSON), in the order of the row's columns. Only the
     * fields the history holds are compared, as {@link LiveRows} compares them.
     */
    static List<String> between(Connection c, String table, String was, String now) throws SQLException {
        List<String> lines = new ArrayList<>();
        String sql = "SELECT w.key, w.value, json_extract(?2, '$.\"' || w.key || '\"') FROM json_each(?1) w "
                + "WHERE w.value IS NOT json_extract(?2, '$.\"' || w.key || '\"') ORDER BY w.id";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, was);
            s.setString(2, now);
            try (ResultSet fields = s.executeQuery()) {
                while (fields.next()) {
                    String column = fields.getString(1);
                    lines.add(Words.text("safety.rows.field", name(table, column),
                            shown(table, column, fields.getString(2)), shown(table, column, fields.getString(3))));
                }
            }
        }
        return lines;
    }

    /** The field's name: the app's words for it, or its column's name in words for a column the app has none for. */
    static String name(String table, String column) {
        String key = FIELDS.getOrDefault(table + "." + column, FIELDS.get(column));
        if (key != null) {
            return Words.text(key);
        }
        String words = column.replace('_', ' ').strip();
        return words.isEmpty() ? column : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A value as the app would show it: "£1,234.56", "22 Nov 2026", "Bank transfer", "yes", "“J REED”". */
    static String shown(String table, String column, String value) {
        if (value == null) {
            return Words.text(column.equals("deleted_at") ? "safety.value.notInBin" : "safety.value.nothing");
        }
        if (value.isEmpty()) {
            return Words.text("safety.value.blank");
        }
        try {
            if (column.endsWith("_pence")) {
                return Money.ofPence(Long.parseLong(value)).format();
            }
            if (column.endsWith("_on") || DAYS.contains(column)) {
                return UkFormats.shortDate(LocalDate.parse(value.substring(0, Math.min(10, value.length()))));
            }
            if (column.endsWith("_at")) {
                if (value.length() <= 10) {
                    return UkFormats.shortDate(LocalDate.parse(value));
                }
                LocalDateTime at = LocalDateTime.parse(value);
                return Words.text("safety.journal.dayAndTime", UkFormats.shortDate(at.toLocalDate()),
                        UkFormats.TIME.format(at));
            }
            if (YES_NO.contains(column) && (value.equals("0") || value.equals("1"))) {
                return Words.text(value.equals("1") ? "safety.value.yes" : "safety.value.no");
            }
            if (column.endsWith("_id")) {
                return Words.text("safety.value.numbered", Long.parseLong(value));
            }
        } catch (RuntimeException notAsTheAppSavesIt) {
            // Shown as it stands: someone may have typed anything into the file.
        }
        Optional<String> choice = RecordChoices.label(table, column, value);
        if (choice.isPresent()) {
            return choice.get();
        }
        if (value.matches("-?[0-9]{1,18}")) {
            return value;
        }
        String text = value.length() > LONGEST_TEXT ? value.substring(0, LONGEST_TEXT).strip() + "\u2026" : value;
        return Words.text("safety.value.quoted", text);
    }
}
