package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;

/**
 * Names a row the way a parent would recognise it: "The payment of £30.00 received on Fri 6 Nov 2026 (typed in
 * on 3 Dec 2026)", by what it says rather than by the day it was typed in; a kind of record without such words
 * reads "The case recorded on 10 Jan 2025 (number 1)".
 */
public final class RecordNames {

    /** Tables whose plain name is not just their SQL name with spaces, and the key of their words. */
    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("case_file", "safety.noun.case"),
            Map.entry("my_details", "safety.noun.myDetails"),
            Map.entry("child", "safety.noun.child"),
            Map.entry("address_book", "safety.noun.addressBook"),
            Map.entry("amendment", "safety.noun.amendment"),
            Map.entry("payment_plan", "safety.noun.paymentPlan"),
            Map.entry("call_log", "safety.noun.call"),
            Map.entry("phone_call", "safety.noun.call"),
            Map.entry("collection_fee", "safety.noun.collectionFee"),
            Map.entry("arrangement_period", "safety.noun.arrangement"),
            Map.entry("cms_decision", "safety.noun.cmsDecision"),
            Map.entry("enforcement_step", "safety.noun.enforcementStep"),
            // Corrected on Settings (a time limit), so named in the journal as the parent knows it.
            Map.entry("cms_fact", "safety.noun.cmsFact"));

    /** Records a parent knows by what they say: the key of their words and the columns that fill it, in order. */
    private static final Map<String, Known> KNOWN = Map.ofEntries(
            Map.entry("payment", new Known("safety.known.payment", List.of("amount_pence", "paid_on"))),
            Map.entry("payment_plan", new Known("safety.known.paymentPlan", List.of("amount_pence", "first_due"))),
            Map.entry("adjustment", new Known("safety.known.adjustment", List.of("kind", "amount_pence", "made_on"))),
            Map.entry("call_log", new Known("safety.known.call", List.of("happened_at"))),
            Map.entry("note", new Known("safety.known.note", List.of("happened_on"))),
            Map.entry("document", new Known("safety.known.document", List.of("original_name"))),
            Map.entry("letter_sent", new Known("safety.known.letterSent", List.of("subject", "written_on"))),
            Map.entry("letter_received", new Known("safety.known.letterReceived", List.of("from_name", "received_on"))),
            Map.entry("address_book", new Known("safety.known.addressBook", List.of("name"))),
            Map.entry("child", new Known("safety.known.child", List.of("first_name"))),
            Map.entry(BankHolidayStore.TABLE, new Known("safety.known.bankHoliday", List.of("name", "on_day"))));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private record Known(String key, List<String> columns) {
    }

    private RecordNames() {
    }

    public static String noun(String table) {
        String noun = NOUNS.get(table);
        if (noun != null) {
            return Words.text(noun);
        }
        String words = table.replace('_', ' ').strip();
        // Tables are usually singular; a plural name still reads better as one record.
        return words.endsWith("ss") || !words.endsWith("s") ? words : words.substring(0, words.length() - 1);
    }

    /** Tables whose records are better named as a whole ("your own details"), and the key of their words. */
    private static final Map<String, String> KINDS = Map.of(
            "case_file", "safety.kind.case",
            "my_details", "safety.kind.myDetails",
            "child", "safety.kind.children",
            "address_book", "safety.kind.addressBook",
            "amendment", "safety.kind.amendment",
            "setting", "safety.kind.settings");

    /** What the app protects for a table, for "the app's protection of your payment records". */
    public static String kind(String table) {
        String kind = KINDS.get(table);
        return kind != null ? Words.text(kind) : Words.text("safety.kind.records", noun(table));
    }

    /**
     * The record as its content (a journal entry's JSON, or the live row's) says it: for a payment, its amount
     * and the day it was received, then the day it was typed in. Falls back to {@link #describe(String, long,
     * String)} when the content lacks what is needed.
     */
    public static String describe(Connection c, String table, long rowId, String content) throws SQLException {
        Known known = KNOWN.get(table);
        // "Typed in on" the day it was first saved: a correction on 3 Dec of a payment typed in on 6 Nov leaves the
        // row saying 3 Dec, and a parent looks for what they did on 6 Nov.
        String recordedAt = History.firstRecordedAt(c, table, rowId)
                .orElse(field(c, content, "recorded_at"));
        if (known == null || content == null) {
            return describe(table, rowId, recordedAt);
        }
        Object[] shown = new Object[known.columns().size()];
        for (int i = 0; i < shown.length; i++) {
            String column = known.columns().get(i);
            shown[i] = shown(column, field(c, content, column));
            if (shown[i] == null) {
                return describe(table, rowId, recordedAt);
            }
        }
        String what = Words.text(known.key(), shown);
        String typedIn = dateOf(recordedAt);
        return typedIn == null ? what : Words.text("safety.known.typedIn", what, typedIn);
    }

    /** "The payment recorded on 3 Mar 2025 (number 12)"; without a usable date, "The payment number 12". */
    public static String describe(String table, long rowId, String recordedAt) {
        String noun = noun(table);
        String when = dateOf(recordedAt);
        return when == null ? Words.text("safety.record.numbered", noun, rowId)
                : Words.text("safety.record.recordedOn", noun, when, rowId);
    }

    static String field(Connection c, String content, String column) throws SQLException {
        if (content == null) {
            return null;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT CASE WHEN json_valid(?1) THEN json_extract(?1, ?2) END")) {
            s.setString(1, content);
            s.setString(2, "$.\"" + column + "\"");
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static String shown(String column, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (column.equals("kind")) {
                // An adjustment's kind, as the Payments page names it ("Arrears figure given by the CMS").
                return uk.cml.domain.arrears.AdjustmentKind.valueOf(value).label();
            }
            if (column.equals("amount_pence")) {
                return Money.ofPence(Long.parseLong(value)).format();
            }
            if (column.equals("happened_at")) {
                LocalDateTime at = LocalDateTime.parse(value);
                return DAY.format(at) + ", " + UkFormats.TIME.format(at);
            }
            if (column.endsWith("_on") || column.equals("first_due") || column.equals("on_day")) {
                return DAY.format(LocalDate.parse(value.substring(0, Math.min(10, value.length()))));
            }
            return value;
        } catch (RuntimeException notReadable) {
            return null;
        }
    }

    private static String dateOf(String recordedAt) {
        if (recordedAt == null || recordedAt.length() < 10) {
            return null;
        }
        try {
            return UkFormats.shortDate(LocalDate.parse(recordedAt.substring(0, 10)));
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
