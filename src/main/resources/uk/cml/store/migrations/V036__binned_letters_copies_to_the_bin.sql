-- No change of shape. Until 6 Dec 2026 a letter the app made went to the Bin alone: made again, or moved there, its
-- PDF stayed in Documents (and on the Timeline), where it read as one more letter to post. The app now moves a binned
-- letter's copy to the Bin with it, marked with the letter's own bin marker (deleted_at), and putting the letter back
-- brings it back. This gives the copies of letters binned before the same place, once, after the records have been
-- copied aside as before every upgrade. Only the copy of a letter in the Bin never posted (the pack's rule for a
-- letter not sent: no posting day, or no way it was sent), whose marker it takes (the latest, if two such letters
-- share it). Not a file any record outside the Bin uses (a letter's copy or proof of postage, a CMS letter's scan, a
-- payment's evidence), nor the copy of a posted letter in the Bin (the record of what was sent, left for the parent
-- to move), nor a document already in the Bin (it keeps its own marker). Nothing is deleted: files stay in the store,
-- and the journal's triggers note each row changed.

UPDATE document SET deleted_at = (
    SELECT MAX(l.deleted_at) FROM letter_sent l
     WHERE l.copy_document_id = document.id AND l.case_id = document.case_id AND l.deleted_at IS NOT NULL
       AND (l.posted_on IS NULL OR l.method IS NULL))
 WHERE deleted_at IS NULL
   AND EXISTS (SELECT 1 FROM letter_sent l
                WHERE l.copy_document_id = document.id AND l.case_id = document.case_id AND l.deleted_at IS NOT NULL
                  AND (l.posted_on IS NULL OR l.method IS NULL))
   AND NOT EXISTS (SELECT 1 FROM letter_sent l
                    WHERE (l.copy_document_id = document.id OR l.certificate_document_id = document.id)
                      AND (l.deleted_at IS NULL OR (l.posted_on IS NOT NULL AND l.method IS NOT NULL)))
   AND NOT EXISTS (SELECT 1 FROM letter_received r WHERE r.scan_document_id = document.id AND r.deleted_at IS NULL)
   AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.evidence_document_id = document.id AND p.deleted_at IS NULL);
