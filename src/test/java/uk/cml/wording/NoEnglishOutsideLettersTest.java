package uk.cml.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The words the records' rules and lists make (domain, store, importer,
 * documents, privacy) are in messages.properties, not in Java: a literal
 * there that reads as English fails unless it is for developers (the log, an exception no parent sees, SQL, a
 * pattern) or its file is allowed below with the reason. {@code ui} and the start-up windows have their own test
 * ({@link NoEnglishInViewsTest}); {@code letters} keeps its wording in the letter templates and is not checked.
 */
class NoEnglishOutsideLettersTest {

    private static final List<Path> CHECKED = List.of(Path.of("src/main/java/uk/cml/domain"),
            Path.of("src/main/java/uk/cml/store"), Path.of("src/main/java/uk/cml/importer"),
            Path.of("src/main/java/uk/cml/documents"), Path.of("src/main/java/uk/cml/privacy"));
    private static final Pattern LOOKS_WRITTEN = Pattern.compile("(?s)(?=.*\\p{L})(.*\\s.*|\\p{Lu}.*|.*[.:?!])");
    /** Statements for developers: the log, exceptions and checks a parent never sees, patterns, file paths. */
    private static final Pattern DEVELOPERS_ONLY = Pattern.compile("LOG\\.|Logger|log\\(|Exception\\(|Error\\("
            + "|requireNonNull|ascii\\(|ofPattern\\(|Pattern\\.compile|getResource|\\.resolve\\(|MessageDigest|getConnection");
    /** SQL: statements, column lists and orderings ("happened_at DESC, id DESC"). */
    private static final Pattern SQL = Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE|CREATE|WHERE|FROM|VALUES"
            + "|DESC|ASC|PRAGMA|VACUUM|JOIN|ORDER BY|AND|OR|NULL|COALESCE|coalesce)\\b|^[a-z_]+(, [a-z_]+)+,?\\s*$"
            + "|^\\s*[a-z_]+ = (\\?|excluded\\.[a-z_]+)");
    /** Exceptions whose message the parent reads (ui/common/Problems shows a StoreException's message). */
    private static final Pattern SHOWN_TO_PARENT = Pattern.compile("StoreException\\(|refusal\\(");
    /** SQL words, key prefixes ("label.", " SET ", "TRIGGER") and file formats' markers ("!Type:", "<OFX>"). */
    private static final Pattern CODE = Pattern.compile("\\s*[A-Z]+\\s*|[a-z][A-Za-z0-9.]*\\.|[!<]\\S*");
    /** Regular expressions and their pieces. */
    private static final Pattern REGEX = Pattern.compile(".*(\\\\[dswRb]|\\(\\?|\\[[^\\]]*\\]\\{|\\|).*");

    /** Files whose English literals are not parent-facing words, each with the reason. */
    private static final Map<String, String> ALLOWED = Map.of(
            "CalendarFile.java", "iCalendar field names (BEGIN:VEVENT ...), the file format, not words",
            "ArrearsScheduleCsv.java", "the spreadsheet's column header, part of the file's format that other"
                    + " programs and the tests read back",
            "ComplaintThreads.java", "words looked for in a letter's subject (\"senior manager\"), not shown",
            "BankHolidays.java", "the \"# checked:\" line of the bank holidays data file",
            "Database.java", "SQLite's own error texts it recognises (\"not a database\", \"No space left on"
                    + " device\"); its messages to the parent are in the bundle",
            "DatabaseFile.java", "SQLite's file header bytes",
            "KnownLayouts.java", "banks' own column names, matched against a file's header row, and banks' names",
            "MappingGuesser.java", "column names looked for in a file's header row, never shown",
            "SantanderText.java", "the lines of Santander's text download (\"From:\", \"Account:\"), looked for");

    /** Single literals that are not words, each with the reason. */
    private static final Map<String, String> ALLOWED_LITERALS = Map.of(
            "premature end", "PDFBox's warning about a cut-off file, looked for in its warnings",
            "PBKDF2WithHmacSHA256", "the passcode hash's algorithm name");

    @Test
    @DisplayName("domain, store, importer, documents and privacy make no parent-facing English in Java: it is in messages.properties")
    void noHardCodedWords() throws IOException {
        List<String> found = new java.util.ArrayList<>();
        for (Path folder : CHECKED) {
            for (JavaLiterals.Literal l : JavaLiterals.under(folder)) {
                String name = l.file().getFileName().toString();
                if (ALLOWED.containsKey(name) || ALLOWED_LITERALS.containsKey(l.text()) || !LOOKS_WRITTEN.matcher(l.text()).matches()
                        || developersOnly(statement(l)) || SQL.matcher(l.text()).find()
                        || CODE.matcher(l.text()).matches()
                        || REGEX.matcher(l.text()).matches() || l.text().startsWith("uk.cml.")) {
                    continue;
                }
                found.add(l.toString());
            }
        }
        assertEquals(List.of(), found, found.size() + " literals hold words; move them to messages.properties");
    }

    private static boolean developersOnly(String statement) {
        return DEVELOPERS_ONLY.matcher(statement).find() && !SHOWN_TO_PARENT.matcher(statement).find();
    }

    /** The literal's line and the three before it: a thrown message often starts a line or two above. */
    private static String statement(JavaLiterals.Literal l) throws IOException {
        List<String> lines = Files.readAllLines(l.file());
        return String.join("\n", lines.subList(Math.max(0, l.line() - 4), l.line()));
    }
}
