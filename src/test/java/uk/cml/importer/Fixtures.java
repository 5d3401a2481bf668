package uk.cml.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the committed CSV fixtures byte for byte (they are marked -text so git never changes their line ends). */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DecodedText text(String name) {
        return CsvText.decode(bytes(name)).value();
    }

    static ParsedCsv parsed(String name) {
        return CsvParser.parse(text(name).text());
    }
}
