-- A CMS calculation may set a new amount. Until the payment plan has a change dated on or after the decision's date,
-- the Overview asks the parent to add the new amount; the parent can answer that the amount did not change. That
-- answer is kept here, as the day it was given (NULL: not said). Taking it back is a correction like any other: the
-- earlier version of the row is kept in amendment. The records are copied aside before this runs, as before every
-- upgrade (Database.copyAside).
ALTER TABLE cms_decision ADD COLUMN amount_unchanged_on TEXT;
