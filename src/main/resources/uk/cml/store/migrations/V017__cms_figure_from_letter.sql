-- A CMS arrears figure can say which received letter stated it: logging a CMS letter that gives an arrears figure
-- records that figure in the same transaction, dated "as at" the day the letter gives (often before its own date).
-- Figures typed on the Payments page have no link (NULL). A change of the figure through its letter is a correction
-- like any other: the earlier version of the row is kept in amendment.
ALTER TABLE adjustment ADD COLUMN from_letter INTEGER REFERENCES letter_received (id);
