package uk.cml.importer;

import uk.cml.domain.Words;

/** How the bytes of an imported file were turned into text; shown in the preview so odd characters can be explained. */
public enum TextEncoding {
    UTF_8_WITH_BOM, UTF_8, UTF_16LE, UTF_16BE, WINDOWS_1252;

    public String label() {
        return switch (this) {
            case UTF_8_WITH_BOM -> Words.text("importer.encoding.utf8WithBom");
            case UTF_8 -> Words.text("importer.encoding.utf8");
            case UTF_16LE -> Words.text("importer.encoding.utf16le");
            case UTF_16BE -> Words.text("importer.encoding.utf16be");
            case WINDOWS_1252 -> Words.text("importer.encoding.windows1252");
        };
    }
}
