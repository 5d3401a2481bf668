package uk.cml.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sqlite.Function;

/**
 * For V031 only, frozen: the rule the app used up to V030 to read a letter received as only an acknowledgement of a
 * complaint or review request from the parent's own summary (the domain's ComplaintReading as of 5 Dec 2026, less its
 * "not a final response" part, which V031 checks on the final_response column). V031 answers the new question "Does
 * this letter only say the CMS has received your complaint?" Yes for the letters this rule read so, and only those,
 * so what the parent saw on Where it stands, in the pack and in their letters stays as it was. Never change it: a
 * changed rule would upgrade two copies of the same records differently.
 */
final class OldAcknowledgementWords {

    static final String FUNCTION = "cml_v031_acknowledgement";

    private static final Pattern ACKNOWLEDGEMENT = Pattern.compile("\\backnowledge?ments?\\b|acknowledg\\w* receipt"
            + "|acknowledg\\w* (my|the|your|our|their) (letter|review|request|complaint)|\\backs?\\b");
    private static final Pattern REPLY_TO_COME = Pattern.compile("received (my|your|the|our|their) "
            + "(letter|review|request|complaint)|(will|to) (reply|respond|write to (me|you)|send (a |the |its |their "
            + "|our )?(full )?(reply|response)) (by|within|in)\\b");
    private static final Pattern CALLED_A_REPLY = Pattern.compile("\\b(reply|response|answer|replied|responded)\\b"
            + "(?! (by|within|in)\\b)");
    private static final Pattern OUTCOME = Pattern.compile("apolog|upheld|uphold|outcome|consolatory|findings"
            + "|compensat|sorry|justified|refund|will pay|pay(ing)? (me|you)|put (it|this|things) right");

    private OldAcknowledgementWords() {
    }

    /** The old rule's reading of the summary alone (a letter said to be the final response was never one). */
    static boolean readAsAcknowledgement(String summary) {
        String words = summary == null ? "" : summary.strip().toLowerCase(Locale.UK);
        boolean says = ACKNOWLEDGEMENT.matcher(words).find()
                || REPLY_TO_COME.matcher(words).find() && !CALLED_A_REPLY.matcher(words).find();
        return says && !OUTCOME.matcher(words).find();
    }

    /** {@code cml_v031_acknowledgement(summary)}: 1 when the old rule read the summary as an acknowledgement, else 0. */
    static void register(Connection connection) throws SQLException {
        Function.create(connection, FUNCTION, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(readAsAcknowledgement(value_text(0)) ? 1 : 0);
            }
        });
    }
}
