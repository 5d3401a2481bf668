package uk.cml.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.cml.domain.Words;

/**
 * Which rows of a preview the parent has ticked, and which rows the table shows. Only READY rows start ticked;
 * any row holding money in can be ticked or unticked; money out, pending rows and problems never can.
 */
public final class ImportChoices {

    /** Which rows the table shows. */
    public enum Shown {
        MONEY_IN, TICKED, EVERY_ROW;

        @Override
        public String toString() {
            return switch (this) {
                case MONEY_IN -> Words.text("importer.shown.moneyIn");
                case TICKED -> Words.text("importer.shown.ticked");
                case EVERY_ROW -> Words.text("importer.shown.everyRow");
            };
        }
    }

    private final ImportPreview preview;
    private final Set<Integer> ticked;

    public ImportChoices(ImportPreview preview) {
        this.preview = preview;
        this.ticked = new HashSet<>(preview.readyRows());
    }

    public ImportPreview preview() {
        return preview;
    }

    public boolean isTicked(PreviewRow row) {
        return ticked.contains(row.rowNumber());
    }

    /** Ticks or unticks a row; a row that holds no payment in is left as it is. */
    public void setTicked(PreviewRow row, boolean on) {
        if (!row.status().canTick()) {
            return;
        }
        if (on) {
            ticked.add(row.rowNumber());
        } else {
            ticked.remove(row.rowNumber());
        }
    }

    public List<PreviewRow> shown(Shown which) {
        return preview.rows().stream().filter(row -> switch (which) {
            case MONEY_IN -> row.status().canTick();
            case TICKED -> isTicked(row);
            case EVERY_ROW -> true;
        }).toList();
    }

    /** "Select all shown": ticks every row shown that can be ticked. */
    public void tickAll(Shown which) {
        shown(which).forEach(row -> setTicked(row, true));
    }

    public void untickAll() {
        ticked.clear();
    }

    public List<ImportedPayment> toImport() {
        return preview.paymentsToImport(ticked);
    }
}
