package uk.cml.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportChoicesTest {

    private final ImportChoices choices = new ImportChoices(ImportPreview.build(Fixtures.parsed("bank-paid-in-out.csv"),
            ImportMapping.guess(List.of("Date", "Type", "Description", "Paid out", "Paid in", "Balance")).orElseThrow()
                    .withPayers(List.of("J Smith")), LocalDate.of(2026, 12, 1), Optional.empty(), Set.of()));

    private List<Integer> lines() {
        return choices.toImport().stream().map(ImportedPayment::sourceLine).toList();
    }

    @Test
    void onlyThePayersRowsStartTickedAndAnyCanBeUnticked() {
        assertEquals(List.of(2, 4, 6), lines());
        choices.setTicked(choices.preview().rows().get(2), false);
        assertEquals(List.of(2, 6), lines());
    }

    @Test
    void selectAllShownTicksTheMoneyInShownButNeverMoneyOut() {
        assertEquals(4, choices.shown(ImportChoices.Shown.MONEY_IN).size());
        choices.tickAll(ImportChoices.Shown.EVERY_ROW);
        assertEquals(List.of(2, 4, 6, 8), lines());
        PreviewRow moneyOut = choices.preview().rows(RowStatus.MONEY_OUT).get(0);
        choices.setTicked(moneyOut, true);
        assertFalse(choices.isTicked(moneyOut));
        choices.untickAll();
        assertEquals(List.of(), choices.shown(ImportChoices.Shown.TICKED));
    }
}
