package uk.cml.letters;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;

/**
 * The sRGB colour profile a PDF/A letter declares. It comes from the Java runtime's own copy, which lives in AWT; the
 * holder class is loaded only when the first letter is made, so AWT stays off the application's start-up path.
 */
final class SrgbProfile {

    private SrgbProfile() {
    }

    static byte[] bytes() {
        return Holder.BYTES.clone();
    }

    private static final class Holder {
        static final byte[] BYTES = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }
}
