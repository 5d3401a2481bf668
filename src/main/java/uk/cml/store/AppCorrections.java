package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.arrears.QuickEntryWords;

/**
 * The corrections the app made of a payment itself, not the parent: quick entry's words in its note re-said when they
 * were no longer true, by the upgrade to V033 ({@link OldRecordsRepair}) or after another record changed ({@link
 * PaymentStore#resayNote}). Each is kept as any correction is (the earlier version in {@code amendment}), and the
 * history must not read as if the parent made it. Told from what the records hold: the app's correction changes the
 * note alone and leaves the row's {@code recorded_at} (the parent's last save) as it was, while every save the parent
 * makes gives it a new one; and the version it replaced began with quick entry's words. One made before the upgrade
 * to V033 was recorded as applied ({@code schema_history}) was that upgrade's.
 */
public final class AppCorrections {

    /**
     * One correction the app made.
     *
     * @param replaced the earlier version it replaced, as {@link History#earlierVersions} gives it (kept when it was
     *                 made, {@link History.EarlierVersion#amendedAt})
     * @param sentence what it did and why, to show with the payment's history
     */
    public record AppCorrection(History.EarlierVersion replaced, String sentence) {
    }

    private AppCorrections() {
    }

    /** The app's corrections of the payment {@code id}, oldest first. */
    static List<AppCorrection> ofPayment(Connection c, long id) throws SQLException {
        List<History.EarlierVersion> kept = History.versionsOf(c, "payment", id);
        if (kept.isEmpty()) {
            return List.of();
        }
        Map<String, String> current = History.row(c, "payment", id);
        Optional<LocalDateTime> upgraded = upgradedAt(c);
        List<AppCorrection> made = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Map<String, String> before = kept.get(i).columns();
            Map<String, String> after = i + 1 < kept.size() ? kept.get(i + 1).columns() : current;
            History.EarlierVersion replaced = kept.get(i);
            sentence(before, after, replaced.amendedAt(), upgraded).ifPresent(s -> made.add(new AppCorrection(replaced,
                    s)));
        }
        return List.copyOf(made);
    }

    /**
     * Whether the change from {@code before} to {@code after} was the app's: the note alone changed, not saved by the
     * parent (the same {@code recorded_at}), and either quick entry's words it began with re-said, or (once the
     * change that took them away was undone) quick entry's words put back in front of the same words of the parent's.
     */
    static boolean byTheApp(Map<String, String> before, Map<String, String> after) {
        String saved = before.get("recorded_at");
        if (saved == null || !saved.equals(after.get("recorded_at")) || !onlyTheNote(before, after)) {
            return false;
        }
        String was = before.getOrDefault("note", "");
        String now = after.getOrDefault("note", "");
        Optional<LocalDate> due = dueOf(after);
        return appWords(was, due).isPresent()
                || QuickEntryWords.leading(now, due).isPresent() && own(was, due).equals(own(now, due));
    }

    /**
     * The note as quick entry's words were last written on it by the parent's own save (quick entry, or a correction
     * by hand), from before the app's corrections since (each {@link #byTheApp}, the parent's words after them the
     * same): what the words are worked out from again whenever the records change, so a change undone leaves them as
     * they were written, not as the change re-said them ("Arrived late", made "Part arrived" by a fee cut, is "Arrived
     * late" again when the cut is undone). Empty when the note held none of quick entry's words in that time.
     */
    static Optional<String> asWritten(Connection c, long id) throws SQLException {
        List<History.EarlierVersion> kept = History.versionsOf(c, "payment", id);
        List<Map<String, String>> versions = new ArrayList<>();
        kept.forEach(version -> versions.add(version.columns()));
        Map<String, String> current = History.row(c, "payment", id);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        versions.add(current);
        Optional<LocalDate> due = dueOf(current);
        String own = own(current.getOrDefault("note", ""), due);
        String written = null;
        for (int i = versions.size() - 1; i >= 0; i--) {
            String note = versions.get(i).getOrDefault("note", "");
            if (QuickEntryWords.leading(note, due).isPresent()) {
                written = note;
            }
            if (i == 0) {
                break;
            }
            Map<String, String> before = versions.get(i - 1);
            if (History.sameAnswers(before, versions.get(i))) {
                continue;
            }
            if (!byTheApp(before, versions.get(i)) || !own(before.getOrDefault("note", ""), due).equals(own)) {
                break;
            }
        }
        return Optional.ofNullable(written);
    }

    private static Optional<LocalDate> dueOf(Map<String, String> columns) {
        return Optional.ofNullable(columns.get("for_due")).map(LocalDate::parse);
    }

    /** The parent's own words in a note: after quick entry's (as written now, or up to V032), less what joined them. */
    private static String own(String note, Optional<LocalDate> due) {
        int app = QuickEntryWords.leading(note, due).map(l -> l.words().length())
                .or(() -> OldQuickEntryWords.leadingForAnyDue(note).map(old -> old.words().length())).orElse(0);
        return note.substring(app).replaceFirst("^[\\s.,;:\u2013-]+", "").strip();
    }

    private static Optional<String> sentence(Map<String, String> before, Map<String, String> after, LocalDateTime at,
            Optional<LocalDateTime> upgraded) {
        if (!byTheApp(before, after)) {
            return Optional.empty();
        }
        String was = before.getOrDefault("note", "");
        String now = after.getOrDefault("note", "");
        Optional<LocalDate> due = dueOf(after);
        Optional<AppWords> words = appWords(was, due);
        if (words.isEmpty()) {
            // Put back: the change that took them away was undone, and they are true again.
            return Optional.of(Words.text("store.appCorrection.putBack", UkFormats.dateTime(at),
                    QuickEntryWords.leading(now, due).orElseThrow().words()));
        }
        boolean atUpgrade = upgraded.isPresent() && !at.isAfter(upgraded.get());
        String reason = reason(words.get(), now, due);
        String said = atUpgrade
                ? Words.text("store.appCorrection.atUpdate", UkFormats.shortDate(upgraded.get().toLocalDate()),
                        words.get().text(), reason)
                : Words.text("store.appCorrection.afterChange", UkFormats.dateTime(at), words.get().text(),
                        reason);
        String own = QuickEntryWords.leading(now, due).map(l -> now.substring(l.words().length())).orElse(now);
        return Optional.of(own.replaceAll("[\\s.,;:\u2013-]", "").isEmpty() ? said
                : Words.text("store.appCorrection.ownWordsKept", said));
    }

    /** The words the note began with, what they said, and the due they named. */
    private record AppWords(String text, boolean late, LocalDate due) {
    }

    /**
     * Quick entry's words {@code note} began with: for the payment's due, or (where a correction moved the payment to
     * another due before V033 re-said them) for the due they name, as quick entry wrote them up to V032.
     */
    private static Optional<AppWords> appWords(String note, Optional<LocalDate> due) {
        Optional<QuickEntryWords.Leading> live = QuickEntryWords.leading(note, due);
        if (live.isPresent()) {
            return Optional.of(new AppWords(live.get().words(), live.get().said() == QuickEntryWords.Said.LATE,
                    due.get()));
        }
        return OldQuickEntryWords.leadingForAnyDue(note).map(old -> new AppWords(old.words(),
                old.said() == OldQuickEntryWords.Said.LATE, old.due()));
    }

    private static String reason(AppWords was, String now, Optional<LocalDate> due) {
        if (due.isPresent() && !due.get().equals(was.due())) {
            return Words.text("store.appCorrection.anotherDue", UkFormats.shortDate(due.get()));
        }
        boolean nowPart = QuickEntryWords.leading(now, due).filter(l -> l.said() == QuickEntryWords.Said.PART)
                .isPresent();
        boolean nowNone = QuickEntryWords.leading(now, due).isEmpty();
        if (!was.late() && nowNone) {
            return Words.text("store.appCorrection.finished");
        }
        if (was.late() && nowPart) {
            return Words.text("store.appCorrection.nowPart");
        }
        if (was.late() && nowNone) {
            return Words.text("store.appCorrection.notLate");
        }
        return Words.text("store.appCorrection.noLongerTrue");
    }

    private static boolean onlyTheNote(Map<String, String> before, Map<String, String> after) {
        Map<String, String> a = new TreeMap<>(before);
        Map<String, String> b = new TreeMap<>(after);
        for (String ignored : new String[] {"recorded_at", "note"}) {
            a.remove(ignored);
            b.remove(ignored);
        }
        return a.equals(b) && !before.getOrDefault("note", "").equals(after.getOrDefault("note", ""));
    }

    /** When the upgrade to V033 was applied to these records, if it was. */
    private static Optional<LocalDateTime> upgradedAt(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT applied_at FROM schema_history WHERE script = ?")) {
            s.setString(1, OldRecordsRepair.SCRIPT);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(LocalDateTime.parse(r.getString(1)));
            }
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
