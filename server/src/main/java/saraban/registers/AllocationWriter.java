package saraban.registers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import saraban.audit.AuditLog;
import saraban.storage.Dialect;

/**
 * Writes a batch of number requests of one series' year: one counter update for all of them, the
 * register rows with one INSERT, their audit events with one more. {@link RegisterService} batches
 * the requests that arrive together.
 */
final class AllocationWriter {

    private final Dialect dialect;
    private final Clock clock;
    private final AuditLog audit;

    AllocationWriter(Dialect dialect, Clock clock, AuditLog audit) {
        this.dialect = dialect;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Writes a batch of allocations of one series' year: takes as many numbers with one counter
     * update, inserts the register rows and their audit events, each with one statement.
     */
    List<RegisterEntry> write(Connection c, SeriesYear key, List<Allocation> batch)
            throws SQLException {
        int first = RegisterRows.next(c, key.officeId(), key.series(), key.year(), batch.size());
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<RegisterEntry> entries = insert(c, key, first, batch, now);
        List<AuditLog.Event> events = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            RegisterEntry e = entries.get(i);
            events.add(
                    new AuditLog.Event(
                            e.createdBy(), batch.get(i).action(), RegisterRows.entity(e), null, e));
        }
        audit.recordAll(c, now, events);
        return entries;
    }

    /**
     * Inserts the register rows of a batch, numbered from {@code first} in the batch's order, with
     * one statement, and returns them as the register keeps them.
     */
    private List<RegisterEntry> insert(
            Connection c, SeriesYear key, int first, List<Allocation> batch, Instant now)
            throws SQLException {
        StringBuilder sql =
                new StringBuilder(
                        "INSERT INTO register_entries (office_id, requested_by, series, year, number,"
                                + " status, reference_number, letter_date, sender, recipient, subject,"
                                + " remark, created_at, created_by) VALUES ");
        for (int i = 0; i < batch.size(); i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("(?, ?, ?, ?, ?, 'USED', ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        sql.append(" RETURNING id, number");
        String[] references = new String[batch.size()];
        long[] ids = new long[batch.size()];
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int p = 0;
            for (int i = 0; i < batch.size(); i++) {
                Allocation a = batch.get(i);
                references[i] =
                        key.series() == Series.RECEIVE
                                ? a.letterReference()
                                : RegisterRows.referenceNumber(
                                        a.office(), key.series(), first + i, key.year());
                s.setString(++p, key.officeId());
                s.setString(++p, a.office().id());
                s.setString(++p, key.series().name());
                s.setInt(++p, key.year());
                s.setInt(++p, first + i);
                s.setString(++p, references[i]);
                s.setString(++p, a.date().toString());
                s.setString(++p, a.request().sender());
                s.setString(++p, a.request().recipient());
                s.setString(++p, a.request().subject());
                s.setString(++p, a.request().remark());
                dialect.setInstant(s, ++p, now);
                s.setString(++p, a.actor());
            }
            // Neither database promises RETURNING in VALUES order: match the ids by number.
            int returned = 0;
            try (ResultSet r = s.executeQuery()) {
                for (; r.next(); returned++) {
                    ids[r.getInt(2) - first] = r.getLong(1);
                }
            }
            if (returned != batch.size()) {
                throw new IllegalStateException(
                        "inserted " + batch.size() + " register rows, " + returned + " returned");
            }
        }
        List<RegisterEntry> entries = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            entries.add(batch.get(i).entry(ids[i], key, first + i, references[i], now));
        }
        return entries;
    }

    /** The counter a number is taken from: an office's series in a Buddhist-Era year. */
    record SeriesYear(String officeId, Series series, int year) {}

    /** A request for a number, checked, waiting for its number: what its register row records. */
    record Allocation(
            Office office,
            LocalDate date,
            NumberRequest request,
            String actor,
            String letterReference,
            String action) {
        /** The register row written for this request, as the register reads it back. */
        RegisterEntry entry(long id, SeriesYear key, int number, String reference, Instant at) {
            return new RegisterEntry(
                    id,
                    key.officeId(),
                    office.id(),
                    key.series(),
                    key.year(),
                    number,
                    RegisterEntry.Status.USED,
                    reference,
                    date,
                    request.sender(),
                    request.recipient(),
                    request.subject(),
                    null,
                    request.remark(),
                    at,
                    actor,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
    }
}
