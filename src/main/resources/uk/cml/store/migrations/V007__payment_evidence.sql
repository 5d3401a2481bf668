-- A payment can point at the document that shows it arrived (a bank statement, a screenshot of the account).
-- Nullable: most payments have none. The document itself stays in the documents store.

ALTER TABLE payment ADD COLUMN evidence_document_id INTEGER REFERENCES document (id);
