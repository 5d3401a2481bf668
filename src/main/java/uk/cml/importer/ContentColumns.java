package uk.cml.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import uk.cml.domain.UkDates;

/**
 * Recognises columns by what they hold, for a file with no column names (HSBC's download is date, description,
 * amount): the date column is the one that reads as dates, the amount the first that reads as money in every row,
 * or a paid-out/paid-in pair when two money columns are never filled on the same row, and the description the
 * column with the longest text.
 */
final class ContentColumns {

    private static final int ROWS_TO_SAMPLE = 60;

    private ContentColumns() {
    }

    static Optional<ImportMapping> guess(List<CsvRow> rows, int width) {
        List<CsvRow> sample = rows.stream().filter(r -> !r.isBroken()).limit(ROWS_TO_SAMPLE).toList();
        if (sample.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt date = OptionalInt.empty();
        List<Integer> money = new ArrayList<>();
        int description = -1;
        double longest = 0;
        for (int column = 0; column < width; column++) {
            int dates = 0;
            int amounts = 0;
            int filled = 0;
            long length = 0;
            for (CsvRow row : sample) {
                String cell = row.field(column).strip();
                if (cell.isEmpty()) {
                    continue;
                }
                filled++;
                length += cell.length();
                if (UkDates.isDate(cell)) {
                    dates++;
                } else if (cell.chars().anyMatch(Character::isDigit) && AmountReader.read(cell).isOk()) {
                    amounts++;
                }
            }
            if (filled == 0) {
                continue;
            }
            if (date.isEmpty() && dates == filled) {
                date = OptionalInt.of(column);
            } else if (amounts == filled) {
                money.add(column);
            } else if ((double) length / filled > longest) {
                longest = (double) length / filled;
                description = column;
            }
        }
        if (date.isEmpty() || money.isEmpty()) {
            return Optional.empty();
        }
        AmountColumns amount = new AmountColumns.Single(money.get(0));
        if (money.size() >= 2 && neverBothFilled(sample, money.get(0), money.get(1))) {
            // Banks put paid out before paid in (Nationwide, Lloyds, TSB).
            amount = new AmountColumns.PaidInOut(money.get(1), OptionalInt.of(money.get(0)));
        }
        return Optional.of(new ImportMapping(date.getAsInt(), amount,
                description < 0 ? OptionalInt.empty() : OptionalInt.of(description), ImportMapping.NO_HEADER,
                OptionalInt.empty(), List.of()));
    }

    private static boolean neverBothFilled(List<CsvRow> rows, int a, int b) {
        return rows.stream().noneMatch(r -> !r.field(a).isBlank() && !r.field(b).isBlank());
    }
}
