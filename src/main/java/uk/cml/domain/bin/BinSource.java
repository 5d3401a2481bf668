package uk.cml.domain.bin;

import java.util.List;

/** Any area whose records can be moved to the bin: the Bin page lists them all and puts them back. */
public interface BinSource {

    /** What this case has in the bin from this area, most recently binned first. */
    List<BinnedItem> binned(long caseId);

    /** Puts a binned record back where it was. */
    void restore(long sourceId);
}
