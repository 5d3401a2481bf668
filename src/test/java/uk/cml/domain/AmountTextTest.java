package uk.cml.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How an amount typed in a form is read: the CSV importer reads the number the same way (AmountReaderTest). */
class AmountTextTest {

    @ParameterizedTest(name = "''{0}'' is {1}p")
    @CsvSource(delimiter = '|', value = {
        "12            | 1200",
        "12.5          | 1250",
        "0.01          | 1",
        "' 40.00 '     | 4000",
        "'£1,234.56'   | 123456",
        "'1,250.00'    | 125000",
        "'1,250'       | 125000",
        "'£ 1,000'     | 100000",
        "'1,234,567.89'| 123456789",
        ".50           | 50",
        "-5.00         | -500",
        "-£5           | -500",
        "£-5           | -500",
    })
    void readsAmountsWrittenTheUkWay(String typed, long pence) {
        assertEquals(Optional.of(Money.ofPence(pence)), AmountText.read(typed).money());
    }

    /** The reviewer's case: "12,50" was read as £1,250.00 and "1,00" as £100.00. */
    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
        "'12,50'       | COMMA",
        "'1,00'        | COMMA",
        "'1,2,3'       | COMMA",
        "'12,5'        | COMMA",
        "'1234,567'    | COMMA",
        "'1,23.00'     | COMMA",
        "'£0,50'       | COMMA",
        "',50'         | COMMA",
        "''            | EMPTY",
        "'   '         | EMPTY",
        "1.234         | DECIMALS",
        "'1,234.567'   | DECIMALS",
        "99999999999999 | TOO_LONG",
        "abc           | NOT_MONEY",
        "1.2.3         | NOT_MONEY",
        "£             | NOT_MONEY",
        "12p           | NOT_MONEY",
        "1e5           | NOT_MONEY",
        "12£           | NOT_MONEY",
        ".             | NOT_MONEY",
        "--5           | NOT_MONEY",
    })
    void refusesAnythingElseAndSaysWhy(String typed, AmountText.Problem problem) {
        AmountText.Reading reading = AmountText.read(typed);
        assertTrue(reading.money().isEmpty(), typed);
        assertEquals(Optional.of(problem), reading.problem());
    }
}
