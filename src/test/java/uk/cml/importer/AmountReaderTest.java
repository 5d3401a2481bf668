package uk.cml.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.cml.domain.Money;

class AmountReaderTest {

    @ParameterizedTest(name = "''{0}'' is {1}p")
    @CsvSource(delimiter = '|', value = {
        "12.34          | 1234",
        "12             | 1200",
        "12.5           | 1250",
        "0.07           | 7",
        ".50            | 50",
        "£1,234.56      | 123456",
        "'1,234.56'     | 123456",
        "'1,234,567.00' | 123456700",
        "£ 45.50        | 4550",
        "GBP 45.50      | 4550",
        "+12.00         | 1200",
        "-12.00         | -1200",
        "-£12.00        | -1200",
        "£-12.00        | -1200",
        "12.00-         | -1200",
        "(12.00)        | -1200",
        "(£1,000.00)    | -100000",
        "12.00 CR       | 1200",
        "12.00CR        | 1200",
        "12.00 cr       | 1200",
        "12.00 DR       | -1200",
        "' 40.00 '      | 4000",
        "0.00           | 0",
    })
    void readsUkForms(String text, long pence) {
        assertEquals(Money.ofPence(pence), AmountReader.read(text).value());
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "12.345  | the amount '12.345' has more than two decimal places.",
        "£0.001  | the amount '£0.001' has more than two decimal places.",
        "'12,34' | the amount '12,34' is not clear. Write pence after a full stop, like 12.34.",
        "'1,23.00' | the amount '1,23.00' is not clear. Write pence after a full stop, like 12.34.",
        "fifty   | the amount 'fifty' is not an amount of money.",
        "12p     | the amount '12p' is not an amount of money.",
        "1e5     | the amount '1e5' is not an amount of money.",
        "1.2.3   | the amount '1.2.3' is not an amount of money.",
        "£       | the amount '£' is not an amount of money.",
        "-       | the amount '-' is not an amount of money.",
        "99999999999999 | the amount '99999999999999' is far too large to be a payment.",
        "''      | there is no amount.",
    })
    void explainsWhatIsWrong(String text, String problem) {
        assertEquals(problem, AmountReader.read(text).problem().orElseThrow());
    }
}
