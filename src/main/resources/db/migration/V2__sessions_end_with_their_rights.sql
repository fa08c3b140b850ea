-- A password reset, role change or disable raises credential_version, which ends every session opened before it
ALTER TABLE gateway_user ADD COLUMN credential_version INTEGER DEFAULT 0 NOT NULL;
-- A generated first password must be changed at the first console login
ALTER TABLE gateway_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
