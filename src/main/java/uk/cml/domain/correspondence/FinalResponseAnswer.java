package uk.cml.domain.correspondence;

import uk.cml.domain.Labelled;

/**
 * The parent's own answer, for a letter that replies to their complaint, to "Does this letter say it is the CMS's
 * final response to your complaint?". Only Yes makes it the final response (ICE's 6 months run from it, a senior
 * manager's review no longer fits); No and Not sure leave the complaint with the CMS. Nothing the parent wrote in the
 * summary is read for it. A letter with no answer (one not replying to a complaint) is not a final response.
 */
public enum FinalResponseAnswer implements Labelled {
    YES,
    NO,
    NOT_SURE;

    @Override
    public String toString() {
        return label();
    }
}
