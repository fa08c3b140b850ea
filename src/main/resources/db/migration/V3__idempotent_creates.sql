-- A create sent with an Idempotency-Key is made at most once per key and credential for 24 hours: the first
-- request claims the key (no answer yet), its answer is kept, a repeat gets that answer without an upstream call
CREATE TABLE idempotent_request (
    credential      VARCHAR(160)     NOT NULL,
    idempotency_key VARCHAR(255)     NOT NULL,
    fingerprint     VARCHAR(64)      NOT NULL,
    created_at      TIMESTAMP        NOT NULL,
    answer_status   INTEGER,
    answer_body     VARCHAR(1048576),
    PRIMARY KEY (credential, idempotency_key)
);
CREATE INDEX idempotent_request_created ON idempotent_request (created_at);
