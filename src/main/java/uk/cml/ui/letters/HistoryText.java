package uk.cml.ui.letters;

import java.util.List;
import uk.cml.domain.UkFormats;
import uk.cml.store.History;

/** Says in words how a letter's record was corrected, for the "Earlier versions" button. */
final class HistoryText {

    private HistoryText() {
    }

    static String describe(List<History.EarlierVersion> versions) {
        if (versions.isEmpty()) {
            return "This record has not been corrected since it was first saved.";
        }
        StringBuilder text = new StringBuilder("Corrected " + versions.size()
                + (versions.size() == 1 ? " time." : " times.") + " Earlier versions are kept:");
        for (History.EarlierVersion version : versions) {
            String subject = version.columns().getOrDefault("subject",
                    version.columns().getOrDefault("summary", ""));
            text.append("\n- replaced on ").append(UkFormats.dateTime(version.amendedAt()));
            if (!subject.isBlank()) {
                text.append(": \"").append(subject.length() > 60 ? subject.substring(0, 60) + "..." : subject)
                        .append('"');
            }
        }
        return text.toString();
    }
}
