-- The record journal: every insert, change and removal in the parent's tables, in order, each entry's hash
-- covering its own content and the hash before it, so a change made behind the app's back breaks the chain
-- or no longer matches the live row. Entries are written by triggers that uk.cml.safety.JournalTriggers
-- generates at each start, so tables added by later versions are covered without a new script.
-- operation: insert, update, delete; existing (a row that was there before its table was watched);
-- watch (row_id 0: the table's triggers were made or remade, content lists its columns).

CREATE TABLE journal (
    id         INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_id     INTEGER NOT NULL,
    operation  TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete', 'existing', 'watch')),
    content    TEXT NOT NULL,
    at         TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);
CREATE INDEX journal_row ON journal (table_name, row_id);

-- Append-only, as far as SQLite can enforce it; the hash chain shows it if these are dropped and rows edited.
CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN SELECT RAISE(ABORT, 'The record journal cannot be changed'); END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN SELECT RAISE(ABORT, 'The record journal cannot be changed'); END;
