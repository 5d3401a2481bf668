-- The date printed on a document (a CMS letter's date, a statement's date), as the parent reads it off the paper:
-- apart from added_on, the day it was added to the app. Optional: NULL until the parent gives it.

ALTER TABLE document ADD COLUMN dated_on TEXT;
