package uk.cml.store;

import java.util.Arrays;
import java.util.List;

/**
 * The payer names and references a parent kept in the import's "Money from" box, remembered per case so the next
 * import starts with them. Kept as one setting per case (one name a line); no table of its own is needed.
 */
public final class ImportPayerStore {

    private final SettingsStore settings;

    public ImportPayerStore(SettingsStore settings) {
        this.settings = settings;
    }

    public List<String> remembered(long caseId) {
        return settings.get(key(caseId))
                .map(text -> Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** Replaces what is remembered for the case; an empty list forgets it. */
    public void remember(long caseId, List<String> payers) {
        List<String> kept = payers.stream().map(p -> p.replace('\n', ' ').strip()).filter(p -> !p.isEmpty())
                .distinct().toList();
        if (kept.isEmpty()) {
            settings.remove(key(caseId));
        } else {
            settings.put(key(caseId), String.join("\n", kept));
        }
    }

    private static String key(long caseId) {
        return "import.payers.case." + caseId;
    }
}
