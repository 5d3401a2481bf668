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
 * The words the records' rules, lists and messages make (domain, store, importer, documents, privacy, safety, app)
 * are in messages.properties, not in Java: a literal there that reads as English fails unless it is for developers
 * (the log, an exception no parent sees, SQL, a pattern, a file format) or it or its file is allowed below with the
 * reason. {@code ui} and the start-up windows have their own test
 * ({@link NoEnglishInViewsTest}); {@code letters} keeps its wording in the letter templates and is not checked.
 */
class NoEnglishOutsideLettersTest {

    private static final List<Path> CHECKED = List.of(Path.of("src/main/java/uk/cml/domain"),
            Path.of("src/main/java/uk/cml/store"), Path.of("src/main/java/uk/cml/importer"),
            Path.of("src/main/java/uk/cml/documents"), Path.of("src/main/java/uk/cml/privacy"),
            Path.of("src/main/java/uk/cml/safety"), Path.of("src/main/java/uk/cml/app"));
    private static final Pattern LOOKS_WRITTEN = Pattern.compile("(?s)(?=.*\\p{L})(.*\\s.*|\\p{Lu}.*|.*[.:?!])");
    /** Statements for developers: the log, exceptions and checks a parent never sees, patterns, file paths. */
    private static final Pattern DEVELOPERS_ONLY = Pattern.compile("LOG\\.|Logger|log\\(|Exception\\(|Error\\("
            + "|requireNonNull|setProperty\\(|mark\\(|ascii\\(|steps\\.after\\(|ofPattern\\(|Pattern\\.compile"
            + "|getResource|\\.resolve\\(|MessageDigest|getConnection");
    /** SQL: statements, column lists and orderings ("happened_at DESC, id DESC"). */
    private static final Pattern SQL = Pattern.compile("\\b(WITH|SELECT|INSERT|UPDATE|DELETE|CREATE|WHERE|FROM|VALUES"
            + "|DESC|ASC|PRAGMA|VACUUM|JOIN|ORDER BY|AND|OR|NULL|COALESCE|coalesce)\\b|^[a-z_]+(, [a-z_]+)+,?\\s*$"
            + "|^\\s*[a-z_]+ = (\\?|excluded\\.[a-z_]+)");
    /** Exceptions whose message the parent reads (ui/common/Problems shows a StoreException's message). */
    private static final Pattern SHOWN_TO_PARENT = Pattern.compile("StoreException\\(|refusal\\(");
    /** SQL words, key prefixes ("label.", " SET ", "TRIGGER") and file formats' markers ("!Type:", "<OFX>"). */
    private static final Pattern CODE = Pattern.compile(
            "\\s*[A-Z_]+\\s*|jdbc:\\S*|:memory:|[a-z][A-Za-z0-9.]*\\.|[!<]\\S*");
    /** Regular expressions and their pieces. */
    private static final Pattern REGEX = Pattern.compile(".*(\\\\[dswRb]|\\(\\?|\\[[^\\]]*\\]\\{|\\|).*");

