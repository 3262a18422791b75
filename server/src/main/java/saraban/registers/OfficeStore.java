package saraban.registers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import saraban.storage.Dialect;
import saraban.thai.ThaiDates;

/** The SQL of the {@code offices} table and of the questions asked of registers about offices. */
final class OfficeStore {

    /**
     * An office as stored: with whether it is active and its place in listings.
     *
     * @param position listings show offices by this number, then id
     */
    record Row(Office office, boolean active, int position) {
        String id() {
            return office.id();
        }
    }

    private static final String COLUMNS =
            "id, parent_id, position, name, letter_code, unit_code, address, phone, shared_series,"
                    + " numbering_year, active";

    private final Dialect dialect;

    OfficeStore(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Every office, in listing order. */
    List<Row> all(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s =
                        c.prepareStatement(
                                "SELECT " + COLUMNS + " FROM offices ORDER BY position, id");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                SeriesPolicy policy =
                        new SeriesPolicy(
                                series(r.getString("shared_series")),
                                NumberingYear.valueOf(r.getString("numbering_year")));
                Office office =
                        new Office(
                                r.getString("id"),
                                r.getString("name"),
                                r.getString("letter_code"),
                                r.getString("unit_code"),
                                r.getString("parent_id"),
                                r.getString("address"),
                                r.getString("phone"),
                                policy);
                rows.add(new Row(office, r.getBoolean("active"), r.getInt("position")));
            }
        }
        return rows;
    }

    /** The tree of the offices in {@code rows}, with the inactive ones marked. */
    static OfficeTree tree(List<OfficeStore.Row> rows) {
        return OfficeTree.of(
                rows.stream().map(OfficeStore.Row::office).toList(),
                rows.stream()
                        .filter(r -> !r.active())
                        .map(OfficeStore.Row::id)
                        .collect(Collectors.toSet()));
    }

    /** The number of changes made to offices so far. */
    long revision(Connection c) throws SQLException {
        try (PreparedStatement s =
                        c.prepareStatement("SELECT revision FROM office_revision WHERE id = 1");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Counts a change. Its row lock also makes changes to offices take turns, across servers: on
     * PostgreSQL a transaction that changed offices at the same time is aborted and run again.
     */
    long nextRevision(Connection c) throws SQLException {
        try (PreparedStatement s =
                        c.prepareStatement(
                                "UPDATE office_revision SET revision = revision + 1 WHERE id = 1"
                                        + " RETURNING revision");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    void insert(Connection c, Row row, Instant now) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO offices ("
                                + COLUMNS
                                + ", created_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, row.id());
            bind(s, 2, row);
            dialect.setInstant(s, 12, now);
            dialect.setInstant(s, 13, now);
            s.executeUpdate();
        }
    }

    void update(Connection c, Row row, Instant now) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "UPDATE offices SET parent_id = ?, position = ?, name = ?, letter_code = ?,"
                                + " unit_code = ?, address = ?, phone = ?, shared_series = ?,"
                                + " numbering_year = ?, active = ?, updated_at = ? WHERE id = ?")) {
            bind(s, 1, row);
            dialect.setInstant(s, 11, now);
            s.setString(12, row.id());
            s.executeUpdate();
        }
    }

    void delete(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM offices WHERE id = ?")) {
            s.setString(1, id);
            s.executeUpdate();
        }
    }

    /** Whether any register holds a number of, or for, the office. */
    boolean hasNumbers(Connection c, String officeId) throws SQLException {
        return exists(
                        c,
                        "SELECT 1 FROM register_entries WHERE office_id = ? OR requested_by = ?",
                        officeId,
                        officeId)
                || exists(c, "SELECT 1 FROM letters WHERE office_id = ?", officeId)
                || exists(c, "SELECT 1 FROM reservations WHERE reserved_for = ?", officeId);
    }

    /**
     * Whether the register of {@code registerId}'s {@code series} holds numbers dated {@code since}
     * or later, outside the counter of {@code exceptYear} (none when {@code null}): only those of
     * {@code requestedBy}'s letters, or of all when {@code null}.
     */
    boolean hasNumbersSince(
            Connection c,
            String registerId,
            Series series,
            LocalDate since,
            String requestedBy,
            Integer exceptYear)
            throws SQLException {
        // A number's year is never before the calendar year of its date, also for fiscal years:
        // the bound lets the unique index on (office_id, series, year, number) find the rows.
        StringBuilder sql =
                new StringBuilder(
                        "SELECT 1 FROM register_entries WHERE office_id = ? AND series = ?"
                                + " AND year >= ? AND letter_date >= ?");
        List<Object> params = new ArrayList<>();
        params.add(registerId);
        params.add(series.name());
        params.add(ThaiDates.buddhistYear(since));
        params.add(since.toString());
        if (requestedBy != null) {
            sql.append(" AND requested_by = ?");
            params.add(requestedBy);
        }
        if (exceptYear != null) {
            sql.append(" AND year <> ?");
            params.add(exceptYear);
        }
        return exists(c, sql.toString(), params.toArray());
    }

    private static boolean exists(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql + " LIMIT 1")) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof Integer n) {
                    s.setInt(i + 1, n);
                } else {
                    s.setString(i + 1, (String) params[i]);
                }
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Binds the columns after {@code id}, from parameter {@code first} on. */
    private static void bind(PreparedStatement s, int first, Row row) throws SQLException {
        Office o = row.office();
        s.setString(first, o.parentId());
        s.setInt(first + 1, row.position());
        s.setString(first + 2, o.name());
        s.setString(first + 3, o.letterCode());
        s.setString(first + 4, o.unitCode());
        s.setString(first + 5, o.address());
        s.setString(first + 6, o.phone());
        s.setString(
                first + 7,
                o.policy().sharedWithParent().stream()
                        .map(Series::name)
                        .collect(Collectors.joining(",")));
        s.setString(first + 8, o.policy().year().name());
        s.setBoolean(first + 9, row.active());
    }

    private static Set<Series> series(String names) {
        Set<Series> shared = EnumSet.noneOf(Series.class);
        if (!names.isEmpty()) {
            Arrays.stream(names.split(",", -1)).map(Series::valueOf).forEach(shared::add);
        }
        return shared;
    }
}
