package uk.cml.ui.caseinfo;

import java.util.ArrayList;
import java.util.List;
import uk.cml.domain.UkFormats;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.ui.common.Messages;

/**
 * A case's arrangements in words: "Direct Pay", or "Collect and Pay until 31 Mar 2026, then Direct Pay from
 * 1 Apr 2026". A period with the same arrangement as the one before it adds nothing and is left out.
 */
final class ArrangementHistoryText {

    private ArrangementHistoryText() {
    }

    static String describe(ArrangementHistory history) {
        List<ArrangementHistory.Period> periods = history.periods();
        ArrangementHistory.Period latest = periods.get(periods.size() - 1);
        if (periods.size() == 1) {
            return latest.arrangement().label();
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i + 1 < periods.size(); i++) {
            parts.add(Messages.text("caseinfo.feeHistory.until", periods.get(i).arrangement().label(),
                    UkFormats.shortDate(periods.get(i + 1).starts().minusDays(1))));
        }
        return Messages.text("caseinfo.feeHistory.then", String.join(", ", parts),
                Messages.text("caseinfo.arrangementMove.from", latest.arrangement().label(),
                        UkFormats.shortDate(latest.starts())));
    }
}
