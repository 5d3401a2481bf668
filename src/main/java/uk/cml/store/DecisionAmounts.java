package uk.cml.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.cml.domain.todo.AmountAfterDecision;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;
import uk.cml.domain.todo.TodoSource;

/**
 * The Overview's "add the new amount" after a CMS calculation ({@link AmountAfterDecision}), and the parent's answer
 * that a decision did not change the amount, kept on the decision's row ({@code cms_decision.amount_unchanged_on})
 * with its earlier version in the history.
 */
public final class DecisionAmounts implements TodoSource {

    private final Database database;
    private final History history;
    private final Clock clock;
    private final StandingStore standing;
    private final PaymentStore payments;

    public DecisionAmounts(Database database, History history, Clock clock, StandingStore standing,
            PaymentStore payments) {
        this.database = database;
        this.history = history;
        this.clock = clock;
        this.standing = standing;
        this.payments = payments;
    }

    @Override
    public List<TodoItem> todos(long caseId, LocalDate today) {
        return AmountAfterDecision.todos(standing.decisions(caseId), payments.plans(caseId), saidUnchanged(caseId));
    }

    /** The decisions of the case the parent said did not change the amount. */
    public Set<Long> saidUnchanged(long caseId) {
        return database.read(c -> {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM cms_decision WHERE case_id = ? AND "
                    + "deleted_at IS NULL AND amount_unchanged_on IS NOT NULL")) {
                s.setLong(1, caseId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** The parent says decision {@code decisionId} did not change the amount: its to-do goes. */
    public void sayUnchanged(long decisionId) {
        database.inTransaction(c -> {
            history.keepEarlierVersion(c, "cms_decision", decisionId);
            try (PreparedStatement s = c.prepareStatement("UPDATE cms_decision SET amount_unchanged_on = ? "
                    + "WHERE id = ? AND amount_unchanged_on IS NULL")) {
                s.setString(1, LocalDate.now(clock).toString());
                s.setLong(2, decisionId);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public boolean dismiss(TodoItem item) {
        if (item.kind() != TodoKind.CHECK_AMOUNT_AFTER_DECISION) {
            return false;
        }
        sayUnchanged(item.sourceId());
        return true;
    }
}
