package uk.cml.importer;

import java.util.OptionalInt;

/** Where the amount of each payment is: one signed column, or the "Paid in" / "Paid out" pair UK banks export. */
public sealed interface AmountColumns {

    /** One column; a negative amount is money going out. */
    record Single(int column) implements AmountColumns {
        public Single {
            ImportMapping.requireColumn(column);
        }
    }

    /** A paid-in column, and the paid-out column when the file has one (used only to explain skipped rows). */
    record PaidInOut(int paidIn, OptionalInt paidOut) implements AmountColumns {
        public PaidInOut {
            ImportMapping.requireColumn(paidIn);
            paidOut.ifPresent(ImportMapping::requireColumn);
        }
    }
}
