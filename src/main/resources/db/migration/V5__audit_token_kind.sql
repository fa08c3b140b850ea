-- Which kind of token a row's token id names (publish or subscribe): the two kinds number their tokens apart, so a
-- token's history needs both. Rows written before this version have none.
ALTER TABLE audit_event ADD COLUMN token_kind VARCHAR(16);
