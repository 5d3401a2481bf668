package uk.cml.importer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.cml.domain.Words;

/**
 * The published CSV layouts of UK banks, recognised by their column names, so the preview can say "Looks like a
 * Monzo export" and the parent knows the columns were not guessed blind. Most specific first: first direct's four
 * plain columns would also fit many others.
 */
final class KnownLayouts {

    private record Layout(String bank, Set<String> columns) {
    }

    private static final List<Layout> LAYOUTS = List.of(
            layout("Monzo", "Transaction ID", "Name", "Emoji", "Category", "Amount"),
            layout("Starling", "Counter Party", "Reference", "Amount (GBP)", "Balance (GBP)"),
            layout("Revolut", "Started Date", "Completed Date", "Description", "Amount", "Fee", "State"),
            layout("Barclays", "Number", "Date", "Account", "Amount", "Subcategory", "Memo"),
            layout("Lloyds, Halifax, Bank of Scotland or TSB", "Transaction Date", "Transaction Type", "Sort Code",
                    "Account Number", "Transaction Description", "Debit Amount", "Credit Amount"),
            layout("NatWest or RBS", "Date", "Type", "Description", "Value", "Balance", "Account Name",
                    "Account Number"),
            layout("Nationwide midata", "Date", "Type", "Merchant/Description", "Debit/Credit", "Balance"),
            layout("Nationwide statement", "Date", "Transaction type", "Description", "Paid out", "Paid in",
                    "Balance"),
            layout("Chase UK", "Transaction date", "Transaction type", "Description", "Amount", "Currency"),
            layout("first direct", "Date", "Description", "Amount", "Balance"));

    private KnownLayouts() {
    }

    /** The bank whose layout these column names are, when every name the layout has is present. */
    static Optional<String> recognise(List<String> header) {
        Set<String> names = header.stream().map(MappingGuesser::normalise).collect(Collectors.toSet());
        return LAYOUTS.stream().filter(l -> names.containsAll(l.columns()))
                .filter(l -> !l.bank().startsWith("first direct") || names.size() == l.columns().size())
                .map(Layout::bank).findFirst();
    }

    private static Layout layout(String bank, String... columns) {
        return new Layout(Words.text("importer.layout.export", bank),
                Set.of(columns).stream().map(MappingGuesser::normalise).collect(Collectors.toSet()));
    }
}
