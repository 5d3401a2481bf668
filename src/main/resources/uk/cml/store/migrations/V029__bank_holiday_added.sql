-- A bank holiday announced after this copy of the app was made (a one-off day by proclamation), added by the parent
-- in Settings so the one calendar counts it everywhere: dues, reply-by dates, post-by dates. A correction keeps the
-- earlier version in amendment; a day taken back is marked deleted_at (the Bin), never removed. The records are
-- copied aside before this runs, as before every upgrade (Database.copyAside).
CREATE TABLE bank_holiday_added (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES case_file (id),
    on_day      TEXT NOT NULL,
    name        TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX bank_holiday_added_day ON bank_holiday_added (on_day);
