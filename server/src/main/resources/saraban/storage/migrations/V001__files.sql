-- Content-addressed files: one row per distinct content, named by the SHA-256 of its bytes.
-- SQLite keeps the bytes under data/files/ab/cd/<sha256> and leaves content NULL;
-- PostgreSQL keeps them in content, so that every node sees every file.
CREATE TABLE files (
    sha256     TEXT         NOT NULL PRIMARY KEY CHECK (length(sha256) = 64),
    size       BIGINT       NOT NULL CHECK (size >= 0),
    media_type TEXT         NOT NULL,
    created_at ${timestamp} NOT NULL,
    content    ${blob}      NULL
);
