package uk.cml.safety;

import java.util.List;

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
        String counted = "Checked " + records + " records, " + journalEntries + " journal entries and " + documents
                + (documents == 1 ? " stored file." : " stored files.");
        if (allMatch()) {
            return "Everything matches. " + counted + " Nothing has been changed outside the app. Record fingerprint "
                    + fingerprint.shortForm() + ".";
        }
        return problems.size() + (problems.size() == 1 ? " thing does not match. " : " things do not match. ")
                + counted + " If you did not make these changes yourself, restore a backup made before them, "
                + "and keep this list.";
    }
}
