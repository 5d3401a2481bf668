package uk.cml.letters.pack;

/** Told how far the pack has got, from the thread making it. */
@FunctionalInterface
public interface PackProgress {

    PackProgress NONE = (fraction, step) -> { };

    /**
     * @param fraction from 0 to 1
     * @param step     what is being done, for a parent: "Adding letter 3 of 12"
     */
    void update(double fraction, String step);
}
