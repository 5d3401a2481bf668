package uk.cml.ui.letters.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.Validated;
import uk.cml.domain.arrears.AmountRules;
import uk.cml.letters.templates.LossItem;
import uk.cml.ui.common.Messages;

/**
 * The money a parent lost because of the CMS's mistakes or delays, as typed in the letter writer's rows: what the
 * complaint letters claim under "Money I lost". A row left empty is not a loss; a row with a part missing goes into
 * the letter with that part in [brackets], so the PDF waits until it is given.
 */
final class LossRows {

    /** One row as typed: what was lost, how the amount was worked out, and the amount. */
    record Row(String what, String howWorkedOut, String amount) {

        boolean isEmpty() {
            return what.isBlank() && howWorkedOut.isBlank() && amount.isBlank();
        }
    }

    private LossRows() {
    }

    static List<LossItem> items(List<Row> rows) {
        List<LossItem> items = new ArrayList<>();
        for (Row row : rows) {
            if (!row.isEmpty()) {
                Money amount = !row.amount().isBlank() && amountProblem(row.amount()).isEmpty()
                        ? AmountRules.read(row.amount()) : null;
                items.add(new LossItem(row.what(), amount, row.howWorkedOut()));
            }
        }
        return items;
    }

    /** What is wrong with a typed amount, in the parent's words; nothing for a good one or a row not begun. */
    static Optional<String> amountProblem(String typed) {
        if (typed.isBlank()) {
            return Optional.empty();
        }
        Validated<Money> money = AmountRules.typed(typed, Messages.text("letters.losses.theAmountLost"));
        if (money.isOk() && !money.value().isPositive()) {
            return Optional.of(Messages.text("letters.losses.moreThanZero"));
        }
        return money.problem();
    }
}
