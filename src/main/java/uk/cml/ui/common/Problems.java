package uk.cml.ui.common;

import uk.cml.store.StoreException;

/** Turns a failure into a sentence for the parent. The details go to the log, never to the screen. */
public final class Problems {

    private Problems() {
    }

    public static String forParent(Throwable error) {
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof StoreException || cause instanceof ParentMessage) {
                return cause.getMessage();
            }
            cause = cause.getCause();
        }
        return Messages.text("common.problems.somethingWentWrongAndThat");
    }

    /** An error whose message is already written for the parent. */
    public static final class ParentMessage extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ParentMessage(String message) {
            super(message);
        }

        public ParentMessage(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
