package uk.cml.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

class LazySectionTest {

    private record Page(String key, AtomicInteger timesShown) implements Section {
        @Override
        public String title() {
            return key;
        }

        @Override
        public Node view() {
            return null;
        }

        @Override
        public void shown() {
            timesShown.incrementAndGet();
        }
    }

    @Test
    void buildsThePageOnItsFirstVisitOnlyAndThenKeepsIt() {
        AtomicInteger built = new AtomicInteger();
        AtomicInteger shown = new AtomicInteger();
        LazySection<Page> lazy = new LazySection<>("payments", "Payments", () -> {
            built.incrementAndGet();
            return new Page("payments", shown);
        });

        assertEquals("payments", lazy.key());
        assertEquals("Payments", lazy.title());
        assertEquals(0, built.get(), "the sidebar needs the key and title only");

        lazy.view();
        lazy.shown();
        lazy.shown();
        assertSame(lazy.get(), lazy.get());
        assertEquals(1, built.get());
        assertEquals(2, shown.get());
    }

    @Test
    void refusesAPageListedUnderAnotherKey() {
        LazySection<Page> lazy = new LazySection<>("calls", "Calls", () -> new Page("notes", new AtomicInteger()));
        assertThrows(IllegalStateException.class, lazy::get);
    }
}
