package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.FeeBasis;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.StatedArrears;

/**
 * The CMS arrears figures that received letters state: each an ordinary CMS figure (an {@code adjustment} row, so
 * every screen, letter and the pack compare it with the records) whose {@code from_letter} names its letter. Works
 * within the caller's transaction, so a letter and its figure are saved, binned or put back together.
 */
final class LetterFigures {

    private static final String COLUMNS = "id, made_on, amount_pence, note, fee_basis";

    private final PaymentStore payments;

    LetterFigures(PaymentStore payments) {
        this.payments = payments;
    }

    /**
     * Makes the letter's figure what it states: records it, corrects it (the earlier version kept, and only when
     * something changed), or, when the letter no longer gives one, moves it to the bin. A figure corrected on the
     * Payments page keeps its Collect and Pay basis and its note, unless the note still names the letter as it was.
     * Returns whether anything changed.
     */
    boolean match(Connection c, ReceivedLetter before, ReceivedLetter letter, Optional<StatedArrears> stated,
               String now) throws SQLException {
        Optional<Adjustment> saved = of(c, letter.id());
        if (stated.isEmpty()) {
            if (saved.isPresent()) {
                RowColumns.setDeleted(c, "adjustment", saved.get().id(), now);
            }
            return saved.isPresent();
        }
        StatedArrears figure = stated.get();
        String note = saved.map(Adjustment::note)
                .filter(n -> before == null || !n.equals(StatedArrears.noteFor(before)))
                .orElse(StatedArrears.noteFor(letter));
        Adjustment wanted = new Adjustment(saved.map(Adjustment::id).orElse(0L), figure.asAt(),
                AdjustmentKind.CMS_CONFIRMED_FIGURE, figure.amount(), note,
                saved.map(Adjustment::basis).orElse(FeeBasis.BEFORE_FEE));
        if (saved.isPresent() && saved.get().equals(wanted)) {
            return false;
        }
        if (saved.isPresent()) {
            return payments.correctAdjustment(c, letter.caseId(), wanted);
        }
        long id = payments.saveAdjustment(c, letter.caseId(), wanted);
        try (PreparedStatement link = c.prepareStatement("UPDATE adjustment SET from_letter = ? WHERE id = ?")) {
            link.setLong(1, letter.id());
            link.setLong(2, id);
            link.executeUpdate();
        }
        return true;
    }

    /** The figure a letter states, outside the bin. */
    Optional<Adjustment> of(Connection c, long letterId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM adjustment WHERE from_letter = ?"
                + " AND deleted_at IS NULL ORDER BY id DESC LIMIT 1")) {
            s.setLong(1, letterId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    /** What each of the case's received letters states, by letter id (figures in the bin left out). */
    Map<Long, StatedArrears> ofCase(Connection c, long caseId) throws SQLException {
        Map<Long, StatedArrears> stated = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT from_letter, made_on, amount_pence FROM adjustment"
                + " WHERE case_id = ? AND from_letter IS NOT NULL AND deleted_at IS NULL ORDER BY id")) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stated.put(r.getLong(1), new StatedArrears(Money.ofPence(r.getLong(3)),
                            LocalDate.parse(r.getString(2))));
                }
            }
        }
        return stated;
    }

    /**
     * Moves the letter's figure to the bin with it, at the same moment, or puts back the figure that went with it
     * ({@code putBackFrom} is when the letter went): a letter logged by mistake takes its figure with it.
     */
    void bin(Connection c, long letterId, String when, String putBackFrom) throws SQLException {
        RowColumns.binWithLetter(c, "adjustment", letterId, when, putBackFrom);
    }

    private static Adjustment read(ResultSet r) throws SQLException {
        return new Adjustment(r.getLong(1), LocalDate.parse(r.getString(2)), AdjustmentKind.CMS_CONFIRMED_FIGURE,
                Money.ofPence(r.getLong(3)), r.getString(4), FeeBasis.valueOf(r.getString(5)));
    }
}
