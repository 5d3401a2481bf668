package uk.cml.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @Nested
    @DisplayName("format")
    class Format {
        @ParameterizedTest
        @CsvSource({"0,£0.00", "5,£0.05", "123456,'£1,234.56'", "-500,-£5.00", "10000000000,'£100,000,000.00'"})
        void writesUkStyle(long pence, String expected) {
            assertEquals(expected, Money.ofPence(pence).format());
        }
    }

    @Test
    void percentRoundsHalfUpToThePenny() {
        // 4% of £10.13 = 40.52p -> 41p; 4% of £12.50 = 50p exactly; 4% of £0.13 = 0.52p -> 1p
        assertEquals(Money.ofPence(41), Money.ofPence(1013).percent(new BigDecimal("4")));
        assertEquals(Money.ofPence(50), Money.ofPence(1250).percent(new BigDecimal("4")));
        assertEquals(Money.ofPence(1), Money.ofPence(13).percent(new BigDecimal("4")));
        assertEquals(Money.ofPence(2), Money.ofPence(12).percent(new BigDecimal("12.5")));
    }

    @Test
    void refusesFractionsOfAPenny() {
        assertThrows(ArithmeticException.class, () -> Money.of(new BigDecimal("1.005")));
    }
}