    /** Files whose literals are all formats, SQL or text looked for, never words shown, each with the reason. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("StartupCompiling.java", "compiler directives in the JVM's own syntax, and the JVM's answer to"
                    + " them"),
            Map.entry("CalendarFile.java", "iCalendar field names (BEGIN:VEVENT ...), the file format, not words"),
            Map.entry("ArrearsScheduleCsv.java", "the spreadsheet's column header, part of the file's format that"
                    + " other programs and the tests read back"),
            Map.entry("DatabaseFile.java", "SQLite's file header bytes"),
            Map.entry("OldQuickEntryWords.java", "V033's frozen copy of quick entry's words as V032 wrote them, looked"
                    + " for in old notes and written back by the upgrade; never changed, so never from the bundle"),
            Map.entry("SqliteLibrary.java", "sqlite-jdbc's folder names for each platform inside its jar"),
            Map.entry("KnownLayouts.java", "banks' names and their own column names, matched against a file's"
                    + " header row"),
            Map.entry("MappingGuesser.java", "column names looked for in a file's header row, never shown"),
            Map.entry("BackupManifest.java", "the backup's list of contents: a file format the app reads back"),
            Map.entry("RecordsAnchor.java", "the record anchor file's lines: a file format the app reads back"),
            Map.entry("BackupNote.java", "the note of the newest backup's lines: a file format the app reads back"),
            Map.entry("BackupNames.java", "backup file names, which the app recognises again by how they start"),
            Map.entry("JournalTriggers.java", "SQL for the journal's triggers"),
            Map.entry("TableShape.java", "SQL that reads a table's rows"),
            Map.entry("DataFolder.java", "the data folder's name on disk: renamed, the app would not find the records"),
            Map.entry("StartupTimes.java", "the start-up phases' line in the log"),
            Map.entry("LetterStarts.java", "words a letter quotes and words looked for in a letter's subject: letters'"
                    + " wording, which stays with the letter templates"),
            Map.entry("SampleData.java", "the sample case's made-up records (names, notes, letters): data, not the"
                    + " app's words"),
            Map.entry("SampleEvidence.java", "the sample case's made-up records"),
            Map.entry("SampleHistory.java", "the sample case's made-up records"),
            Map.entry("SampleLetterFacts.java", "the sample case's made-up records"),
            Map.entry("SampleLetterWriter.java", "the sample case's made-up records"),
            Map.entry("SampleStanding.java", "the sample case's made-up records"));

    /** Single literals in other files that are not words shown, each with the reason. */
    private static final Map<String, String> ALLOWED_LITERALS = Map.ofEntries(
            Map.entry("--to FILE", "an option as it is typed on the command line, put into a sentence from the bundle"),
            Map.entry("--from FILE", "an option as it is typed on the command line"),
            Map.entry("--to FOLDER", "an option as it is typed on the command line"),
            Map.entry("premature end", "PDFBox's warning about a cut-off file, looked for in its warnings"),
            Map.entry("PBKDF2WithHmacSHA256", "the passcode hash's algorithm name"),
            Map.entry("copy the database", "the backup writer's exception message, looked for to name the full disk"),
            Map.entry("table ", "the start of a key in the database's list of its own objects"),
            Map.entry("# checked:", "the bank holidays data file's line saying when it was checked"),
            Map.entry("not a database", "SQLite's error text, looked for"),
            Map.entry("No space left on device", "the system's error text, looked for"),
            Map.entry("There is not enough space on the disk", "Windows' error text, looked for"),
            Map.entry("From:", "a line of Santander's text download, looked for"),
            Map.entry("Account:", "a line of Santander's text download, looked for"),
            Map.entry(" to ", "part of a line of Santander's text download, looked for"),
            Map.entry("Date", "a column of Santander's text download, as the bank names it"),
            Map.entry("Description", "a column of Santander's text download, as the bank names it"),
            Map.entry("Amount", "a column of Santander's text download, as the bank names it"),
            Map.entry("Balance", "a column of Santander's text download, as the bank names it"),
            Map.entry("over the size limit", "an exception the copier catches itself, never shown"),
            Map.entry("SQLite format 3\\0", "SQLite's file header"),
            Map.entry("V033__app_words_for_old_records.sql", "a migration script's file name, its step in Java"),
            Map.entry("V034__one_row_per_bank_holiday.sql", "a migration script's file name, its step in Java"),
            Map.entry("System.trim_native_heap", "the JVM's own name for its diagnostic command"),
            Map.entry("Europe/London", "the time zone database's name for England's clock"),
            Map.entry("Child Maintenance Log restore in progress", "the restore intent file's first line, read back"),
            Map.entry("staging: ", "a line of the restore intent file, read back"),
            Map.entry("aside: ", "a line of the restore intent file, read back"),
            Map.entry("backup-made-at: ", "a line of the restore intent file, read back"),
            Map.entry("\\nstaging: ", "a line of the restore intent file, read back"),
            Map.entry("\\naside: ", "a line of the restore intent file, read back"),
            Map.entry("\\nbackup-made-at: ", "a line of the restore intent file, read back"));

    @Test
    @DisplayName("outside ui and letters, no parent-facing English is written in Java: it is in messages.properties")
    void noHardCodedWords() throws IOException {
        List<String> found = new java.util.ArrayList<>();
        for (Path folder : CHECKED) {
            for (JavaLiterals.Literal l : JavaLiterals.under(folder)) {
                String name = l.file().getFileName().toString();
                if (ALLOWED.containsKey(name) || ALLOWED_LITERALS.containsKey(l.text())
                        || !LOOKS_WRITTEN.matcher(l.text()).matches()
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

    /** The statement the literal is in: its line and the lines before it back to the end of the last statement. */
    private static String statement(JavaLiterals.Literal l) throws IOException {
        List<String> lines = Files.readAllLines(l.file());
        int first = l.line() - 1;
        while (first > 0 && l.line() - first < 8 && !lines.get(first - 1).strip().matches(".*[;{}]|")) {
            first--;
        }
        return String.join("\n", lines.subList(first, l.line()));
    }
}
