-- Calls with the CMS and dated notes. Both keep when they happened (entered by the parent) and when they were
-- recorded (set by the app); corrections go through the amendment table; deleting sets deleted_at (the bin).

CREATE TABLE call_log (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES case_file (id),
    happened_at    TEXT NOT NULL,
    direction      TEXT NOT NULL CHECK (direction IN ('I_CALLED', 'CMS_CALLED', 'OTHER')),
    phone_number   TEXT NOT NULL DEFAULT '',
    spoke_to       TEXT NOT NULL DEFAULT '',
    team           TEXT NOT NULL DEFAULT '',
    staff_id       TEXT NOT NULL DEFAULT '',
    what_was_said  TEXT NOT NULL DEFAULT '',
    promised       TEXT NOT NULL DEFAULT '',
    promised_by    TEXT,
    outcome        TEXT NOT NULL DEFAULT '',
    follow_up_on   TEXT,
    follow_up_done INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1)),
    promise_kept   INTEGER NOT NULL DEFAULT 0 CHECK (promise_kept IN (0, 1)),
    recorded_at    TEXT NOT NULL,
    deleted_at     TEXT
);
CREATE INDEX call_log_case ON call_log (case_id, happened_at);

CREATE TABLE note (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES case_file (id),
    happened_on TEXT NOT NULL,
    category    TEXT NOT NULL CHECK (category IN ('EFFECT_ON_CHILD', 'PLAIN')),
    text        TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX note_case ON note (case_id, happened_on);
