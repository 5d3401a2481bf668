package uk.cml.importer;

import java.util.Locale;
import uk.cml.domain.AmountText;
import uk.cml.domain.Money;
import uk.cml.domain.Validated;
import uk.cml.domain.Words;

/**
 * Reads an amount as UK spreadsheets and banks write it: 12.34, £1,234.56, -12.00, (12.00) for money out,
 * 12.00 CR for money in and 12.00 DR for money out. The sign is kept; the caller decides what a negative means.
 * The number itself is read as the forms read it ({@link AmountText}): commas only as thousands separators, so
 * a European "12,34" is never read as twelve hundred pounds. Problems are the end of a sentence, for the caller
 * to start with "Row 3: ".
 */
public final class AmountReader {

    private AmountReader() {
    }

    public static Validated<Money> read(String text) {
        String cell = text == null ? "" : text.strip();
        if (cell.isEmpty()) {
            return Validated.problem(Words.text("importer.amount.none"));
        }
        String s = cell.toUpperCase(Locale.UK);
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.endsWith("CR")) {
            s = s.substring(0, s.length() - 2).strip();
        } else if (s.endsWith("DR")) {
            negative = !negative;
            s = s.substring(0, s.length() - 2).strip();
        }
        s = s.replace("£", "").replace("GBP", "").replace(" ", "");
        if (s.startsWith("-") || s.endsWith("-")) {
            negative = !negative;
            s = s.startsWith("-") ? s.substring(1) : s.substring(0, s.length() - 1);
        } else if (s.startsWith("+")) {
            s = s.substring(1);
        }
        AmountText.Reading reading = AmountText.number(s);
        if (reading.problem().isPresent()) {
            return Validated.problem(switch (reading.problem().get()) {
                case COMMA -> Words.text("importer.amount.unclear", cell);
                case DECIMALS -> Words.text("importer.amount.tooManyDecimals", cell);
                case TOO_LONG -> Words.text("importer.amount.farTooLarge", cell);
                case EMPTY, NOT_MONEY -> Words.text("importer.amount.notMoney", cell);
            });
        }
        Money money = reading.money().orElseThrow();
        return Validated.ok(negative ? money.negate() : money);
    }
}
