package uk.cml.ui.shell;

/** Takes the parent to a place in the main window. Pages receive one by constructor to reach other pages. */
@FunctionalInterface
public interface Navigator {

    void go(Destination destination);
}
