package uk.cml.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.domain.UkDates;
import uk.cml.ui.AppRobot;

/**
 * A form that listens to the box reads it as the parent sees it. The Where it stands step row kept "Save" showing
 * after a tick was taken back, because the box, emptied by the app, still read as the date it had offered: the field
 * remembered the old text until just after telling its listeners. (Seen as a CI failure that depended on timing.)
 */
@ExtendWith(ApplicationExtension.class)
class UkDateFieldTest extends AppRobot {

    @Start
    void start(Stage primary) {
        // No window: the field is read as listeners read it.
    }

    @Test
    void listenersReadTheBoxAsEmptiedWhenTheAppEmptiesIt() {
        List<String> seen = interactAndGet(() -> {
            UkDateField field = new UkDateField();
            field.setDate(LocalDate.of(2026, 11, 22));
            List<String> read = new ArrayList<>();
            field.getEditor().textProperty().addListener(o -> read.add(field.typedText()));
            field.valueProperty().addListener(o -> read.add(field.typedText()));
            field.setDate(null);
            return read;
        });
        assertEquals("", seen.get(seen.size() - 1), "read as emptied, not as the date offered: " + seen);
    }

    @Test
    void listenersReadTheNewDateWhenTheAppSetsOne() {
        List<String> seen = interactAndGet(() -> {
            UkDateField field = new UkDateField();
            List<String> read = new ArrayList<>();
            field.getEditor().textProperty().addListener(o -> read.add(field.typedText()));
            field.setDate(LocalDate.of(2026, 11, 22));
            return read;
        });
        assertEquals(UkDates.forField(LocalDate.of(2026, 11, 22)), seen.get(seen.size() - 1));
    }
}
