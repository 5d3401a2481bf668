-- A CMS arrears figure says which side of the Collect and Pay fee it is on, so it is compared like for like.
-- Existing figures are taken as before the fee: the CMS states what the paying parent owes.

ALTER TABLE adjustment ADD COLUMN fee_basis TEXT NOT NULL DEFAULT 'BEFORE_FEE'
    CHECK (fee_basis IN ('BEFORE_FEE', 'AFTER_FEE'));
