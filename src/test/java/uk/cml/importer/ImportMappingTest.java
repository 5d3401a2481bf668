package uk.cml.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportMappingTest {

    @Nested
    @DisplayName("guess from the header row")
    class Guess {
        @Test
        void ukBankPaidInAndPaidOut() {
            ImportMapping m = ImportMapping.guess(List.of("Date", "Type", "Description", "Paid out", "Paid in", "Balance"))
                    .orElseThrow();
            assertEquals(0, m.dateColumn());
            assertEquals(new AmountColumns.PaidInOut(4, OptionalInt.of(3)), m.amount());
            assertEquals(OptionalInt.of(2), m.descriptionColumn());
            assertEquals(0, m.headerRow());
            assertEquals(List.of(), m.payers());
        }

        @Test
        void creditAndDebitWithAwkwardSpelling() {
            ImportMapping m = ImportMapping.guess(List.of("Transaction Date", "Posting Date", "DEBIT", " Credit (£) ",
                    "Memo")).orElseThrow();
            assertEquals(0, m.dateColumn());
            assertEquals(new AmountColumns.PaidInOut(3, OptionalInt.of(2)), m.amount());
            assertEquals(OptionalInt.of(4), m.descriptionColumn());
        }

        @Test
        void transactionDateIsPreferredWhereverItIs() {
            assertEquals(1, ImportMapping.guess(List.of("Posting Date", "Transaction Date", "Amount")).orElseThrow()
                    .dateColumn());
        }

        @Test
        void moneyInWithoutAPaidOutColumn() {
            ImportMapping m = ImportMapping.guess(List.of("Date", "Money in", "Name")).orElseThrow();
            assertEquals(new AmountColumns.PaidInOut(1, OptionalInt.empty()), m.amount());
            assertEquals(OptionalInt.of(2), m.descriptionColumn());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Date,Amount,Description       | 0 | 1 | 2",
            "Amount (GBP),Details,Date     | 2 | 0 | 1",
            "date;amount;reference         | 0 | 1 | 2",
            "Payee,Date,Amount             | 1 | 2 | 0",
            "Payment date,Amount,Notes     | 0 | 1 | 2",
            "Date of payment,Amount,Memo   | 0 | 1 | 2",
        })
        void singleAmountColumn(String header, int date, int amount, int description) {
            ImportMapping m = ImportMapping.guess(List.of(header.split("[,;]"))).orElseThrow();
            assertEquals(date, m.dateColumn());
            assertEquals(new AmountColumns.Single(amount), m.amount());
            assertEquals(OptionalInt.of(description), m.descriptionColumn());
        }

        @Test
        void descriptionIsOptional() {
            assertEquals(OptionalInt.empty(), ImportMapping.guess(List.of("Date", "Amount")).orElseThrow()
                    .descriptionColumn());
        }

        @Test
        void descriptionBeatsReferenceWhenBothExist() {
            assertEquals(OptionalInt.of(3), ImportMapping.guess(List.of("Date", "Amount", "Reference", "Description"))
                    .orElseThrow().descriptionColumn());
        }

        @Test
        void nothingWhenThereIsNoDateOrNoAmount() {
            assertEquals(Optional.empty(), ImportMapping.guess(List.of("Amount", "Description")));
            assertEquals(Optional.empty(), ImportMapping.guess(List.of("Date", "Description")));
            assertEquals(Optional.empty(), ImportMapping.guess(List.of("22/11/2026", "50.00", "J Smith")));
        }
    }

    @Test
    void payersAreTrimmedDeduplicatedAndNeverNull() {
        ImportMapping m = ImportMapping.of(0, 1, OptionalInt.empty());
        assertEquals(List.of("smith"), m.withPayers(List.of("  smith ", "", "smith")).payers());
        assertEquals(List.of(), m.withPayers(null).payers());
    }

    @Test
    void revolutsColumnsCompletedDateDebitCreditAndState() {
        ImportMapping revolut = ImportMapping.guess(List.of("Type", "Product", "Started Date", "Completed Date",
                "Description", "Amount", "Fee", "Currency", "State", "Balance")).orElseThrow();
        assertEquals(3, revolut.dateColumn());
        assertEquals(OptionalInt.of(8), revolut.stateColumn());
        ImportMapping midata = ImportMapping.guess(List.of("Date", "Type", "Merchant/Description", "Debit/Credit",
                "Balance")).orElseThrow();
        assertEquals(new AmountColumns.Single(3), midata.amount());
        assertEquals(OptionalInt.of(2), midata.descriptionColumn());
    }

    @Test
    void thePayersNameBeatsTheReference() {
        assertEquals(OptionalInt.of(1), ImportMapping.guess(List.of("Date", "Counter Party", "Reference", "Type",
                "Amount (GBP)")).orElseThrow().descriptionColumn());
        assertEquals(OptionalInt.of(4), ImportMapping.guess(List.of("Transaction ID", "Date", "Time", "Type", "Name",
                "Amount", "Description")).orElseThrow().descriptionColumn());
    }

    @Test
    void refusesNegativeColumns() {
        assertThrows(IllegalArgumentException.class, () -> ImportMapping.of(-1, 1, OptionalInt.empty()));
        assertThrows(IllegalArgumentException.class, () -> new AmountColumns.PaidInOut(1, OptionalInt.of(-2)));
    }
}
