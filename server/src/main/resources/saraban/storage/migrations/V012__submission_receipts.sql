-- A submitted form as the province received it: the incoming letter (receive number, stamp, register
-- row) made in the same transaction as the submission. One row per submission; a second submission is
-- a new revision with its own receipt.
CREATE TABLE submission_receipts (
    submission_id BIGINT NOT NULL PRIMARY KEY REFERENCES submissions (id),
    incoming_id   BIGINT NOT NULL REFERENCES incoming_letters (id)
);

-- The first time someone of an office opened a circular's request in the portal: "read" in the
-- circular's status per district.
CREATE TABLE form_request_reads (
    request_id    BIGINT       NOT NULL REFERENCES form_requests (id),
    office_id     TEXT         NOT NULL,
    first_read_at ${timestamp} NOT NULL,
    first_read_by TEXT         NOT NULL,
    PRIMARY KEY (request_id, office_id)
);
