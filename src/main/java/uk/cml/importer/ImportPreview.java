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
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;

/**
 * What importing a file with a given mapping would do, row by row, before anything is saved.
 * Rebuild it whenever the parent changes the mapping or the payers; it holds no state. Rows above the column names
 * (account details) are left out.
 */
public final class ImportPreview {

    private final List<String> header;
    private final List<PreviewRow> rows;

    private ImportPreview(List<String> header, List<PreviewRow> rows) {
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /** Rows are checked in batches this size between looks at the Cancel button. */
    private static final int BATCH = 500;

    /** As {@link #build(ParsedCsv, ImportMapping, LocalDate, Optional, Set, PreviewProgress)}, without progress. */
    public static ImportPreview build(ParsedCsv csv, ImportMapping mapping, LocalDate today,
                                      Optional<LocalDate> firstDue, Set<RecordedPayment> alreadyRecorded) {
        return build(csv, mapping, today, firstDue, alreadyRecorded, PreviewProgress.NONE);
    }

    /**
     * @param today           rows dated after this are problems
     * @param firstDue        when present (the first plan's start), rows dated before it get a warning
     * @param alreadyRecorded payments the app holds; a row with the same date and amount is a possible duplicate
     * @throws CancellationException when the progress says the parent cancelled
     */
    public static ImportPreview build(ParsedCsv csv, ImportMapping mapping, LocalDate today,
                                      Optional<LocalDate> firstDue, Set<RecordedPayment> alreadyRecorded,
                                      PreviewProgress progress) {
        Objects.requireNonNull(today, "today");
        RowChecker checker = new RowChecker(mapping, today, firstDue);
        List<CsvRow> dataRows = csv.rows();
        List<String> header = List.of();
        if (mapping.hasHeader() && mapping.headerRow() < dataRows.size()) {
            header = dataRows.get(mapping.headerRow()).fields();
            dataRows = dataRows.subList(mapping.headerRow() + 1, dataRows.size());
        }
        List<PreviewRow> checked = new ArrayList<>();
        Map<String, Integer> firstRowWithSamePayment = new HashMap<>();
        for (CsvRow csvRow : dataRows) {
            if (checked.size() % BATCH == 0) {
                if (progress.cancelled()) {
                    throw new CancellationException("The parent cancelled the preview");
                }
                progress.checked(checked.size(), dataRows.size());
            }
            PreviewRow row = checker.check(csvRow);
            if (row.status() == RowStatus.READY) {
                row = flagDuplicate(row, alreadyRecorded, firstRowWithSamePayment);
            }
            checked.add(row);
        }
        progress.checked(checked.size(), dataRows.size());
        return new ImportPreview(header, checked);
    }

    private static PreviewRow flagDuplicate(PreviewRow row, Set<RecordedPayment> alreadyRecorded,
                                            Map<String, Integer> firstRowWithSamePayment) {
        ImportedPayment p = row.payment().orElseThrow();
        // Identical rows in one file are usually a row pasted twice; the first stays ready, the later ones are flagged.
        String key = p.date() + "|" + p.amount().pence() + "|" + p.description().toLowerCase(Locale.UK);
        Integer earlier = firstRowWithSamePayment.putIfAbsent(key, row.rowNumber());
        if (alreadyRecorded.contains(new RecordedPayment(p.date(), p.amount()))) {
            return row.as(RowStatus.POSSIBLE_DUPLICATE, Words.text("importer.row.alreadyRecorded", row.rowNumber(),
                    p.amount().format(), UkFormats.shortDate(p.date())));
        }
        if (earlier != null) {
            return row.as(RowStatus.POSSIBLE_DUPLICATE, Words.text("importer.row.sameAsEarlier", row.rowNumber(),
                    earlier));
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

    /** The total of READY rows only, the ones ticked to start with. */
    public Money readyTotal() {
        return rows(RowStatus.READY).stream().map(r -> r.payment().orElseThrow().amount()).reduce(Money.ZERO, Money::plus);
    }

    /** The rows ticked to start with: the READY ones. */
    public Set<Integer> readyRows() {
        return rows(RowStatus.READY).stream().map(PreviewRow::rowNumber).collect(Collectors.toSet());
    }

    /** The reason for every PROBLEM row, in file order. */
    public List<String> problems() {
        return rows(RowStatus.PROBLEM).stream().map(PreviewRow::message).toList();
    }

    /** What to save: the payments in the rows whose numbers are ticked, in file order. */
    public List<ImportedPayment> paymentsToImport(Set<Integer> tickedRows) {
        return rows.stream()
                .filter(r -> r.status().canTick() && tickedRows.contains(r.rowNumber()))
                .map(r -> r.payment().orElseThrow())
                .toList();
    }
}
