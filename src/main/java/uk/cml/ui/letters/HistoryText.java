package uk.cml.ui.letters;

import java.util.List;
import uk.cml.domain.UkFormats;
import uk.cml.store.History;
import uk.cml.ui.common.Messages;

/** Says in words how a letter's record was corrected, for the "Earlier versions" button. */
final class HistoryText {

    private HistoryText() {
    }

    static String describe(List<History.EarlierVersion> versions) {
        if (versions.isEmpty()) {
            return Messages.text("letters.historyText.thisRecordHasNotBeen");
        }
        StringBuilder text = new StringBuilder(versions.size() == 1
                ? Messages.text("letters.historyText.correctedTime", versions.size())
                : Messages.text("letters.historyText.correctedTimes", versions.size()));
        for (History.EarlierVersion version : versions) {
            String subject = version.columns().getOrDefault("subject",
                    version.columns().getOrDefault("summary", ""));
            text.append(Messages.text("letters.historyText.replacedOn"))
                    .append(UkFormats.dateTime(version.amendedAt()));
            if (!subject.isBlank()) {
                text.append(": \"").append(subject.length() > 60 ? subject.substring(0, 60) + "…" : subject)
                        .append('"');
            }
        }
        return text.toString();
    }
}
