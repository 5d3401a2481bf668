package uk.cml.importer;

import java.nio.file.Path;
import java.util.Optional;
import uk.cml.domain.Validated;
import uk.cml.domain.Words;

/**
 * A file read and split into rows: the first step of an import, before the parent maps any columns.
 *
 * @param bank the bank when the file's format itself says so (Santander's text download); column names
 *             recognise the rest later, in {@link FileLayout}
 */
public record CsvFile(TextEncoding encoding, ParsedCsv csv, Optional<String> bank) {

    /** Far more than years of a busy current account; a file with more rows is refused before it is parsed. */
    public static final int MAX_ROWS = 100_000;

    static final String TOO_MANY_ROWS = Words.text("importer.file.tooManyRows");
    static final String SANTANDER_UNREADABLE = Words.text("importer.file.santanderUnreadable");
    static final String QIF_OR_OFX = Words.text("importer.file.qifOrOfx");

    /** Reads, decodes and parses a file; a problem is a message for the parent (too big, Excel, PDF, empty...). */
    public static Validated<CsvFile> load(Path file) {
        Validated<DecodedText> text = CsvText.read(file);
        return text.isOk() ? from(text.value()) : Validated.problem(text.problem().orElseThrow());
    }

    public static Validated<CsvFile> of(byte[] bytes) {
        Validated<DecodedText> text = CsvText.decode(bytes);
        return text.isOk() ? from(text.value()) : Validated.problem(text.problem().orElseThrow());
    }

    private static Validated<CsvFile> from(DecodedText decoded) {
        String text = decoded.text();
        if (lineCount(text) > MAX_ROWS + 1) {
            return Validated.problem(TOO_MANY_ROWS);
        }
        String start = text.stripLeading();
        if (start.startsWith("!Type:") || start.startsWith("OFXHEADER") || start.startsWith("<?xml")
                || start.startsWith("<OFX>")) {
            return Validated.problem(QIF_OR_OFX);
        }
        if (SantanderText.looksLikeIt(text)) {
            return SantanderText.read(text)
                    .map(csv -> Validated.ok(new CsvFile(decoded.encoding(), csv,
                            Optional.of(Words.text("importer.layout.santanderText")))))
                    .orElse(Validated.problem(SANTANDER_UNREADABLE));
        }
        return Validated.ok(new CsvFile(decoded.encoding(), CsvParser.parse(text), Optional.empty()));
    }

    /** Counts line ends without splitting the text, so a huge file costs no extra memory. */
    private static long lineCount(String text) {
        long lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
