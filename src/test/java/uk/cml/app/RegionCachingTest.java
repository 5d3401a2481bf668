package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class RegionCachingTest {

    @Test
    void theWindowStartsWithJavaFxsRegionCacheOff() {
        Properties system = new Properties();
        RegionCaching.offUnlessChosen(system);
        assertEquals("true", system.getProperty("prism.disableRegionCaching"));
    }

    @Test
    void aChoiceGivenOnTheCommandLineIsKept() {
        Properties system = new Properties();
        system.setProperty("prism.disableRegionCaching", "false");
        RegionCaching.offUnlessChosen(system);
        assertEquals("false", system.getProperty("prism.disableRegionCaching"));
    }
}
