-- A CMS decision can say which received letter it came in: logging a CMS letter that is a decision (a calculation,
-- a refusal, a proposal to write off arrears) records the decision in the same transaction, dated as the letter is,
-- so its time limit counts from the letter's own date and a reply to the decision shows as the letter's reply.
-- Decisions added on "Where things stand" have no link (NULL). A change of the decision through its letter is a
-- correction like any other: the earlier version of the row is kept in amendment.
ALTER TABLE cms_decision ADD COLUMN from_letter INTEGER REFERENCES letter_received (id);
