-- A letter the parent sent can say which CMS decision it answers: a mandatory reconsideration request, or the reply
-- to a proposal to write off arrears. The "Where things stand" page then ticks that decision's first limit only,
-- never every decision of its kind. Letters logged before this have no link (NULL): the page reads each of them as
-- answering at most one decision, and asks the parent to choose when more than one could be the one.
-- A change of the link is a correction like any other: the earlier version of the row is kept in amendment.
ALTER TABLE letter_sent ADD COLUMN answers_decision INTEGER REFERENCES cms_decision (id);
