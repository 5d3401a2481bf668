package uk.cml.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Guesses which columns hold what from the header row of a bank export or a parent's own spreadsheet.
 * Each list is in order of preference: the first name found wins, so "Transaction Date" beats "Posting Date".
 */
final class MappingGuesser {

    /** A completed date beats a started one: Revolut starts a transfer one day and completes it the next. */
    private static final List<String> DATE = List.of("transaction date", "completed date", "date", "payment date",
            "date paid", "value date", "posting date", "posted date", "date posted");
    private static final List<String> PAID_IN = List.of("paid in", "money in", "credit", "credits", "credit amount",
            "in", "received", "amount in");
    private static final List<String> PAID_OUT = List.of("paid out", "money out", "debit", "debits", "debit amount",
            "out", "spent", "amount out");
    private static final List<String> AMOUNT = List.of("amount", "amount gbp", "value", "payment", "amount paid",
            "transaction amount", "debit credit", "sum");
    /** The payer's name first: it is what the parent recognises, and a reference is often blank or a code. */
    private static final List<String> DESCRIPTION = List.of("counter party", "counterparty", "name", "payee",
            "payer", "merchant description", "description", "transaction description", "details", "narrative",
            "memo", "reference", "notes", "note");
    private static final List<String> STATE = List.of("state", "status", "transaction status");

    private MappingGuesser() {
    }

    static Optional<ImportMapping> guess(List<String> header) {
        List<String> names = header.stream().map(MappingGuesser::normalise).toList();
        OptionalInt date = find(names, DATE);
        if (date.isEmpty()) {
            date = findContaining(names, "date");
        }
        OptionalInt paidIn = find(names, PAID_IN);
        OptionalInt amount = find(names, AMOUNT);
        if (date.isEmpty() || paidIn.isEmpty() && amount.isEmpty()) {
            return Optional.empty();
        }
        AmountColumns amountColumns = paidIn.isPresent()
                ? new AmountColumns.PaidInOut(paidIn.getAsInt(), find(names, PAID_OUT))
                : new AmountColumns.Single(amount.getAsInt());
        return Optional.of(new ImportMapping(date.getAsInt(), amountColumns, find(names, DESCRIPTION), 0,
                find(names, STATE), List.of()));
    }

    /** "Paid in (£)" and "PAID_IN" both become "paid in". */
    static String normalise(String name) {
        return name.toLowerCase(Locale.UK).replaceAll("[^a-z]+", " ").strip();
    }

    private static OptionalInt find(List<String> names, List<String> wanted) {
        for (String want : wanted) {
            int index = names.indexOf(want);
            if (index >= 0) {
                return OptionalInt.of(index);
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt findContaining(List<String> names, String word) {
        for (int i = 0; i < names.size(); i++) {
            if ((" " + names.get(i) + " ").contains(" " + word + " ")) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
