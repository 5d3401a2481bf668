-- A letter received keeps the parent's own answer to "Does this letter say it is the CMS's final response to your
-- complaint?": 'YES', 'NO' or 'NOT_SURE' (NULL: not asked, or not answered). Where it stands, the letters and the
-- pack read this answer only; they used to read the words of the parent's summary ("final response" in it), so a
-- phrase in the parent's own notes moved the complaint on to ICE and rewording it moved it back. A change of the
-- answer is a correction like any other: the earlier version of the row is kept in amendment.
ALTER TABLE letter_received ADD COLUMN final_response TEXT CHECK (final_response IN ('YES', 'NO', 'NOT_SURE'));
-- Letters logged before this keep what the parent has been shown: each one the old rule read as a final response
-- (OldFinalResponseWords, frozen) is answered Yes; every other is left unanswered. The records are copied aside
-- before this runs, as before every upgrade (Database.copyAside).
UPDATE letter_received SET final_response = 'YES' WHERE cml_v027_final_response(summary) = 1;
