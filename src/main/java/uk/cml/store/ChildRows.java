package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;

/** Each case's children (table {@code child}), in the parent's order. Package-private: only the case store uses it. */
final class ChildRows {

    private ChildRows() {
    }

    /**
     * Saves a corrected case's children in the order given: a new child added, each kept child's earlier version
     * kept before it is updated (a child saved again as it was records nothing), a child no longer listed marked
     * deleted (its earlier version kept too). Returns whether anything changed.
     */
    static boolean update(Connection c, History history, CaseFile caseFile, String now) throws SQLException {
        Set<Long> kept = new HashSet<>();
        boolean changed = false;
        int position = 0;
        for (Child child : caseFile.children()) {
            if (child.id() == 0) {
                insert(c, caseFile.id(), child, position++, now);
                changed = true;
                continue;
            }
            kept.add(child.id());
            int at = position++;
            changed |= history.correct(c, "child", child.id(), cc -> {
                try (PreparedStatement u = cc.prepareStatement("UPDATE child SET first_name = ?, date_of_birth = ?, "
                        + "position = ?, recorded_at = ? WHERE id = ?")) {
                    u.setString(1, child.firstName().strip());
                    u.setString(2, child.dateOfBirth().toString());
                    u.setInt(3, at);
                    u.setString(4, now);
                    u.setLong(5, child.id());
                    return u.executeUpdate();
                }
            });
        }
        for (Child existing : children(c, caseFile.id())) {
            if (!kept.contains(existing.id())) {
                history.keepEarlierVersion(c, "child", existing.id());
                try (PreparedStatement d = c.prepareStatement("UPDATE child SET deleted_at = ? WHERE id = ?")) {
                    d.setString(1, now);
                    d.setLong(2, existing.id());
                    d.executeUpdate();
                }
                changed = true;
            }
        }
        return changed;
    }

    static void insert(Connection c, long caseId, Child child, int position, String now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO child (case_id, first_name, date_of_birth, "
                + "position, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, caseId);
            insert.setString(2, child.firstName().strip());
            insert.setString(3, child.dateOfBirth().toString());
            insert.setInt(4, position);
            insert.setString(5, now);
            insert.executeUpdate();
        }
    }

    /** A case's children still listed, in their order. */
    static List<Child> children(Connection c, long caseId) throws SQLException {
        List<Child> children = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, first_name, date_of_birth FROM child "
                + "WHERE case_id = ? AND deleted_at IS NULL ORDER BY position, id")) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    children.add(new Child(r.getLong(1), r.getString(2), LocalDate.parse(r.getString(3))));
                }
            }
        }
        return children;
    }
}
