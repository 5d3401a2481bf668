package uk.cml.app;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Runs one of the JVM's own diagnostic commands, as {@code jcmd} does, from inside the app. The usual way in is the
 * platform MBean server, whose start registers every management bean (JFR's among them): 200 classes and about 0.1 s
 * of processor time while the window opens (measured 2 Dec 2026, 2-core machine). So, where the plain jar's
 * manifest opens {@code com.sun.management.internal} to the app ({@code Add-Opens}, which only {@code java -jar}
 * reads), the command goes straight to the JVM through the same native method the bean uses; anywhere else (tests, or
 * a Java whose internals differ) it goes through the bean server as before. Either way the JVM does the same thing.
 */
final class DiagnosticCommand {

    private static final Logger LOG = Logger.getLogger(DiagnosticCommand.class.getName());
    private static final String IMPLEMENTATION = "com.sun.management.internal.DiagnosticCommandImpl";
    /** Its class initialiser loads the native library the commands are in, as the bean server's start would. */
    private static final String NATIVE_LIBRARY_LOADER = "com.sun.management.internal.PlatformMBeanProviderImpl";
    private static final String BEAN = "com.sun.management:type=DiagnosticCommand";

    private DiagnosticCommand() {
    }

    /**
     * Runs a command. Returns what the JVM said, or empty when this Java cannot run it.
     *
     * @param line      the command as {@code jcmd} takes it, such as {@code Compiler.directives_add /tmp/d.json}
     * @param operation the bean's name for the same command, such as {@code compilerDirectivesAdd}
     * @param arguments the command's arguments, for the bean
     */
    static Optional<String> run(String line, String operation, String... arguments) {
        Optional<String> direct = direct(line);
        return direct.isPresent() ? direct : throughBeanServer(operation, arguments);
    }

    /** Straight to the JVM: empty unless the manifest (or a test's {@code --add-opens}) opened the way. */
    static Optional<String> direct(String line) {
        try {
            Class.forName(NATIVE_LIBRARY_LOADER, true, ClassLoader.getSystemClassLoader());
            Class<?> implementation = Class.forName(IMPLEMENTATION, false, ClassLoader.getSystemClassLoader());
            Method bean = implementation.getDeclaredMethod("getDiagnosticCommandMBean");
            Method execute = implementation.getDeclaredMethod("executeDiagnosticCommand", String.class);
            bean.setAccessible(true);
            execute.setAccessible(true);
            return Optional.of(String.valueOf(execute.invoke(bean.invoke(null), line)));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Not opened to the app (the usual case outside the plain jar), or a Java whose internals differ.
            LOG.log(Level.FINEST, "No direct way to the diagnostic commands", e);
            return Optional.empty();
        }
    }

    static Optional<String> throughBeanServer(String operation, String... arguments) {
        try {
            Object said = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(BEAN), operation,
                    new Object[] {arguments}, new String[] {String[].class.getName()});
            return Optional.of(String.valueOf(said));
        } catch (JMException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "No diagnostic command " + operation + " here", e);
            return Optional.empty();
        }
    }
}
