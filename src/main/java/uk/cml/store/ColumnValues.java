package uk.cml.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.TextLimit;

/**
 * The values one save writes, by column name: builds the INSERT or UPDATE and binds the values in the same
 * order, so a long statement cannot have its question marks and values out of step.
 */
final class ColumnValues {

    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Text, a whole number, a flag (1 or 0), a date or moment (ISO text), or an Optional of one; null is NULL. */
    ColumnValues put(String column, Object value) {
        values.put(column, value instanceof Optional<?> optional ? optional.orElse(null) : value);
        return this;
    }

    /** Text the parent typed, refused (nothing saved) when longer than its form allows: see {@link TypedText}. */
    ColumnValues text(String column, String value, TextLimit limit) {
        return put(column, value == null ? null : TypedText.within(limit, value));
    }

    String insertInto(String table) {
        return "INSERT INTO " + table + " (" + String.join(", ", values.keySet()) + ") VALUES ("
                + String.join(", ", values.keySet().stream().map(c -> "?").toList()) + ")";
    }

    /** "UPDATE table SET a = ?, b = ?" for the caller to add its WHERE (whose values bind after these). */
    String update(String table) {
        List<String> sets = new ArrayList<>();
        values.keySet().forEach(c -> sets.add(c + " = ?"));
        return "UPDATE " + table + " SET " + String.join(", ", sets);
    }

    /** True when both hold the same answers, as they would be written; when each was saved does not count. */
    boolean sameAnswers(ColumnValues other) {
        return sameAnswers(other, java.util.Set.of());
    }

    /** {@link #sameAnswers(ColumnValues)}, where the {@code ignored} columns do not count either. */
    boolean sameAnswers(ColumnValues other, java.util.Set<String> ignored) {
        return answers(ignored).equals(other.answers(ignored));
    }

    private Map<String, String> answers(java.util.Set<String> ignored) {
        Map<String, String> answers = new LinkedHashMap<>();
        values.forEach((column, value) -> {
            if (!column.equals("recorded_at") && !ignored.contains(column)) {
                answers.put(column, value == null ? null : value instanceof Boolean flag ? (flag ? "1" : "0")
                        : value instanceof Enum<?> e ? e.name() : value.toString());
            }
        });
        return answers;
    }

    /** Binds every value from index 1; returns the next free index. */
    int bind(PreparedStatement s) throws SQLException {
        int index = 1;
        for (Object value : values.values()) {
            if (value == null) {
                s.setNull(index, Types.NULL);
            } else if (value instanceof Boolean flag) {
                s.setInt(index, flag ? 1 : 0);
            } else if (value instanceof Long || value instanceof Integer) {
                s.setLong(index, ((Number) value).longValue());
            } else if (value instanceof String || value instanceof LocalDate || value instanceof LocalDateTime
                    || value instanceof Enum<?>) {
                s.setString(index, value instanceof Enum<?> e ? e.name() : value.toString());
            } else {
                throw new IllegalArgumentException("No column type for " + value.getClass().getName());
            }
            index++;
        }
        return index;
    }
}
