package uk.cml.safety;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;

/** Names a row the way a parent would recognise it: "the payment recorded on 3 Mar 2025 (number 12)". */
final class RecordNames {

    /** Tables whose plain name is not just their SQL name with spaces, and the key of their words. */
    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("case_file", "safety.noun.case"),
            Map.entry("my_details", "safety.noun.myDetails"),
            Map.entry("child", "safety.noun.child"),
            Map.entry("address_book", "safety.noun.addressBook"),
            Map.entry("amendment", "safety.noun.amendment"),
            Map.entry("payment_plan", "safety.noun.paymentPlan"),
            Map.entry("call_log", "safety.noun.call"),
            Map.entry("phone_call", "safety.noun.call"));

    private RecordNames() {
    }

    static String noun(String table) {
        String noun = NOUNS.get(table);
        if (noun != null) {
            return Words.text(noun);
        }
        String words = table.replace('_', ' ').strip();
        // Tables are usually singular; a plural name still reads better as one record.
        return words.endsWith("ss") || !words.endsWith("s") ? words : words.substring(0, words.length() - 1);
    }

    /** "The payment recorded on 3 Mar 2025 (number 12)"; without a usable date, "The payment number 12". */
    static String describe(String table, long rowId, String recordedAt) {
        String noun = noun(table);
        String when = dateOf(recordedAt);
        return when == null ? Words.text("safety.record.numbered", noun, rowId)
                : Words.text("safety.record.recordedOn", noun, when, rowId);
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
