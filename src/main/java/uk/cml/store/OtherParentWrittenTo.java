package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The day the parent last wrote to the other parent: what settles the to-dos about dues missed under a private
 * arrangement, as a letter telling the CMS settles them in a CMS case ({@link CmsToldOfArrears}, by the same rule,
 * {@link uk.cml.domain.todo.TellTheCms#covers}). A letter is to the other parent when it went to them by name, as the
 * case holds it (case aside, as the letter writer tells it, {@code RecipientFit}): the app's letter to the other parent
 * is logged so, and a letter to them logged by hand names them too. A chasing letter is left out: it asks for a reply
 * to the letter it chases and tells of no due missed since, as a chase of a CMS letter tells the CMS of none.
 */
final class OtherParentWrittenTo {

    private OtherParentWrittenTo() {
    }

    /** The day the latest letter to the other parent was written, posted or not, if any (the bin's left out). */
    static Optional<LocalDate> lastLetter(Connection c, long caseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT l.to_name, l.written_on, k.other_parent_name FROM "
                + SentLetterStore.TABLE + " l JOIN case_file k ON k.id = l.case_id WHERE l.case_id = ? "
                + "AND l.deleted_at IS NULL AND l.chases IS NULL")) {
            s.setLong(1, caseId);
            Optional<LocalDate> latest = Optional.empty();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String otherParent = r.getString(3).strip();
                    LocalDate written = LocalDate.parse(r.getString(2));
                    if (!otherParent.isEmpty() && r.getString(1).strip().equalsIgnoreCase(otherParent)
                            && latest.filter(l -> !l.isBefore(written)).isEmpty()) {
                        latest = Optional.of(written);
                    }
                }
            }
            return latest;
        }
    }
}
