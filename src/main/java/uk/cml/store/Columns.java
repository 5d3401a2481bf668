package uk.cml.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;

/** Reading and binding the optional date and id columns the letter tables are full of. */
final class Columns {

    private Columns() {
    }

    static void date(PreparedStatement s, int index, Optional<LocalDate> date) throws SQLException {
        s.setString(index, date.map(LocalDate::toString).orElse(null));
    }

    static void id(PreparedStatement s, int index, Optional<Long> id) throws SQLException {
        if (id.isPresent()) {
            s.setLong(index, id.get());
        } else {
            s.setNull(index, Types.INTEGER);
        }
    }

    static Optional<LocalDate> date(ResultSet r, String column) throws SQLException {
        String text = r.getString(column);
        return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text));
    }

    static Optional<Long> id(ResultSet r, String column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
