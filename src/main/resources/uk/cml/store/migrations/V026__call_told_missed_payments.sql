-- A call keeps the parent's own answer to "Did you tell them about missed payments on this call?": 'YES' or 'NO'.
-- The letters ("I told you by phone on ...", "to tell you again") and the "tell the CMS" to-do read this answer only;
-- they used to guess it from the words of the call's outcome. Calls logged before this have no answer (NULL), and
-- none is guessed for them here: an unanswered call is not taken as a report. A change of the answer is a correction
-- like any other: the earlier version of the row is kept in amendment.
ALTER TABLE call_log ADD COLUMN told_missed_payments TEXT CHECK (told_missed_payments IN ('YES', 'NO'));
