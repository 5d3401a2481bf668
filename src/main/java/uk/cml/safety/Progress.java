package uk.cml.safety;

/** Where long work reports how far it has got, for a progress bar. Called from the working thread. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total, step) -> { };

    /**
     * @param done  work done so far (bytes or items)
     * @param total all the work, or -1 when not known yet
     * @param step  what is happening, in plain English ("Copying your documents")
     */
    void update(long done, long total, String step);
}
