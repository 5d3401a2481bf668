-- A letter the parent sent can say which of their earlier letters it chases: the app's chasing letter is logged with
-- a link to the letter it is about, so the Overview knows a chase is made (post it) or posted (wait for its reply
-- date) and does not offer to chase that letter again. Letters logged before this, and letters logged by hand, have
-- no link (NULL). A change of the link is a correction like any other: the earlier version of the row is kept in
-- amendment.
ALTER TABLE letter_sent ADD COLUMN chases INTEGER REFERENCES letter_sent (id);
