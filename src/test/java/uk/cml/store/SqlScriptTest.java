package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void aSemicolonInsideAStringOrAQuotedNameDoesNotEndTheStatement() {
        assertEquals(List.of("INSERT INTO t VALUES ('a; b', 'it''s; fine');", "CREATE TABLE \"odd;name\" ([x;y] TEXT);"),
                SqlScript.statements("INSERT INTO t VALUES ('a; b', 'it''s; fine');\n"
                        + "CREATE TABLE \"odd;name\" ([x;y] TEXT);"));
    }

    @Test
    void commentsAreDroppedWithTheSemicolonsInThem() {
        assertEquals(List.of("SELECT 1;", "SELECT 2;"), SqlScript.statements(
                "-- first; not a statement\nSELECT 1; /* a; block\n comment; */ SELECT 2; -- trailing;\n-- done;"));
    }

    @Test
    void aTriggerBodyKeepsItsSemicolonsUntilItsEnd() {
        String trigger = "CREATE TRIGGER t_check BEFORE INSERT ON t BEGIN\n"
                + "  SELECT CASE WHEN NEW.x < 0 THEN RAISE(ABORT, 'no; negatives') END;\n"
                + "  INSERT INTO log VALUES (NEW.x);\nEND;";
        assertEquals(List.of("CREATE TABLE t (x);", trigger, "CREATE TEMP TRIGGER u AFTER DELETE ON t BEGIN SELECT 1; END;",
                "SELECT 3;"), SqlScript.statements("CREATE TABLE t (x);\n" + trigger
                + "\nCREATE TEMP TRIGGER u AFTER DELETE ON t BEGIN SELECT 1; END;\nSELECT 3;"));
    }

    @Test
    void aLastStatementWithoutASemicolonIsKept() {
        assertEquals(List.of("SELECT 1;", "SELECT 2"), SqlScript.statements("SELECT 1;\n\nSELECT 2\n"));
    }

    @Test
    void beginAndEndAsPlainWordsOutsideATriggerChangeNothing() {
        assertEquals(List.of("SELECT 1 AS begin_at;", "SELECT 'END';"),
                SqlScript.statements("SELECT 1 AS begin_at; SELECT 'END';"));
    }
}
