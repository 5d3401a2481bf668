package uk.cml.safety;

import java.util.List;
import uk.cml.domain.Words;

/**
 * What "Check records" found. Each problem is a sentence for the parent naming the record or file.
 *
 * @param problems         empty when everything matched
 * @param journalEntries   how many journal entries were checked
 * @param records          how many live records were compared with the journal
 * @param documents        how many stored files were hashed again
 * @param fingerprint      the journal's fingerprint at the time of the check
 */
public record CheckReport(List<String> problems, long journalEntries, long records, long documents,
                          Fingerprint fingerprint) {

    public CheckReport {
        problems = List.copyOf(problems);
    }

    public boolean allMatch() {
        return problems.isEmpty();
    }

    /** One short paragraph for the screen or the command line. */
    public String summary() {
        String counted = Words.text(documents == 1 ? "safety.check.countedOneFile" : "safety.check.counted", records,
                journalEntries, documents);
        if (allMatch()) {
            return Words.text("safety.check.allMatch", counted, fingerprint.shortForm());
        }
        return Words.text(problems.size() == 1 ? "safety.check.oneProblem" : "safety.check.problems",
                problems.size(), counted);
    }
}
