package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Both ways to the JVM's diagnostic commands give the same answer. The tests' JVM opens the way in as the plain jar's
 * manifest does (surefire's argLine), so the direct way is the one the jar takes.
 */
class DiagnosticCommandTest {

    @Test
    void theDirectWayAndTheBeanServerSayTheSame() {
        Optional<String> direct = DiagnosticCommand.direct("VM.version");
        Optional<String> bean = DiagnosticCommand.throughBeanServer("vmVersion");

        assertTrue(direct.isPresent(), "the way in is open, as the jar's manifest opens it");
        assertTrue(direct.get().contains(System.getProperty("java.vm.version")), direct.get());
        assertEquals(bean, direct);
    }

    @Test
    void aCommandWithArgumentsRunsTheSameWayBoth() {
        Optional<String> direct = DiagnosticCommand.direct("VM.command_line");
        Optional<String> bean = DiagnosticCommand.throughBeanServer("vmCommandLine");

        assertTrue(direct.orElse("").contains("jvm_args"), direct.toString());
        assertEquals(bean, direct);
    }

    @Test
    void anUnknownCommandIsEmptyNotAnError() {
        assertEquals(Optional.empty(), DiagnosticCommand.run("No.such_command", "noSuchCommand"));
    }
}
