package uk.cml.importer;

/** How the bytes of an imported file were turned into text; shown in the preview so odd characters can be explained. */
public enum TextEncoding {
    UTF_8_WITH_BOM("UTF-8 (with byte order mark)"),
    UTF_8("UTF-8"),
    UTF_16LE("UTF-16 little-endian"),
    UTF_16BE("UTF-16 big-endian"),
    WINDOWS_1252("Windows-1252 (older Windows and bank exports)");

    private final String label;

    TextEncoding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
