-- A minter key (role 'minter', which fits role's 16 characters) may be limited to named subscribe tokens, the
-- "masters" it mints viewer tokens for: their ids, comma-separated (at most 100 ids); NULL for any
ALTER TABLE api_key ADD COLUMN masters VARCHAR(1200);
