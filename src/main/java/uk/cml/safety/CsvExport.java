package uk.cml.safety;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.cml.store.Database;

/**
 * Every log of a case as CSV files a spreadsheet opens cleanly: UTF-8 with a byte order mark (so Excel
 * reads £ and accents), readable headings, UK dates, pounds rather than pence. Generic over the tables:
 * any table with a {@code case_id} is a log of that case. Records moved to the bin are left out.
 */
public final class CsvExport {

    private final Database database;

    public CsvExport(Database database) {
        this.database = database;
    }

    /** Writes one file per log of the case into {@code folder} (created if needed). Returns the files. */
    /** One case's export: where it went and how many files. */
    public record CaseExport(Path folder, int files) {
    }

    /**
     * Every case, each in its own folder inside a new dated folder under {@code parent}
     * ("Child Maintenance Log export 2026-11-22", or " (2)" if that exists: nothing is ever overwritten).
     */
    public List<CaseExport> exportAllCases(Path parent, LocalDate today) throws IOException {
        record Named(long id, String otherParent) {
        }
        List<Named> cases = database.read(c -> {
            List<Named> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, other_parent_name FROM case_file WHERE deleted_at IS NULL ORDER BY id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    all.add(new Named(r.getLong(1), r.getString(2)));
                }
            }
            return all;
        });
        Path base = unusedFolder(parent.resolve("Child Maintenance Log export " + today));
        List<CaseExport> written = new ArrayList<>();
        for (Named named : cases) {
            Path caseFolder = base.resolve(safeName("Case " + named.id() + " - " + named.otherParent()));
            written.add(new CaseExport(caseFolder, exportCase(named.id(), caseFolder).size()));
        }
        return written;
    }

    private static Path unusedFolder(Path folder) {
        Path candidate = folder;
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolveSibling(folder.getFileName() + " (" + n + ")");
        }
        return candidate;
    }

    static String safeName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    }

    public List<Path> exportCase(long caseId, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Table> tables = database.read(c -> {
            List<Table> all = new ArrayList<>();
            for (TableShape shape : TableShape.userTables(c)) {
                if (shape.name().equals("case_file")) {
                    all.add(read(c, shape, "id", caseId));
                } else if (shape.hasColumn("case_id")) {
                    all.add(read(c, shape, "case_id", caseId));
                }
            }
            return all;
        });
        List<Path> files = new ArrayList<>();
        for (Table table : tables) {
            Path file = folder.resolve(fileName(table.name()));
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write('\uFEFF');
                writeLine(out, table.headings());
                for (List<String> row : table.rows()) {
                    writeLine(out, row);
                }
            }
            files.add(file);
        }
        return files;
    }

    private record Table(String name, List<String> headings, List<List<String>> rows) {
    }

    private static Table read(Connection c, TableShape shape, String keyColumn, long caseId) throws SQLException {
        List<String> columns = shape.columns().stream().filter(col -> !col.equals("case_id") && !col.equals("deleted_at"))
                .toList();
        String where = TableShape.quote(keyColumn) + " = ?" + (shape.hasColumn("deleted_at") ? " AND deleted_at IS NULL" : "");
        String sql = "SELECT " + String.join(", ", columns.stream().map(TableShape::quote).toList()) + " FROM "
                + shape.quotedName() + " WHERE " + where + " ORDER BY rowid";
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 0; i < columns.size(); i++) {
                        row.add(CsvValues.cell(columns.get(i), r.getString(i + 1)));
                    }
                    rows.add(row);
                }
            }
        }
        return new Table(shape.name(), columns.stream().map(CsvValues::heading).toList(), rows);
    }

    static String fileName(String table) {
        String name = table.equals("case_file") ? "case" : table;
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1).replace('_', ' ') + ".csv";
    }

    private static void writeLine(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(CsvValues.quoted(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** Pence as pounds for a spreadsheet: "1234.50", no £ sign so the column adds up. */
    static String pounds(long pence) {
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }
}
