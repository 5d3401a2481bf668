package uk.cml.app;

/** Entry point placeholder; replaced by the launcher. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("Child Maintenance Log");
    }
}
