package uk.cml.ui.payments;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.TextLimit;
import uk.cml.domain.Validated;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.AmountRules;
import uk.cml.ui.common.Messages;

/**
 * Checks an adjustment typed on the form; the amount is read by the same rules as a payment's. A CMS figure may be £0.00 (the CMS says nothing is owed), and so may a settlement
 * (everything agreed was paid before the agreement date); a write-off or offset may not.
 */
final class AdjustmentChecks {

    static final String KIND = "kind";
    static final String DATE = "date";
    static final String AMOUNT = "amount";
    static final String NOTE = "note";

    private AdjustmentChecks() {
    }

    static Map<String, String> problems(AdjustmentKind kind, Optional<LocalDate> date, boolean dateUnreadable,
                                        String amount, LocalDate today) {
        return problems(kind, date, dateUnreadable, amount, "", today);
    }

    /** As above, with the note, which must fit {@link TextLimit#NOTE}. */
    static Map<String, String> problems(AdjustmentKind kind, Optional<LocalDate> date, boolean dateUnreadable,
                                        String amount, String note, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == null) {
            problems.put(KIND, Messages.text("payments.adjustmentChecks.chooseWhatKindOfChange"));
        }
        if (dateUnreadable) {
            problems.put(DATE, Messages.text("payments.adjustmentChecks.thatIsNotADate"));
        } else if (date.isEmpty()) {
            problems.put(DATE, Messages.text(kind == AdjustmentKind.CMS_CONFIRMED_FIGURE
                    ? "payments.adjustmentChecks.enterTheAsAtDate" : "payments.adjustmentChecks.enterTheDateOfThe"));
        } else if (date.get().isAfter(today)) {
            problems.put(DATE, Messages.text("payments.adjustmentChecks.thisDateIsInThe"));
        }
        Validated<Money> money = AmountRules.typed(amount, Messages.text("payments.adjustmentChecks.theAmount"));
        if (!money.isOk()) {
            problems.put(AMOUNT, money.problem().orElseThrow());
        } else if (money.value().isNegative() || money.value().isZero() && kind != AdjustmentKind.CMS_CONFIRMED_FIGURE
                && kind != AdjustmentKind.PART_PAYMENT_SETTLEMENT) {
            problems.put(AMOUNT, Messages.text("payments.adjustmentChecks.enterAnAmountMoreThan"));
        }
        TextLimit.NOTE.problem(note).ifPresent(problem -> problems.put(NOTE, problem));
        return problems;
    }

    /**
     * The words under the date for a kind of change. A CMS figure is what the CMS says was owed on a day ("arrears
     * as at 30 September"), often earlier than the letter's own date: that day is the one set against the records,
     * so it is the one asked for. Anything else happened on the date the letter or agreement gives.
     */
    static String dateHint(AdjustmentKind kind) {
        return Messages.text(kind == AdjustmentKind.CMS_CONFIRMED_FIGURE ? "payments.adjustmentChecks.asAtHint"
                : "payments.adjustmentPanel.theDateOnTheCms");
    }

    static Money amount(String typed) {
        return AmountRules.read(typed);
    }
}
