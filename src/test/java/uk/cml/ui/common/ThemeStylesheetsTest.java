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

    /**
     * The build compiles each of the app's stylesheets to binary beside it, and JavaFX reads that in place of the
     * text: the binary must be there and say what the text says now, not what an older build's text said.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/uk/cml/ui/app", "/uk/cml/ui/app-dark"})
    void eachAppStylesheetHasItsBinaryFormBesideIt(String stylesheet) throws Exception {
        URL text = Theme.class.getResource(stylesheet + ".css");
        URL binary = Theme.class.getResource(stylesheet + ".bss");
        assertNotNull(binary, stylesheet + ".bss: made by the build (compile-stylesheet in pom.xml)");
        javafx.css.Stylesheet parsed = new javafx.css.CssParser().parse(text);
        javafx.css.Stylesheet compiled = javafx.css.Stylesheet.loadBinary(binary);
        assertEquals(described(parsed), described(compiled));
    }

    /** Each rule's selectors, then each declaration's property and value: what the stylesheet says. */
    private static java.util.List<String> described(javafx.css.Stylesheet stylesheet) {
        return stylesheet.getRules().stream().map(rule -> rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + "=" + d.getParsedValue() + (d.isImportant() ? "!" : ""))
                .toList()).toList();
    }
}
