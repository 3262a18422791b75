-- The search index follows the database: whatever changes a searchable document (issuing a letter,
-- receiving one, publishing) writes a row here in the same transaction. Each server node's indexer
-- applies the rows after the last one its own index has seen (kept in the index, not here), so
-- rows are not consumed; the oldest are pruned once there are many.
CREATE TABLE search_queue (
    seq    ${autoid},
    doc_id TEXT NOT NULL
);
