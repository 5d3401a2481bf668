package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.FeeBasis;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;

/** Reads plan, payment and adjustment rows into domain records. Package-private: only the stores use it. */
final class PaymentRows {

    /** "IS NULL" for the live records, "IS NOT NULL" for the bin. */
    static String deleted(boolean inBin) {
        return inBin ? "deleted_at IS NOT NULL" : "deleted_at IS NULL";
    }

    private PaymentRows() {
    }

    static List<PaymentPlan> plans(Connection c, long caseId, boolean inBin) throws SQLException {
        List<PaymentPlan> plans = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, amount_pence, frequency, first_due, source "
                + "FROM payment_plan WHERE case_id = ? AND " + deleted(inBin) + " ORDER BY first_due, id")) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    plans.add(new PaymentPlan(r.getLong(1), Money.ofPence(r.getLong(2)),
                            PaymentFrequency.valueOf(r.getString(3)), LocalDate.parse(r.getString(4)), r.getString(5)));
                }
            }
        }
        return plans;
    }

    static List<Payment> payments(Connection c, long caseId, boolean inBin) throws SQLException {
        List<Payment> payments = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, paid_on, amount_pence, method, reference, note, "
                + "for_due FROM payment WHERE case_id = ? AND " + deleted(inBin) + " ORDER BY paid_on, id")) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    payments.add(new Payment(r.getLong(1), LocalDate.parse(r.getString(2)),
                            Money.ofPence(r.getLong(3)), PaymentMethod.valueOf(r.getString(4)), r.getString(5),
                            r.getString(6), Optional.ofNullable(r.getString(7)).map(LocalDate::parse)));
                }
            }
        }
        return payments;
    }

    static List<Adjustment> adjustments(Connection c, long caseId, boolean inBin) throws SQLException {
        List<Adjustment> adjustments = new ArrayList<>();
        // A figure a letter states carries the letter's date (else the day it came), for the tie of two figures as
        // at one day (Adjustment.LATER_STATEMENT_LAST); a letter in the bin takes its figure with it.
        try (PreparedStatement s = c.prepareStatement("SELECT a.id, a.made_on, a.kind, a.amount_pence, a.note, "
                + "a.fee_basis, COALESCE(l.dated_on, l.received_on) FROM adjustment a "
                + "LEFT JOIN letter_received l ON l.id = a.from_letter WHERE a.case_id = ? AND "
                + "a." + deleted(inBin) + " ORDER BY a.made_on, a.id")) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    adjustments.add(new Adjustment(r.getLong(1), LocalDate.parse(r.getString(2)),
                            AdjustmentKind.valueOf(r.getString(3)), Money.ofPence(r.getLong(4)), r.getString(5),
                            FeeBasis.valueOf(r.getString(6)), Optional.ofNullable(r.getString(7))
                                    .map(LocalDate::parse)));
                }
            }
        }
        return adjustments;
    }

    /**
     * The case's fee with its dates: payments that came through the CMS are worked back at the rate of their day
     * whatever the arrangement then or now; the fee on a due applies only if the case was under Collect and Pay on its
     * date.
     */
    /**
     * {@code calculator} allowing the working days the facts table gives for the CMS to pass on a Collect and Pay
     * payment ({@code collect_and_pay.pass_on.working_days}), read on {@code c} with the rest of the case's records,
     * so a figure corrected on Settings counts from the next reading. A row gone or spoilt (only a change made outside
     * the app can do that) fails as the other facts do, never replaced by a figure kept in code; while the records
     * are being upgraded to the version that adds it ({@code required} false), {@code calculator} as it is.
     */
    static uk.cml.domain.arrears.ArrearsCalculator withPassOn(Connection c,
            uk.cml.domain.arrears.ArrearsCalculator calculator, boolean required) throws SQLException {
        uk.cml.domain.standing.TimeLimit limit = uk.cml.domain.standing.TimeLimit.COLLECT_AND_PAY_PASS_ON;
        String value = null;
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM cms_fact WHERE key = ?")) {
            s.setString(1, limit.key());
            try (ResultSet r = s.executeQuery()) {
                value = r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            if (required) {
                throw e;
            }
        }
        if (value != null && value.strip().matches("[0-9]{1,4}")) {
            return calculator.withPassOn(Integer.parseInt(value.strip()));
        }
        if (!required) {
            return calculator;
        }
        throw new StoreException(uk.cml.domain.Words.text("store.standing.factsMissing", limit.meaning()));
    }

    static FeeRule fee(Connection c, long caseId) throws SQLException {
        return FeeRows.rule(c, caseId);
    }

    static long insertedId(PreparedStatement insert) throws SQLException {
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
