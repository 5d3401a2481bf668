package uk.cml.store;

/**
 * Something went wrong reading or writing the parent's records. The message is written for the parent:
 * it says what happened and what to do, and never contains SQL or a stack trace.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String messageForParent, Throwable cause) {
        super(messageForParent, cause);
    }

    public StoreException(String messageForParent) {
        super(messageForParent);
    }
}
