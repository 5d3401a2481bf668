package uk.cml.ui.payments;

import uk.cml.store.ImportPayerStore;

/**
 * What importing a bank file needs besides the payments: a way to choose the file, and the payer names and
 * references remembered for each case.
 */
public record ImportSources(CsvChooser files, ImportPayerStore payers) {
}
