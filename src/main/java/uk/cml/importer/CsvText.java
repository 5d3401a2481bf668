package uk.cml.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.cml.domain.Validated;
import uk.cml.domain.Words;

/**
 * Turns the bytes of a file a parent chose into text, refusing files that are not text at all.
 * Order of trust: a byte order mark, then strict UTF-8, then Windows-1252 (UK bank exports write £ as the single byte 0xA3,
 * which is never valid UTF-8 on its own).
 */
public final class CsvText {

    /** Far above any real statement or spreadsheet of payments; stops a wrong file from filling memory. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    static final String EXCEL_MESSAGE = Words.text("importer.file.excel");
    static final String PDF_MESSAGE = Words.text("importer.file.pdf");
    static final String BINARY_MESSAGE = Words.text("importer.file.notCsv");
    static final String TOO_LARGE_MESSAGE = Words.text("importer.file.tooLarge");
    static final String EMPTY_MESSAGE = Words.text("importer.file.empty");

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvText() {
    }

    /** Reads a file, checking its size before loading it. */
    public static Validated<DecodedText> read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return Validated.problem(TOO_LARGE_MESSAGE);
            }
            return decode(Files.readAllBytes(file));
        } catch (IOException e) {
            return Validated.problem(Words.text("importer.file.unreadable"));
        }
    }

    public static Validated<DecodedText> decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return Validated.problem(TOO_LARGE_MESSAGE);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            String text = strictUtf8(bytes, 3);
            // A BOM promised UTF-8; a file that breaks that promise is still better read than refused.
            return text != null ? nonEmpty(text, TextEncoding.UTF_8_WITH_BOM)
                    : nonEmpty(new String(bytes, 3, bytes.length - 3, WINDOWS_1252), TextEncoding.WINDOWS_1252);
        }
        // UTF-16 text is full of NUL bytes, so its marks are checked before the binary test.
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return nonEmpty(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), TextEncoding.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return nonEmpty(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), TextEncoding.UTF_16BE);
        }
        String notText = whyNotText(bytes);
        if (notText != null) {
            return Validated.problem(notText);
        }
        String utf8 = strictUtf8(bytes, 0);
        return utf8 != null ? nonEmpty(utf8, TextEncoding.UTF_8)
                : nonEmpty(new String(bytes, WINDOWS_1252), TextEncoding.WINDOWS_1252);
    }

    private static String whyNotText(byte[] bytes) {
        if (startsWith(bytes, 'P', 'K', 0x03, 0x04) || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return EXCEL_MESSAGE; // .xlsx and .ods are ZIP files; old .xls files are OLE2 compound files.
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return PDF_MESSAGE;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return BINARY_MESSAGE;
            }
        }
        return null;
    }

    /** The text, or null when the bytes are not valid UTF-8. */
    private static String strictUtf8(byte[] bytes, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Validated<DecodedText> nonEmpty(String text, TextEncoding encoding) {
        if (text.isBlank()) {
            return Validated.problem(EMPTY_MESSAGE);
        }
        return Validated.ok(new DecodedText(text, encoding));
    }

    private static boolean startsWith(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
