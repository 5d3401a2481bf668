package uk.cml.letters.pack;

/** The pack's page numbers: CML-0001, CML-0002 and so on. */
public final class PackNumbers {

    public static final String PREFIX = "CML-";

    private PackNumbers() {
    }

    public static String label(int pageNumber) {
        return PREFIX + String.format("%04d", pageNumber);
    }
}
