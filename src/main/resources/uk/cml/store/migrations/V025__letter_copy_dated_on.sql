-- A letter the app made was kept under Documents with no date on it (dated_on, V024), so the pack and the timeline
-- placed it on the day it was added. The app now keeps the letter's date with it; this gives the copies kept before
-- the same date: the day the letter is logged as written, only where the copy's file name begins with that day (as
-- the app names the letters it makes, "2026-11-03 Enforcement request to CMS.pdf"), and only where no date is given.

UPDATE document SET dated_on = (
    SELECT MIN(l.written_on) FROM letter_sent l
     WHERE l.copy_document_id = document.id AND l.case_id = document.case_id
       AND l.written_on = substr(document.original_name, 1, 10))
 WHERE dated_on IS NULL
   AND EXISTS (SELECT 1 FROM letter_sent l
                WHERE l.copy_document_id = document.id AND l.case_id = document.case_id
                  AND l.written_on = substr(document.original_name, 1, 10));
