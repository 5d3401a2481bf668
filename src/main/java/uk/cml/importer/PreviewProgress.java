package uk.cml.importer;

/** How a long preview reports how far it has got and learns that the parent pressed Cancel. */
public interface PreviewProgress {

    PreviewProgress NONE = new PreviewProgress() {
        @Override
        public boolean cancelled() {
            return false;
        }

        @Override
        public void checked(int rows, int total) {
            // nobody is watching
        }
    };

    boolean cancelled();

    void checked(int rows, int total);
}
