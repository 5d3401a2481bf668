package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Found by using the app on a 1024 x 768 screen after a 1366 one: Hide and Add another case were past the edge. */
class WindowBoundsTest {

    private static final Rectangle2D SMALL_LAPTOP = new Rectangle2D(0, 0, 1024, 740);

    @Test
    void aWindowRememberedOnALargerScreenIsMadeToFitTheScreenItOpensOn() {
        WindowBounds fromWork = new WindowBounds(0, 0, 1366, 768, false);
        assertEquals(new WindowBounds(0, 0, 1024, 740, false), fromWork.fittedTo(SMALL_LAPTOP));
    }

    @Test
    void aWindowPartlyPastTheRightOrBottomEdgeIsMovedInWholeAndKeepsItsSize() {
        WindowBounds moved = new WindowBounds(500, 400, 900, 600, true);
        assertEquals(new WindowBounds(124, 140, 900, 600, true), moved.fittedTo(SMALL_LAPTOP));
    }

    @Test
    void aWindowThatFitsIsLeftWhereTheParentPutIt() {
        WindowBounds fits = new WindowBounds(60, 30, 900, 600, false);
        assertEquals(fits, fits.fittedTo(SMALL_LAPTOP));
    }

    @Test
    void aSecondScreenToTheLeftKeepsItsOwnCoordinates() {
        Rectangle2D leftMonitor = new Rectangle2D(-1920, 0, 1920, 1040);
        WindowBounds there = new WindowBounds(-2000, -10, 1200, 800, false);
        assertEquals(new WindowBounds(-1920, 0, 1200, 800, false), there.fittedTo(leftMonitor));
    }
}
