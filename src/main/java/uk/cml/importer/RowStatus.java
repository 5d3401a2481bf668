package uk.cml.importer;

/** What the preview decided about one row of the file. */
public enum RowStatus {
    /** Will be imported. */
    READY,
    /** Readable, but the same payment seems to be recorded already; imported only if the parent ticks it. */
    POSSIBLE_DUPLICATE,
    /** Does not mention the filter word; not an error. */
    SKIPPED_BY_FILTER,
    /** Cannot be imported; the message says why. */
    PROBLEM
}
