package uk.cml.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The base theme's stylesheets are part of the app's own classes (unpacked from AtlantaFX at build time), not read
 * from AtlantaFX's jar: `mvn javafx:run` on Java 17 leaves that jar off the class path (it cannot read its Java 21
 * module descriptor), and without them the window did not open.
 */
class ThemeStylesheetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/atlantafx/base/theme/primer-light.bss", "/atlantafx/base/theme/primer-dark.bss"})
    void eachBaseStylesheetIsInTheAppsOwnClasses(String stylesheet) throws Exception {
        URL found = Theme.class.getResource(stylesheet);
        assertNotNull(found, stylesheet);
        URL appClasses = Theme.class.getProtectionDomain().getCodeSource().getLocation();
        assertEquals("file", found.getProtocol(), found.toString());
        assertEquals(Path.of(appClasses.toURI()).resolve(stylesheet.substring(1)), Path.of(found.toURI()));
    }
}
