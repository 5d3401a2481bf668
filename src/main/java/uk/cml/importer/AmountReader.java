package uk.cml.importer;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.cml.domain.Money;
import uk.cml.domain.Validated;
import uk.cml.domain.Words;

/**
 * Reads an amount as UK spreadsheets and banks write it: 12.34, £1,234.56, -12.00, (12.00) for money out,
 * 12.00 CR for money in and 12.00 DR for money out. The sign is kept; the caller decides what a negative means.
 * Problems are the end of a sentence, for the caller to start with "Row 3: ".
 */
public final class AmountReader {

    /** Commas only as thousands separators, so a European "12,34" is never read as twelve hundred pounds. */
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d*)(?:\\.(\\d*))?");
    private static final int MAX_WHOLE_POUND_DIGITS = 13;

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
        Matcher m = NUMBER.matcher(s);
        if (!m.matches() || s.isEmpty() || s.equals(".")) {
            if (s.matches("[\\d,]+(\\.\\d*)?")) {
                return Validated.problem(Words.text("importer.amount.unclear", cell));
            }
            return Validated.problem(Words.text("importer.amount.notMoney", cell));
        }
        String pence = m.group(2) == null ? "" : m.group(2);
        if (pence.length() > 2) {
            return Validated.problem(Words.text("importer.amount.tooManyDecimals", cell));
        }
        String pounds = m.group(1).replace(",", "");
        if (pounds.length() > MAX_WHOLE_POUND_DIGITS) {
            return Validated.problem(Words.text("importer.amount.farTooLarge", cell));
        }
        BigDecimal value = new BigDecimal((pounds.isEmpty() ? "0" : pounds) + "." + (pence + "00").substring(0, 2));
        Money money = Money.of(value);
        return Validated.ok(negative ? money.negate() : money);
    }
}
