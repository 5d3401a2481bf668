package uk.cml.safety;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import uk.cml.domain.UkFormats;

/** Names a row the way a parent would recognise it: "the payment recorded on 3 Mar 2025 (number 12)". */
final class RecordNames {

    /** Tables whose plain name is not just their SQL name with spaces; anything else reads well as it is. */
    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("case_file", "case"),
            Map.entry("my_details", "record of your own details"),
            Map.entry("child", "child's details"),
            Map.entry("address_book", "address book entry"),
            Map.entry("amendment", "earlier version of a corrected record"),
            Map.entry("payment_plan", "payment plan"),
            Map.entry("call_log", "call"),
            Map.entry("phone_call", "call"));

    private RecordNames() {
    }

    static String noun(String table) {
        String noun = NOUNS.get(table);
        if (noun != null) {
            return noun;
        }
        String words = table.replace('_', ' ').strip();
        // Tables are usually singular; a plural name still reads better as one record.
        return words.endsWith("ss") || !words.endsWith("s") ? words : words.substring(0, words.length() - 1);
    }

    /** "The payment recorded on 3 Mar 2025 (number 12)"; without a usable date, "The payment number 12". */
    static String describe(String table, long rowId, String recordedAt) {
        String noun = noun(table);
        String when = dateOf(recordedAt);
        return when == null ? "The " + noun + " number " + rowId
                : "The " + noun + " recorded on " + when + " (number " + rowId + ")";
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
