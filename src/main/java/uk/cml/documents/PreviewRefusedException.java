package uk.cml.documents;

import java.io.IOException;

/** A preview the app will not draw, with a sentence for the parent saying why (too slow, or a broken PDF). */
public final class PreviewRefusedException extends IOException {

    public PreviewRefusedException(String messageForParent) {
        super(messageForParent);
    }
}
