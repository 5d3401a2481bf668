package uk.cml.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;

/**
 * What importing a file with a given mapping would do, row by row, before anything is saved.
 * Rebuild it whenever the parent changes the mapping or the filter word; it is cheap and holds no state.
 */
public final class ImportPreview {

    private final List<String> header;
    private final List<PreviewRow> rows;

    private ImportPreview(List<String> header, List<PreviewRow> rows) {
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /**
     * @param today           rows dated after this are problems
     * @param earliestAllowed when present (the first plan's start), rows dated before it are problems
     * @param alreadyRecorded payments the app holds; a row with the same date and amount is a possible duplicate
     */
    public static ImportPreview build(ParsedCsv csv, ImportMapping mapping, LocalDate today,
                                      Optional<LocalDate> earliestAllowed, Set<RecordedPayment> alreadyRecorded) {
        Objects.requireNonNull(today, "today");
        RowChecker checker = new RowChecker(mapping, today, earliestAllowed);
        List<CsvRow> dataRows = csv.rows();
        List<String> header = List.of();
        if (mapping.firstRowIsHeader() && !dataRows.isEmpty()) {
            header = dataRows.get(0).fields();
            dataRows = dataRows.subList(1, dataRows.size());
        }
        List<PreviewRow> checked = new ArrayList<>();
        Map<String, Integer> firstRowWithSamePayment = new HashMap<>();
        for (CsvRow csvRow : dataRows) {
            PreviewRow row = checker.check(csvRow);
            if (row.payment().isPresent()) {
                row = flagDuplicate(row, alreadyRecorded, firstRowWithSamePayment);
            }
            checked.add(row);
        }
        return new ImportPreview(header, checked);
    }

    private static PreviewRow flagDuplicate(PreviewRow row, Set<RecordedPayment> alreadyRecorded,
                                            Map<String, Integer> firstRowWithSamePayment) {
        ImportedPayment p = row.payment().orElseThrow();
        // Identical rows in one file are usually a row pasted twice; the first stays ready, the later ones are flagged.
        String key = p.date() + "|" + p.amount().pence() + "|"
                + p.description().strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
        Integer earlier = firstRowWithSamePayment.putIfAbsent(key, row.rowNumber());
        if (alreadyRecorded.contains(new RecordedPayment(p.date(), p.amount()))) {
            return row.asDuplicate("Row " + row.rowNumber() + ": you have already recorded " + p.amount().format()
                    + " on " + UkFormats.shortDate(p.date()) + ". Tick it only if this is a second payment.");
        }
        if (earlier != null) {
            return row.asDuplicate("Row " + row.rowNumber() + ": row " + earlier + " has the same date, amount and "
                    + "description. Tick it only if there really were two payments.");
        }
        return row;
    }

    /** The header row's cells, or empty when the mapping says the file has no header. */
    public List<String> header() {
        return header;
    }

    /** Every row after the header, in file order; blank rows are left out. */
    public List<PreviewRow> rows() {
        return rows;
    }

    public List<PreviewRow> rows(RowStatus status) {
        return rows.stream().filter(r -> r.status() == status).toList();
    }

    public int count(RowStatus status) {
        return (int) rows.stream().filter(r -> r.status() == status).count();
    }

    /** The total of READY rows only; possible duplicates are not counted until the parent ticks them. */
    public Money readyTotal() {
        return rows(RowStatus.READY).stream().map(r -> r.payment().orElseThrow().amount()).reduce(Money.ZERO, Money::plus);
    }

    /** The reason for every PROBLEM row, in file order. */
    public List<String> problems() {
        return rows(RowStatus.PROBLEM).stream().map(PreviewRow::message).toList();
    }

    /** What to save: every READY row, plus the possible duplicates whose row numbers the parent ticked. */
    public List<ImportedPayment> paymentsToImport(Set<Integer> tickedDuplicateRows) {
        return rows.stream()
                .filter(r -> r.status() == RowStatus.READY
                        || r.status() == RowStatus.POSSIBLE_DUPLICATE && tickedDuplicateRows.contains(r.rowNumber()))
                .map(r -> r.payment().orElseThrow())
                .toList();
    }
}
