package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import uk.cml.domain.Words;

/**
 * The upgrade to V034, in Java (SchemaUpgrade runs it in the same transaction as the script, after the records were
 * copied aside): one row for each bank holiday the parent added. Before the fix of 5 Dec 2026 ({@link
 * BankHolidayStore#restore} now refuses it) putting back from the Bin a day removed and then added again stored the one
 * day as two listed rows, so Settings' Remove moved one to the Bin and the day stayed, counted from the other.
 *
 * <p>For each day listed more than once, the first row (the one Settings listed, and named in its Remove) stays.
 * Where another row gives its name in words this one does not hold, the name keeps them all, the first row's words
 * first ("Coronation; King's coronation"): a correction with history, the row as it was kept in {@code amendment}. The
 * other rows go to the Bin as Remove moves a day (their {@code deleted_at}, nothing deleted), where their words stay
 * and putting one back is refused while the day is listed. The journal's triggers note each change. A day listed
 * once, or listed once beside copies in the Bin, is left as it is; running it again changes nothing.
 */
final class BankHolidayMerge {

    /** The script this runs with. */
    static final String SCRIPT = "V034__one_row_per_bank_holiday.sql";

    private static final String TABLE = BankHolidayStore.TABLE;
    private static final Logger LOG = Logger.getLogger(BankHolidayMerge.class.getName());

    /** What one run changed: the days that were listed more than once, the rows moved to the Bin, names widened. */
    record Merged(int days, int binned, int renamed) {
    }

    private BankHolidayMerge() {
    }

    /** For SchemaUpgrade: inside the upgrade's transaction. */
    static Merged run(Connection c, Clock clock) throws SQLException {
        Map<String, List<Row>> byDay = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, on_day, name FROM " + TABLE + " WHERE deleted_at "
                + "IS NULL AND on_day IN (SELECT on_day FROM " + TABLE + " WHERE deleted_at IS NULL GROUP BY on_day "
                + "HAVING COUNT(*) > 1) ORDER BY on_day, id"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                byDay.computeIfAbsent(r.getString(2), d -> new ArrayList<>()).add(new Row(r.getLong(1),
                        r.getString(3)));
            }
        }
        History history = new History(clock);
        String now = LocalDateTime.now(clock).toString();
        int binned = 0;
        int renamed = 0;
        for (List<Row> rows : byDay.values()) {
            Row kept = rows.get(0);
            String name = allWords(rows.stream().map(Row::name).toList());
            if (!name.equals(kept.name()) && history.correct(c, TABLE, kept.id(), cc -> {
                try (PreparedStatement s = cc.prepareStatement("UPDATE " + TABLE + " SET name = ? WHERE id = ? "
                        + "AND deleted_at IS NULL")) {
                    s.setString(1, name);
                    s.setLong(2, kept.id());
                    return s.executeUpdate();
                }
            })) {
                renamed++;
            }
            for (Row other : rows.subList(1, rows.size())) {
                RowColumns.setDeleted(c, TABLE, other.id(), now);
                binned++;
            }
        }
        Merged merged = new Merged(byDay.size(), binned, renamed);
        if (binned > 0) {
            LOG.info("V034: " + merged.days() + " bank holidays listed more than once made one row each; "
                    + binned + " copies moved to the Bin, " + renamed + " names given the copies' words");
        }
        return merged;
    }

    /**
     * The names as one, in the order given, each only where no name already kept holds its words (the same words in
     * other capitals or spaces are the same words); a name holding an earlier one's words takes its place.
     */
    static String allWords(List<String> names) {
        List<String> kept = new ArrayList<>();
        for (String name : names) {
            String words = name.strip();
            if (words.isEmpty() || kept.stream().anyMatch(k -> holds(k, words))) {
                continue;
            }
            int at = -1;
            for (int i = 0; i < kept.size() && at < 0; i++) {
                at = holds(words, kept.get(i)) ? i : -1;
            }
            // Those before the first it holds stay where they are: it takes that one's place.
            kept.removeIf(k -> holds(words, k));
            kept.add(at < 0 ? kept.size() : at, words);
        }
        if (kept.isEmpty()) {
            return names.isEmpty() ? "" : names.get(0);
        }
        String all = kept.get(0);
        for (String more : kept.subList(1, kept.size())) {
            all = Words.text("store.bankHolidays.namesMerged", all, more);
        }
        return all;
    }

    /** Whether {@code name} holds all the words of {@code other}, whole and in that order. */
    private static boolean holds(String name, String other) {
        return (" " + oneSpaced(name) + " ").contains(" " + oneSpaced(other) + " ");
    }

    private static String oneSpaced(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }

    private record Row(long id, String name) {
    }
}
