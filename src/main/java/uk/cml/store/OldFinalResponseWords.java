package uk.cml.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sqlite.Function;

/**
 * For V030 only, frozen: the rule the app used up to V029 to read a letter received as the CMS's final response from
 * the parent's own summary ("final response" in it, and no words saying one is still to come). V030 answers the new
 * question "Does this letter say it is the CMS's final response to your complaint?" Yes for the letters this rule
 * read so, and only those, so what the parent saw on Where it stands and in their letters stays as it was. Never
 * change it: a changed rule would upgrade two copies of the same records differently.
 */
final class OldFinalResponseWords {

    static final String FUNCTION = "cml_v027_final_response";

    private static final Pattern FINAL_RESPONSE = Pattern.compile("\\bfinal response\\b");
    private static final Pattern NOT_FINAL = Pattern.compile("\\backnowledge?ment\\b"
            + "|acknowledg\\w* (receipt|my (letter|review|request|complaint))"
            + "|final response (is |will be )?(to follow|to come|will follow|later|soon|within)"
            + "|(will|to) (send|give|issue|make) (you |me )?(a |the |its |their |our )?final response"
            + "|not (yet )?(a|the|its|their|our) final response|no final response");

    private OldFinalResponseWords() {
    }

    static boolean readAsFinal(String summary) {
        String words = summary == null ? "" : summary.strip().toLowerCase(Locale.UK);
        return FINAL_RESPONSE.matcher(words).find() && !NOT_FINAL.matcher(words).find();
    }

    /** {@code cml_v027_final_response(summary)}: 1 when the old rule read the summary as a final response, else 0. */
    static void register(Connection connection) throws SQLException {
        Function.create(connection, FUNCTION, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(readAsFinal(value_text(0)) ? 1 : 0);
            }
        });
    }
}
