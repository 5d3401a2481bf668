package uk.cml.safety;

import java.util.List;
import uk.cml.domain.Words;

/**
 * What "Check records" found. Each problem is a sentence for the parent naming the record or file. Details to
 * correct are advice, not damage: details the app saved before a rule existed, which the Case page now refuses.
 * So are plans to check: plans whose first due is off the payment day of the plan before them.
 *
 * @param problems         empty when everything matched
 * @param detailsToCorrect one sentence per stored detail the case rules now refuse; empty when there are none
 * @param plansToCheck     one sentence per plan first due off the payment day of the plan before it; empty when none
 * @param journalEntries   how many journal entries were checked
 * @param records          how many live records were compared with the journal
 * @param documents        how many stored files were hashed again
 * @param fingerprint      the journal's fingerprint at the time of the check
 * @param anchorToStartAgain the anchor beside the records cannot vouch for them (missing though they had one, or
 *                         no longer held by their journal): the parent may restore a backup, or start it again
 * @param anchorRestarts   each time the parent started the anchor again: not a mismatch, but what the check cannot
 *                         vouch for before it, said with every verdict
 */
public record CheckReport(List<String> problems, List<String> detailsToCorrect, List<String> plansToCheck,
                          long journalEntries, long records, long documents, Fingerprint fingerprint,
                          boolean anchorToStartAgain, List<AnchorRestart> anchorRestarts) {

    public CheckReport(List<String> problems, List<String> detailsToCorrect, List<String> plansToCheck,
                       long journalEntries, long records, long documents, Fingerprint fingerprint) {
        this(problems, detailsToCorrect, plansToCheck, journalEntries, records, documents, fingerprint, false);
    }

    public CheckReport(List<String> problems, List<String> detailsToCorrect, List<String> plansToCheck,
                       long journalEntries, long records, long documents, Fingerprint fingerprint,
                       boolean anchorToStartAgain) {
        this(problems, detailsToCorrect, plansToCheck, journalEntries, records, documents, fingerprint,
                anchorToStartAgain, List.of());
    }

    public CheckReport {
        problems = List.copyOf(problems);
        detailsToCorrect = List.copyOf(detailsToCorrect);
        plansToCheck = List.copyOf(plansToCheck);
        anchorRestarts = List.copyOf(anchorRestarts);
    }

    /** Something listed for the parent: what does not match, what the check cannot vouch for, or advice. */
    public boolean anythingListed() {
        return !allMatch() || !anchorRestarts.isEmpty() || !detailsToCorrect.isEmpty() || !plansToCheck.isEmpty();
    }

    /** What does not match, then what the check cannot vouch for (the anchor started again): the findings listed. */
    public List<String> findings() {
        List<String> findings = new java.util.ArrayList<>(problems);
        anchorRestarts.forEach(restart -> findings.add(restart.sentence()));
        return findings;
    }

    /** Nothing changed outside the app: the records file is sound, whatever details need correcting. */
    public boolean allMatch() {
        return problems.isEmpty();
    }

    /** One short paragraph for the screen or the command line. */
    public String summary() {
        String counted = Words.text(documents == 1 ? "safety.check.countedOneFile" : "safety.check.counted", records,
                journalEntries, documents);
        String verdict = allMatch() ? (anchorRestarts.isEmpty()
                ? Words.text("safety.check.allMatch", counted, fingerprint.shortForm())
                : Words.text("safety.check.allMatchSinceRestart", counted, fingerprint.shortForm(),
                anchorRestarts.get(anchorRestarts.size() - 1).when()))
                : Words.text(problems.size() == 1 ? "safety.check.oneProblem" : "safety.check.problems",
                problems.size(), counted);
        String details = detailsToCorrect.isEmpty() ? verdict : verdict + " " + detailsSummary();
        return plansToCheck.isEmpty() ? details : details + " " + (plansToCheck.size() == 1
                ? Words.text("safety.check.onePlanToCheck") : Words.text("safety.check.plansToCheck", plansToCheck.size()));
    }

    private String detailsSummary() {
        int count = detailsToCorrect.size();
        if (allMatch()) {
            return count == 1 ? Words.text("safety.check.oneDetailToCorrect")
                    : Words.text("safety.check.detailsToCorrect", count);
        }
        return count == 1 ? Words.text("safety.check.alsoOneDetailToCorrect")
                : Words.text("safety.check.alsoDetailsToCorrect", count);
    }
}
