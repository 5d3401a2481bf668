package uk.cml.ui.caseinfo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.ui.common.Messages;

/** A case's Collect and Pay rates in words: "4%", or "4% until 28 Feb 2027, then 2%". */
final class FeeHistoryText {

    private FeeHistoryText() {
    }

    static String percent(BigDecimal percent) {
        return Messages.text("caseinfo.feeHistory.percent", percent.stripTrailingZeros().toPlainString());
    }

    /** The rates oldest first; a rate the same as the one before it adds nothing and is left out. */
    static String describe(FeeRule fee) {
        List<Map.Entry<LocalDate, BigDecimal>> rates = new ArrayList<>();
        for (Map.Entry<LocalDate, BigDecimal> rate : fee.percentFrom().entrySet()) {
            if (rates.isEmpty() || rates.get(rates.size() - 1).getValue().compareTo(rate.getValue()) != 0) {
                rates.add(rate);
            }
        }
        if (rates.isEmpty()) {
            return percent(BigDecimal.ZERO);
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i + 1 < rates.size(); i++) {
            LocalDate lastDay = rates.get(i + 1).getKey().minusDays(1);
            parts.add(Messages.text("caseinfo.feeHistory.until", percent(rates.get(i).getValue()),
                    UkFormats.shortDate(lastDay)));
        }
        String latest = percent(rates.get(rates.size() - 1).getValue());
        return parts.isEmpty() ? latest
                : Messages.text("caseinfo.feeHistory.then", String.join(", ", parts), latest);
    }
}
