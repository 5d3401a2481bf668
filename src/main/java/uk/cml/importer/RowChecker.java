package uk.cml.importer;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import uk.cml.domain.Money;
import uk.cml.domain.UkDates;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Validated;

/** Decides what one row is on its own: ready, skipped by the filter, or a problem with one plain reason. */
final class RowChecker {

    private static final String GOING_OUT = "the amount is money going out, not a payment to you.";

    private final ImportMapping mapping;
    private final LocalDate today;
    private final Optional<LocalDate> earliestAllowed;

    RowChecker(ImportMapping mapping, LocalDate today, Optional<LocalDate> earliestAllowed) {
        this.mapping = mapping;
        this.today = today;
        this.earliestAllowed = earliestAllowed;
    }

    PreviewRow check(CsvRow row) {
        if (!mentionsFilterWord(row)) {
            return verdict(row, RowStatus.SKIPPED_BY_FILTER,
                    "Row " + row.rowNumber() + " does not mention '" + mapping.filterWord() + "'.");
        }
        if (row.isBroken()) {
            return verdict(row, RowStatus.PROBLEM, row.problem().orElseThrow());
        }
        Validated<LocalDate> date = UkDates.read(row.field(mapping.dateColumn()));
        if (date.isOk()) {
            date = checkDate(date.value());
        }
        if (!date.isOk()) {
            return problem(row, date);
        }
        Validated<Money> amount = readAmount(row);
        if (amount.isOk()) {
            amount = checkAmount(amount.value());
        }
        if (!amount.isOk()) {
            return problem(row, amount);
        }
        String description = mapping.descriptionColumn().isPresent()
                ? row.field(mapping.descriptionColumn().getAsInt()) : "";
        ImportedPayment payment = new ImportedPayment(date.value(), amount.value(), description, row.lineNumber());
        return new PreviewRow(row.rowNumber(), row.lineNumber(), RowStatus.READY, row.fields(),
                Optional.of(payment), "");
    }

    /** Searches the description, or the whole row when there is no description column or the row is broken. */
    private boolean mentionsFilterWord(CsvRow row) {
        if (mapping.filterWord().isEmpty()) {
            return true;
        }
        OptionalInt column = mapping.descriptionColumn();
        String haystack = column.isPresent() && !row.isBroken()
                ? row.field(column.getAsInt()) : String.join(" ", row.fields());
        return haystack.toLowerCase(Locale.UK).contains(mapping.filterWord().toLowerCase(Locale.UK));
    }

    private Validated<LocalDate> checkDate(LocalDate date) {
        if (date.isAfter(today)) {
            return Validated.problem("the date " + UkFormats.shortDate(date) + " is in the future.");
        }
        if (earliestAllowed.isPresent() && date.isBefore(earliestAllowed.get())) {
            return Validated.problem("the date " + UkFormats.shortDate(date) + " is before the first payment was due ("
                    + UkFormats.shortDate(earliestAllowed.get()) + ").");
        }
        return Validated.ok(date);
    }

    private Validated<Money> readAmount(CsvRow row) {
        AmountColumns columns = mapping.amount();
        if (columns instanceof AmountColumns.Single single) {
            return AmountReader.read(row.field(single.column()));
        }
        AmountColumns.PaidInOut inOut = (AmountColumns.PaidInOut) columns;
        String paidIn = row.field(inOut.paidIn());
        if (!paidIn.isBlank()) {
            return AmountReader.read(paidIn);
        }
        // An empty paid-in cell means the row is not a payment in; say "going out" when the other column shows it.
        boolean paidOut = inOut.paidOut().isPresent() && !row.field(inOut.paidOut().getAsInt()).isBlank();
        return Validated.problem(paidOut ? GOING_OUT : "there is no amount in the paid-in column.");
    }

    private static Validated<Money> checkAmount(Money amount) {
        if (amount.isNegative()) {
            return Validated.problem(GOING_OUT);
        }
        if (amount.isZero()) {
            return Validated.problem("the amount is £0.00, so there is no payment to record.");
        }
        if (amount.compareTo(Money.MAX_SINGLE_AMOUNT) > 0) {
            return Validated.problem("the amount " + amount.format() + " is over £100,000, more than the app accepts "
                    + "for one payment. Check the amount column.");
        }
        return Validated.ok(amount);
    }

    private static PreviewRow problem(CsvRow row, Validated<?> failed) {
        return verdict(row, RowStatus.PROBLEM, "Row " + row.rowNumber() + ": " + failed.problem().orElseThrow());
    }

    private static PreviewRow verdict(CsvRow row, RowStatus status, String message) {
        return new PreviewRow(row.rowNumber(), row.lineNumber(), status, row.fields(), Optional.empty(), message);
    }
}
