package uk.cml.app;

import java.util.Properties;

/**
 * Turns off JavaFX's cache of drawn region backgrounds ({@code prism.disableRegionCaching}) unless whoever started the
 * app chose otherwise. JavaFX keeps that cache as one texture of 2048 x 1024 pixels, made the first time a region's
 * background is worth keeping (the theme's rounded buttons and cards, on the first page): with software rendering,
 * which JavaFX falls back to where there is no usable graphics card (a virtual machine, a remote desktop, Xvfb), that
 * texture is an 8 MB array on the Java heap for as long as the app runs. Its saving is drawing such a background
 * again from the copy rather than afresh, which matters for animation; the app's pages stand still between the
 * parent's actions. Measured 5 Dec 2026 (2-core machine, Xvfb, software rendering, a busy machine; the jar on the
 * sample case against the build before, 5 launches each in one run): resident after 10 s idle 198 MB (192-198)
 * against 206 MB (205-210), processor time to settle 2.43 s against 2.56 s. On a graphics card the cache is the
 * card's memory, and drawing a rounded background afresh costs the card next to nothing.
 */
final class RegionCaching {

    static final String PROPERTY = "prism.disableRegionCaching";

    private RegionCaching() {
    }

    /** Call before JavaFX starts (it reads its settings once). A value already given ({@code -D...}) is kept. */
    static void offUnlessChosen(Properties system) {
        if (system.getProperty(PROPERTY) == null) {
            system.setProperty(PROPERTY, "true");
        }
    }
}
