package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NativeHeapTrimTest {

    @Test
    void theJvmTrimsTheCLibrarysHeapOnLinux() {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"), "glibc only");
        String said = NativeHeapTrim.trim().orElse("");
        // What jcmd prints for System.trim_native_heap: "Trim native heap: RSS+Swap: 213M->199M (-14512K)".
        assertTrue(said.startsWith("Trim native heap: RSS+Swap: "), said);
    }
}
