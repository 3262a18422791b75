/**
 * Where Saraban keeps its state: a JDBC database (SQLite in {@code data/} by default, PostgreSQL
 * when {@code SARABAN_DB_URL} names one), its versioned migrations, transactions that retry on
 * write conflicts, and a content-addressed file store.
 *
 * <p>Public face: {@link saraban.storage.Database} (open, {@code inTransaction}, {@code read}) and
 * {@link saraban.storage.FileStore} (files by SHA-256), with {@link saraban.storage.Dialect} for
 * the few SQL differences feature code must know about. Schema changes are SQL files in {@code
 * saraban/storage/migrations/} ({@code V001__files.sql}, …), applied in order when the database is
 * opened.
 *
 * <p>This package knows nothing of letters, registers or any other feature, and depends on nothing
 * else of Saraban; features depend on it.
 */
package saraban.storage;
