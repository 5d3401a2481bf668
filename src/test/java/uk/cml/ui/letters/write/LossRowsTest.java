package uk.cml.ui.letters.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.letters.templates.LossItem;

class LossRowsTest {

    @Test
    void aRowLeftEmptyIsNoLossAndAGoodOneIsClaimedToThePenny() {
        List<LossItem> items = LossRows.items(List.of(new LossRows.Row(" ", "", ""),
                new LossRows.Row("Overdraft charges, October 2026", "3 charges of £6.00", "£18.00")));
        assertEquals(List.of(new LossItem("Overdraft charges, October 2026", Money.ofPence(1800),
                "3 charges of £6.00")), items);
    }

    @Test
    void aRowWithoutAGoodAmountIsClaimedWithTheAmountMissingSoTheLetterAsksForIt() {
        List<LossItem> items = LossRows.items(List.of(new LossRows.Row("Late fee", "", "12.5.0"),
                new LossRows.Row("Bank charge", "statement", "")));
        assertEquals(2, items.size());
        assertEquals(null, items.get(0).amount());
        assertEquals(null, items.get(1).amount());
    }

    @Test
    void aWrongAmountIsExplainedAndZeroIsRefused() {
        assertEquals(Optional.empty(), LossRows.amountProblem(""));
        assertEquals(Optional.empty(), LossRows.amountProblem("1,234.50"));
        assertTrue(LossRows.amountProblem("twelve").isPresent());
        assertEquals(Optional.of("Enter an amount more than £0.00, or remove this line."),
                LossRows.amountProblem("0"));
    }
}
