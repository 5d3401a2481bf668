package uk.cml.domain.correspondence;

import uk.cml.domain.Labelled;

/**
 * The parent's own answer, for a letter that replies to their complaint or review request, to "Does this letter only
 * say the CMS has received your complaint?". Yes makes it an acknowledgement: it meets the CMS's target to
 * acknowledge, the reply is still due, and there is nothing to write back yet. No (or no answer) makes it the reply.
 * Nothing the parent wrote in the summary is read for it. A letter said to be the CMS's final response is never an
 * acknowledgement, whatever this answer ({@link ReceivedLetter#isSaidAcknowledgementOnly}).
 */
public enum AcknowledgementAnswer implements Labelled {
    YES,
    NO;

    @Override
    public String toString() {
        return label();
    }
}
