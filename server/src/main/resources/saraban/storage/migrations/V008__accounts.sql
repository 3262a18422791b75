-- Who may sign in: users with their roles, offices and secrecy clearance; their sessions; the API
-- tokens an administrator issues to them; and failed sign-ins, counted per account and per client
-- address so that guessing is slowed down on every node alike. Session ids and tokens are kept only
-- as SHA-256 hashes: a copy of the database does not let anyone act as a user.
CREATE TABLE users (
    id                   ${autoid},
    username             TEXT         NOT NULL UNIQUE,
    display_name         TEXT         NOT NULL,
    password_hash        TEXT         NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    clearance            TEXT         NOT NULL
        CHECK (clearance IN ('NONE', 'CONFIDENTIAL', 'SECRET', 'TOP_SECRET')),
    disabled             BOOLEAN      NOT NULL,
    created_at           ${timestamp} NOT NULL,
    updated_at           ${timestamp} NOT NULL
);
CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users (id),
    role    TEXT   NOT NULL CHECK (role IN ('ADMIN', 'CENTRAL_REGISTRY', 'UNIT_CLERK', 'STAFF')),
    PRIMARY KEY (user_id, role)
);
CREATE TABLE user_offices (
    user_id   BIGINT NOT NULL REFERENCES users (id),
    office_id TEXT   NOT NULL,
    PRIMARY KEY (user_id, office_id)
);
CREATE TABLE sessions (
    id_sha256    TEXT         NOT NULL PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES users (id),
    csrf         TEXT         NOT NULL,
    created_at   ${timestamp} NOT NULL,
    last_seen_at ${timestamp} NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE TABLE api_tokens (
    id           ${autoid},
    user_id      BIGINT       NOT NULL REFERENCES users (id),
    name         TEXT         NOT NULL,
    token_sha256 TEXT         NOT NULL UNIQUE,
    created_at   ${timestamp} NOT NULL,
    created_by   TEXT         NOT NULL,
    last_used_at ${timestamp} NULL,
    revoked_at   ${timestamp} NULL
);
CREATE TABLE signin_failures (
    subject         TEXT         NOT NULL PRIMARY KEY,
    failures        INTEGER      NOT NULL,
    last_failure_at ${timestamp} NOT NULL,
    locked_until    ${timestamp} NULL
);
