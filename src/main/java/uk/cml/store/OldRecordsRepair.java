package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentSpread;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.calendar.BankHolidays;
import uk.cml.domain.calendar.OneOffChange;
import uk.cml.domain.calendar.UkCalendar;

/**
 * The upgrade to V033, in Java (SchemaUpgrade runs it in the same transaction as the script, after the records were
 * copied aside): the app's own words made true of records saved before two fixes of 5 Dec 2026, which only helped
 * records saved after them. Once, at upgrade, and not at every read: the words are stored in the records (the note
 * on the payment, the document's date), and the Payments page, Payments.csv, Documents, the pack and Check records
 * all read them from there; worked out at every read, each reader would need the rule and the stored words would
 * stay false. Every change is an amendment with history (the row as it was kept in {@code amendment}, the journal's
 * triggers note the change), so nothing the parent entered is lost. Running it again changes nothing.
 *
 * <ol>
 * <li>A payment corrected while its note starts with quick entry's words ("Part arrived (due 30 Sep 2026)") says
 * what quick entry would say of it as it now is, as a correction did on 5 Dec 2026 (V032's words and that rule,
 * frozen in {@link OldQuickEntryWords});
 * the parent's own words after them are kept as typed. Every payment not in the Bin, corrected or not: the script's
 * comment says "corrected", as this did when it was written (5 Dec 2026, before any release); the window showed a
 * £10.00 never corrected still saying "Part arrived" beside its due "Arrived in full", money paid ahead from another
 * payment having made it the one that finished the due. (The script is left as it is: a changed script is refused by
 * records files that have it.)</li>
 * <li>The photo of a certificate of posting, attached to a letter that gives the date printed on the certificate,
 * takes that date as its "Date on it" in Documents, as a letter saved now gives it: only where the document has no
 * date and never had one (a date the parent gave, or took away, is theirs), the date is not after today, and the
 * letters the photo is attached to give it one date between them.</li>
 * </ol>
 */
final class OldRecordsRepair {

    /** The script this runs with. */
    static final String SCRIPT = "V033__app_words_for_old_records.sql";

    private static final String PAYMENT = PaymentStore.Kind.PAYMENT.table;
    private static final Logger LOG = Logger.getLogger(OldRecordsRepair.class.getName());

    /** What one run changed. */
    record Repaired(int notes, int documentDates) {
    }

    private OldRecordsRepair() {
    }

    /** For SchemaUpgrade: inside the upgrade's transaction. */
    static Repaired run(Connection c, Clock clock) throws SQLException {
        History history = new History(clock);
        Repaired repaired = new Repaired(notes(c, clock, history), documentDates(c, clock, history));
        if (repaired.notes() + repaired.documentDates() > 0) {
            LOG.info("V033: quick-entry words made true on " + repaired.notes() + " corrected payments; "
                    + repaired.documentDates() + " certificates of posting given the date on them");
        }
        return repaired;
    }

