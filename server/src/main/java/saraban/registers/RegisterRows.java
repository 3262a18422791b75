package saraban.registers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import saraban.storage.Dialect;
import saraban.thai.Digits;

/**
 * The SQL of register rows and series counters that numbering, receiving and reservations share:
 * reading rows, taking numbers from a counter, and writing a number as the register prints it.
 */
final class RegisterRows {

    static final String COLUMNS =
            "id, office_id, requested_by, series, year, number, status, reference_number, letter_date,"
                    + " sender, recipient, subject, action, remark, created_at, created_by,"
                    + " cancelled_at, cancelled_by, cancel_reason, reservation_id, used_at, used_by";

    private final Dialect dialect;

    RegisterRows(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Takes {@code count} consecutive numbers of a series' year and returns the first of them: one
     * UPDATE that takes the counter row's lock and returns the new last number; the row is created
     * on a series' first number of the year. The lock is held until the transaction ends and every
     * other allocation of the series waits for it, so few statements should follow.
     */
    static int next(Connection c, String officeId, Series series, int year, int count)
            throws SQLException {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        Integer last = increment(c, officeId, series, year, count);
        if (last == null) {
            try (PreparedStatement s =
                    c.prepareStatement(
                            "INSERT INTO series_counters (office_id, series, year, last_number)"
                                    + " VALUES (?, ?, ?, 0) ON CONFLICT (office_id, series, year) DO NOTHING")) {
                bindSeries(s, officeId, series, year);
                s.executeUpdate();
            }
            last = increment(c, officeId, series, year, count);
        }
        return last - count + 1;
    }

    private static Integer increment(
            Connection c, String officeId, Series series, int year, int count) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "UPDATE series_counters SET last_number = last_number + ?"
                                + " WHERE office_id = ? AND series = ? AND year = ? RETURNING last_number")) {
            s.setInt(1, count);
            bindSeries(s, 2, officeId, series, year);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : null;
            }
        }
    }

    static String referenceNumber(Office office, Series series, int number, int year) {
        return switch (series) {
            case SEND -> office.referenceNumber(false, number).format(Digits.THAI);
            case CIRCULAR -> office.referenceNumber(true, number).format(Digits.THAI);
            case ORDER, ANNOUNCEMENT -> ReferenceNumber.order(number, year).format(Digits.THAI);
            case RECEIVE -> null;
        };
    }

    RegisterEntry find(Connection c, long id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT " + COLUMNS + " FROM register_entries WHERE id = ?")) {
            s.setLong(1, id);
            return first(rows(s));
        }
    }

    RegisterEntry find(Connection c, String officeId, Series series, int year, int number)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT "
                                + COLUMNS
                                + " FROM register_entries WHERE office_id = ? AND series = ?"
                                + " AND year = ? AND number = ?")) {
            bindSeries(s, officeId, series, year);
            s.setInt(4, number);
            return first(rows(s));
        }
    }

    /** Binds the key of a series' year (office, series, Buddhist-Era year) to parameters 1 to 3. */
    static void bindSeries(PreparedStatement s, String officeId, Series series, int year)
            throws SQLException {
        bindSeries(s, 1, officeId, series, year);
    }

    /** Binds the key of a series' year to parameters {@code from} to {@code from + 2}. */
    static void bindSeries(PreparedStatement s, int from, String officeId, Series series, int year)
            throws SQLException {
        s.setString(from, officeId);
        s.setString(from + 1, series.name());
        s.setInt(from + 2, year);
    }

    private static Long nullableLong(ResultSet r, String column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }

    private static RegisterEntry first(List<RegisterEntry> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }

    List<RegisterEntry> rows(PreparedStatement s) throws SQLException {
        List<RegisterEntry> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(
                        new RegisterEntry(
                                r.getLong("id"),
                                r.getString("office_id"),
                                r.getString("requested_by"),
                                Series.valueOf(r.getString("series")),
                                r.getInt("year"),
                                r.getInt("number"),
                                RegisterEntry.Status.valueOf(r.getString("status")),
                                r.getString("reference_number"),
                                LocalDate.parse(r.getString("letter_date")),
                                r.getString("sender"),
                                r.getString("recipient"),
                                r.getString("subject"),
                                r.getString("action"),
                                r.getString("remark"),
                                dialect.getInstant(r, "created_at"),
                                r.getString("created_by"),
                                dialect.getInstant(r, "cancelled_at"),
                                r.getString("cancelled_by"),
                                r.getString("cancel_reason"),
                                nullableLong(r, "reservation_id"),
                                dialect.getInstant(r, "used_at"),
                                r.getString("used_by")));
            }
        }
        return out;
    }

    static String entity(RegisterEntry e) {
        return "register/"
                + e.officeId()
                + "/"
                + e.series().pathId()
                + "/"
                + e.year()
                + "/"
                + e.number();
    }
}
