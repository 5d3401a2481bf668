package uk.cml.importer;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.Money;
import uk.cml.domain.TextLimit;
import uk.cml.domain.UkDates;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Validated;
import uk.cml.domain.Words;

/**
 * Decides what one row is on its own: money in from the payer (ready), money in from someone else, money out,
 * not completed, or a problem with one plain reason. Duplicates are the preview's business, across rows.
 */
final class RowChecker {

    /** Far longer than any bank description; a longer cell is a wrong file or a pasted document, never a payment. */
    static final int MAX_CELL_CHARS = 2_000;
    /** Marks an amount that is money going out; never shown (the row's own words are "importer.row.moneyOut"). */
    private static final String GOING_OUT = "going-out";
    private static final Set<String> COMPLETED = Set.of("completed", "complete", "posted", "booked", "settled",
            "cleared", "paid");

    private final ImportMapping mapping;
    private final PayerFilter payers;
    private final LocalDate today;
    private final Optional<LocalDate> firstDue;

    RowChecker(ImportMapping mapping, LocalDate today, Optional<LocalDate> firstDue) {
        this.mapping = mapping;
        this.payers = new PayerFilter(mapping.payers());
        this.today = today;
        this.firstDue = firstDue;
    }

    PreviewRow check(CsvRow row) {
        if (row.isBroken()) {
            return verdict(row, RowStatus.PROBLEM, row.problem().orElseThrow());
        }
        if (row.fields().stream().anyMatch(cell -> cell.length() > MAX_CELL_CHARS)) {
            return verdict(row, RowStatus.PROBLEM, Words.text("importer.row.cellTooLong", row.rowNumber()));
        }
        // Checked first: a pending row often has no completed date yet.
        Optional<String> notDone = notCompleted(row);
        if (notDone.isPresent()) {
            return verdict(row, RowStatus.NOT_COMPLETED, Words.text("importer.row.notCompleted", row.rowNumber(),
                    notDone.get()));
        }
        Validated<LocalDate> date = UkDates.read(row.field(mapping.dateColumn()));
        if (date.isOk() && date.value().isAfter(today)) {
            date = Validated.problem(Words.text("importer.row.dateInFuture", UkFormats.shortDate(date.value())));
        }
        if (!date.isOk()) {
            return problem(row, date);
        }
        Validated<Money> amount = readAmount(row);
        if (!amount.isOk()) {
            return amount.problem().orElseThrow().equals(GOING_OUT) ? verdict(row, RowStatus.MONEY_OUT,
                    Words.text("importer.row.moneyOut", row.rowNumber())) : problem(row, amount);
        }
        String description = description(row);
        if (TextLimit.SHORT.problem(description).isPresent()) {
            // Kept as the payment's reference, which holds a statement's line: nothing is cut short to fit.
            return verdict(row, RowStatus.PROBLEM, Words.text("importer.row.descriptionTooLong", row.rowNumber(),
                    UkFormats.count(description.length()), UkFormats.count(TextLimit.SHORT.characters())));
        }
        ImportedPayment payment = new ImportedPayment(date.value(), amount.value(), description, row.lineNumber());
        if (!payers.isEmpty() && !payers.matches(row.fields())) {
            return new PreviewRow(row.rowNumber(), row.lineNumber(), RowStatus.NOT_FROM_PAYER, row.fields(),
                    Optional.of(payment), Words.text("importer.row.notFromPayer", row.rowNumber(),
                    String.join(Words.text("importer.row.or"), mapping.payers())));
        }
        LocalDate paid = date.value();
        String warning = firstDue.filter(paid::isBefore).map(due -> Words.text("importer.row.beforeFirstDue",
                row.rowNumber(), UkFormats.shortDate(paid), UkFormats.shortDate(due))).orElse("");
        return new PreviewRow(row.rowNumber(), row.lineNumber(), RowStatus.READY, row.fields(), Optional.of(payment),
                warning);
    }

    /** The description as the bank wrote it, without a spreadsheet guard (a leading ') or padding. */
    private String description(CsvRow row) {
        if (mapping.descriptionColumn().isEmpty()) {
            return "";
        }
        return clean(row.field(mapping.descriptionColumn().getAsInt()));
    }

    static String clean(String cell) {
        String text = cell.strip();
        while (text.startsWith("'")) {
            text = text.substring(1).strip();
        }
        return text.replaceAll("\\s+", " ");
    }

    private Optional<String> notCompleted(CsvRow row) {
        if (mapping.stateColumn().isEmpty()) {
            return Optional.empty();
        }
        String state = row.field(mapping.stateColumn().getAsInt()).strip();
        return state.isEmpty() || COMPLETED.contains(state.toLowerCase(Locale.UK)) ? Optional.empty()
                : Optional.of(state.toUpperCase(Locale.UK));
    }

    private Validated<Money> readAmount(CsvRow row) {
        Validated<Money> amount = rawAmount(row);
        if (!amount.isOk()) {
            return amount;
        }
        Money money = amount.value();
        if (money.isNegative()) {
            return Validated.problem(GOING_OUT);
        }
        if (money.isZero()) {
            return Validated.problem(Words.text("importer.amount.zero"));
        }
        if (money.compareTo(Money.MAX_SINGLE_AMOUNT) > 0) {
            return Validated.problem(Words.text("importer.amount.overLimit", money.format()));
        }
        return amount;
    }

    private Validated<Money> rawAmount(CsvRow row) {
        if (mapping.amount() instanceof AmountColumns.Single single) {
            return AmountReader.read(row.field(single.column()));
        }
        AmountColumns.PaidInOut inOut = (AmountColumns.PaidInOut) mapping.amount();
        String paidIn = row.field(inOut.paidIn());
        if (!paidIn.isBlank()) {
            return AmountReader.read(paidIn);
        }
        boolean paidOut = inOut.paidOut().isPresent() && !row.field(inOut.paidOut().getAsInt()).isBlank();
        return Validated.problem(paidOut ? GOING_OUT : Words.text("importer.amount.noPaidIn"));
    }

    private static PreviewRow problem(CsvRow row, Validated<?> failed) {
        return verdict(row, RowStatus.PROBLEM, Words.text("importer.row.problem", row.rowNumber(),
                failed.problem().orElseThrow()));
    }

    private static PreviewRow verdict(CsvRow row, RowStatus status, String message) {
        return new PreviewRow(row.rowNumber(), row.lineNumber(), status, row.fields(), Optional.empty(), message);
    }
}