    private static int notes(Connection c, Clock clock, History history) throws SQLException {
        // The app's one calendar, with the bank holidays the parent added (read now: no second transaction).
        List<OneOffChange> added = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT on_day, name FROM bank_holiday_added "
                + "WHERE deleted_at IS NULL ORDER BY on_day, id"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                added.add(new OneOffChange(LocalDate.parse(r.getString(1)), Optional.empty(), r.getString(2)));
            }
        }
        List<OneOffChange> holidays = List.copyOf(added);
        ArrearsCalculator calculator = new ArrearsCalculator(UkCalendar.workingDaysOnly(
                BankHolidays.englandAndWales(() -> holidays)));
        int changed = 0;
        for (long caseId : ids(c, "SELECT DISTINCT case_id FROM payment WHERE deleted_at IS NULL "
                + "AND for_due IS NOT NULL ORDER BY case_id")) {
            List<Payment> payments = PaymentRows.payments(c, caseId, false);
            // The case's schedule as saved, once: the repair changes notes only, which the schedule does not read.
            ArrearsSchedule schedule = PaymentStore.schedule(c, caseId, payments, clock, calculator);
            for (Payment payment : payments) {
                if (payment.forDue().isEmpty()) {
                    continue;
                }
                // Corrected or not: another payment's correction, or one added before it, could leave this one's
                // words untrue too (its money now finishing the due), and the old code never re-said them then.
                List<History.EarlierVersion> corrections = History.correctionsOf(c, PAYMENT, payment.id());
                Optional<String> now = trueWords(payment, corrections, schedule);
                if (now.isPresent() && PaymentStore.resayNote(c, history, caseId, payment.id(), now.get())) {
                    changed++;
                }
            }
        }
        return changed;
    }

    /**
     * The payment's note with quick entry's words made true, if it starts with words written for its due (or, where a
     * correction moved it to another due, for the due an earlier version was linked to) and they are not true now.
     * The words and the rule are V032's, frozen ({@link OldQuickEntryWords}); what the schedule says of the due is
     * the app's one calculator's, as the Payments page shows it after the upgrade: a note true by a frozen copy of
     * the calculator could say "Part arrived" beside a due the page shows arrived in full.
     */
    private static Optional<String> trueWords(Payment payment, List<History.EarlierVersion> corrections,
            ArrearsSchedule schedule) {
        Set<Optional<LocalDate>> dues = new LinkedHashSet<>();
        dues.add(payment.forDue());
        for (int i = corrections.size() - 1; i >= 0; i--) {
            Optional.ofNullable(corrections.get(i).columns().get("for_due")).map(LocalDate::parse)
                    .ifPresent(d -> dues.add(Optional.of(d)));
        }
        Optional<OldQuickEntryWords.Due> now = schedule.lines().stream()
                .filter(l -> l.date().equals(payment.forDue().get())).findFirst()
                .map(l -> new OldQuickEntryWords.Due(l.collectAndPay(), l.date(), PaymentSpread.of(schedule,
                        payment.date(), payment.amount()).dues().contains(l.date()), l.completedBy() == payment.id(),
                        l.lateBy(payment.id())));
        for (Optional<LocalDate> due : dues) {
            if (OldQuickEntryWords.leading(payment.note(), due).isEmpty()) {
                continue;
            }
            String note = OldQuickEntryWords.trueOf(payment.note(), due, now);
            return note.equals(payment.note()) ? Optional.empty() : Optional.of(note);
        }
        return Optional.empty();
    }

    private static int documentDates(Connection c, Clock clock, History history) throws SQLException {
        LocalDate today = LocalDate.now(clock);
        List<long[]> candidates = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        // Letters in the Bin count towards "one date between them", so a photo two letters gave different dates
        // is left as it is.
        try (PreparedStatement s = c.prepareStatement("SELECT d.id, d.case_id, MIN(l.certificate_date) "
                + "FROM document d JOIN letter_sent l ON l.certificate_document_id = d.id AND l.case_id = d.case_id "
                + "WHERE d.deleted_at IS NULL AND d.dated_on IS NULL AND l.certificate_date IS NOT NULL GROUP BY d.id, "
                + "d.case_id HAVING COUNT(DISTINCT l.certificate_date) = 1 AND SUM(l.deleted_at IS NULL) > 0 "
                + "ORDER BY d.id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                candidates.add(new long[] {r.getLong(1), r.getLong(2)});
                dates.add(LocalDate.parse(r.getString(3)));
            }
        }
        int changed = 0;
        for (int i = 0; i < candidates.size(); i++) {
            long id = candidates.get(i)[0];
            long caseId = candidates.get(i)[1];
            LocalDate dated = dates.get(i);
            if (dated.isAfter(today) || History.versionsOf(c, "document", id).stream()
                    .anyMatch(v -> v.columns().containsKey("dated_on"))) {
                continue;
            }
            if (history.correct(c, "document", id, cc -> {
                try (PreparedStatement s = cc.prepareStatement("UPDATE document SET dated_on = ? WHERE id = ? "
                        + "AND case_id = ? AND deleted_at IS NULL AND dated_on IS NULL")) {
                    s.setString(1, dated.toString());
                    s.setLong(2, id);
                    s.setLong(3, caseId);
                    return s.executeUpdate();
                }
            })) {
                changed++;
            }
        }
        return changed;
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }
}
