package uk.cml.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.ui.AppRobot;
import uk.cml.ui.common.Theme;

/**
 * The frame's icons are plain text in the Feather font, sized and coloured by the stylesheet. Were the font's family
 * misnamed in app.css, JavaFX would quietly draw each icon's character in the system font: an empty box beside
 * every page's name.
 */
@ExtendWith(ApplicationExtension.class)
class NavigationIconsTest extends AppRobot {

    private ToggleButton page;
    private Button add;

    @Start
    void start(Stage stage) {
        page = new ToggleButton("Payments", NavigationIcons.forPage("payments"));
        page.getStyleClass().add("nav-button");
        add = new Button("Add another case", NavigationIcons.icon(Feather.PLUS));
        Scene scene = new Scene(new VBox(page, add), 400, 200);
        Theme theme = new Theme();
        theme.use(false);
        theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void iconsAreDrawnInTheFeatherFontAtTheStylesheetsSizes() {
        Text navigation = (Text) page.getGraphic();
        Text plus = (Text) add.getGraphic();
        assertEquals("FeatherIcons", navigation.getFont().getFamily());
        assertEquals("FeatherIcons", plus.getFont().getFamily());
        assertEquals(17, navigation.getFont().getSize(), 0.01);
        assertEquals(15, plus.getFont().getSize(), 0.01);
        assertEquals(new String(Character.toChars(Feather.CREDIT_CARD.getCode())), navigation.getText());
    }

    @Test
    void aSelectedPagesIconTakesTheSelectedColour() {
        Text navigation = (Text) page.getGraphic();
        Color before = (Color) navigation.getFill();
        interact(() -> {
            page.setSelected(true);
            page.applyCss();
        });
        assertFalse(before.equals(navigation.getFill()), "the icon stays muted on the navy of a selected page");
        assertEquals("FeatherIcons", navigation.getFont().getFamily(), "the selected page's bold text leaves the icon's font");
    }
}
