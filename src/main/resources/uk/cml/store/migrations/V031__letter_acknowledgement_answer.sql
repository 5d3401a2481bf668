-- A letter received keeps the parent's own answer to "Does this letter only say the CMS has received your
-- complaint?": 'YES' or 'NO' (NULL: not asked, or not answered). Where it stands, the pack and the letters read this
-- answer only for the CMS's target to acknowledge and for whether the reply is still due; they used to read the
-- words of the parent's summary ("acknowledgement", "ack", "received my complaint"...), so "they did not acknowledge
-- my complaint" written about the reply made it an acknowledgement, silently. A change of the answer is a correction
-- like any other: the earlier version of the row is kept in amendment.
ALTER TABLE letter_received ADD COLUMN acknowledgement TEXT CHECK (acknowledgement IN ('YES', 'NO'));
-- Letters logged before this keep what the parent has been shown: each one the old rule read as an acknowledgement
-- (OldAcknowledgementWords, frozen; never a letter answered Yes to the final-response question) is answered Yes;
-- every other is left unanswered. The records are copied aside before this runs, as before every upgrade.
UPDATE letter_received SET acknowledgement = 'YES'
WHERE cml_v031_acknowledgement(summary) = 1 AND (final_response IS NULL OR final_response <> 'YES');
