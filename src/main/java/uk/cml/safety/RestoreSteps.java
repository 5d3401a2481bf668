package uk.cml.safety;

/**
 * Told after each step of a restore that changes files (unpacked, intent written, each file moved...).
 * The crash tests stop the process here, one step further each time, to show a restore can be cut off
 * anywhere and the next start still finds the records whole.
 */
@FunctionalInterface
public interface RestoreSteps {

    RestoreSteps NONE = step -> { };

    void after(String step);
}
