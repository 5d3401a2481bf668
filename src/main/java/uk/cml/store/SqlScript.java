package uk.cml.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a migration script into statements the way SQLite reads them: a semicolon ends a statement unless it
 * is inside a string, a quoted name or a comment, or inside the BEGIN ... END body of a CREATE TRIGGER (where
 * CASE ... END may nest). Comments are dropped.
 */
final class SqlScript {

    private final String sql;
    private final List<String> statements = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private final List<String> words = new ArrayList<>();
    private int depth;
    private int at;

    private SqlScript(String sql) {
        this.sql = sql;
    }

    static List<String> statements(String sql) {
        SqlScript script = new SqlScript(sql);
        script.split();
        return script.statements;
    }

    private void split() {
        while (at < sql.length()) {
            char c = sql.charAt(at);
            if (c == '\'' || c == '"' || c == '`') {
                copyQuoted(c, c);
            } else if (c == '[') {
                copyQuoted('[', ']');
            } else if (sql.startsWith("--", at)) {
                skipTo("\n", 0);
            } else if (sql.startsWith("/*", at)) {
                skipTo("*/", 2);
            } else if (Character.isLetter(c) || c == '_') {
                copyWord();
            } else if (c == ';' && !insideTriggerBody()) {
                current.append(c);
                at++;
                finishStatement();
            } else {
                current.append(c);
                at++;
            }
        }
        finishStatement();
    }

    private void copyQuoted(char open, char close) {
        int end = at + 1;
        while (end < sql.length()) {
            if (sql.charAt(end) == close) {
                // SQL doubles a quote to include it: 'it''s'.
                if (open != '[' && end + 1 < sql.length() && sql.charAt(end + 1) == close) {
                    end += 2;
                    continue;
                }
                break;
            }
            end++;
        }
        end = Math.min(end + 1, sql.length());
        current.append(sql, at, end);
        at = end;
    }

    private void skipTo(String marker, int include) {
        int end = sql.indexOf(marker, at + 2);
        at = end < 0 ? sql.length() : end + include;
        current.append(' ');
    }

    private void copyWord() {
        int end = at;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                || sql.charAt(end) == '$')) {
            end++;
        }
        String word = sql.substring(at, end).toUpperCase(Locale.ROOT);
        words.add(word);
        if (isTrigger()) {
            if (word.equals("BEGIN") || word.equals("CASE")) {
                depth++;
            } else if (word.equals("END")) {
                depth--;
            }
        }
        current.append(sql, at, end);
        at = end;
    }

    /** CREATE [TEMP | TEMPORARY] TRIGGER ... */
    private boolean isTrigger() {
        if (words.size() < 2 || !words.get(0).equals("CREATE")) {
            return false;
        }
        String second = words.get(1);
        return second.equals("TRIGGER") || ((second.equals("TEMP") || second.equals("TEMPORARY"))
                && words.size() > 2 && words.get(2).equals("TRIGGER"));
    }

    private boolean insideTriggerBody() {
        return isTrigger() && depth > 0;
    }

    private void finishStatement() {
        String statement = current.toString().strip();
        if (!statement.isEmpty() && !statement.equals(";")) {
            statements.add(statement);
        }
        current.setLength(0);
        words.clear();
        depth = 0;
    }
}
