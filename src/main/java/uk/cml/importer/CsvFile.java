package uk.cml.importer;

import java.nio.file.Path;
import uk.cml.domain.Validated;

/** A CSV file read and split into rows: the first step of an import, before the parent maps any columns. */
public record CsvFile(TextEncoding encoding, ParsedCsv csv) {

    /** Reads, decodes and parses a file; a problem is a message for the parent (too big, Excel, PDF, empty...). */
    public static Validated<CsvFile> load(Path file) {
        return CsvText.read(file).map(CsvFile::from);
    }

    public static Validated<CsvFile> of(byte[] bytes) {
        return CsvText.decode(bytes).map(CsvFile::from);
    }

    private static CsvFile from(DecodedText text) {
        return new CsvFile(text.encoding(), CsvParser.parse(text.text()));
    }
}
