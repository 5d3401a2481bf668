-- Whether the parent's address, phone and email are kept off letters to the other parent in this case.
-- The CMS itself never gives one parent's address to the other; this lets the app do the same.
ALTER TABLE case_file ADD COLUMN keep_address_private INTEGER NOT NULL DEFAULT 0
    CHECK (keep_address_private IN (0, 1));
