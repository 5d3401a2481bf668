package uk.cml.domain.correspondence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.cml.domain.Money;

class OfferedAmountTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Jordan offers £600 in full and final settlement                      | 600.00",
        "Offer: £1,250.50 to settle the arrears                              | 1250.50",
        "Offers £300 against arrears of £1,450                               | 300.00",
        "Arrears of £1,450; Jordan has offered to pay £300                   | 300.00",
        "Jordan offered £300, then £350                                      | ''",
        "Arrears of £1,450 and £300 offered                                  | ''",
        "Part payment offered, no amount given                               | ''",
        "£600 offered, £600 to be paid by 1 Dec                              | 600.00"})
    @DisplayName("one amount, or the one straight after a word of offering; else none rather than a wrong one")
    void reads(String summary, String pounds) {
        assertEquals(pounds.isEmpty() ? Optional.empty() : Optional.of(Money.of(new BigDecimal(pounds))),
                OfferedAmount.in(summary));
    }
}
