package saraban.registers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import saraban.thai.Digits;
import saraban.thai.ThaiDates;
import saraban.thai.ThaiDigits;

/**
 * A register as its printed form shows it (ทะเบียนหนังสือรับ แบบที่ ๑๓, ทะเบียนหนังสือส่ง แบบที่
 * ๑๔): the title, the office that keeps it, the year, and every row's columns as text, with Thai
 * digits and Buddhist-Era dates. A cancelled number keeps its row, marked ยกเลิก with the reason,
 * who and when. The XLSX and PDF exports both show this, so they always agree.
 *
 * @param title the form's title, as {@code ทะเบียนหนังสือส่ง}
 * @param numberHeading the first column's heading, as {@code เลขทะเบียนส่ง}
 * @param officeName the office whose register it is (a parent's, when the series is shared)
 * @param period the numbering year, as {@code พ.ศ. ๒๕๖๒} or {@code ปีงบประมาณ พ.ศ. ๒๕๖๓}
 */
record PrintedRegister(
        String title, String numberHeading, String officeName, String period, List<Row> rows) {

    PrintedRegister {
        rows = List.copyOf(rows);
    }

    /**
     * One row, its columns in the form's order.
     *
     * @param registered the day the number was given, in Bangkok
     * @param number the register number, for sorting
     * @param numberText the register number as printed, Thai digits
     * @param status empty for a number in use, {@code จองไว้} or {@code ยกเลิก}
     */
    record Row(
            LocalDate registered,
            int number,
            String numberText,
            String reference,
            String date,
            String from,
            String to,
            String subject,
            String action,
            String remark,
            String status,
            boolean cancelled) {}

    /**
     * The register of {@code series} for Buddhist-Era {@code year} kept by {@code office}, from its
     * rows in number order.
     */
    static PrintedRegister of(Office office, Series series, int year, List<RegisterEntry> entries) {
        return new PrintedRegister(
                title(series),
                numberHeading(series),
                office.name(),
                new NumberingPeriod(office.policy().year(), year).thaiName(Digits.THAI),
                entries.stream().map(PrintedRegister::row).toList());
    }

    /**
     * The rows of one month of registration, as {@code มีนาคม ๒๕๖๒}: the printed register starts
     * each month on a new page, as its form is headed by the date of registration.
     */
    record Month(String name, List<Row> rows) {}

    /** The rows cut where the month of registration changes; one empty month when no rows. */
    List<Month> months() {
        List<Month> months = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        for (Row row : rows) {
            if (!current.isEmpty() && !sameMonth(current.get(0).registered(), row.registered())) {
                months.add(month(current));
                current = new ArrayList<>();
            }
            current.add(row);
        }
        months.add(current.isEmpty() ? new Month("", List.of()) : month(current));
        return months;
    }

    private static boolean sameMonth(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
    }

    private static Month month(List<Row> rows) {
        LocalDate d = rows.get(0).registered();
        return new Month(
                ThaiDates.monthName(d.getMonthValue()) + " " + thai(ThaiDates.buddhistYear(d)),
                List.copyOf(rows));
    }

    static String title(Series series) {
        return switch (series) {
            case SEND -> "ทะเบียนหนังสือส่ง";
            case RECEIVE -> "ทะเบียนหนังสือรับ";
            case CIRCULAR -> "ทะเบียนหนังสือเวียน";
            case ORDER -> "ทะเบียนคำสั่ง";
            case ANNOUNCEMENT -> "ทะเบียนประกาศ";
        };
    }

    private static String numberHeading(Series series) {
        return switch (series) {
            case SEND, CIRCULAR -> "เลขทะเบียนส่ง";
            case RECEIVE -> "เลขทะเบียนรับ";
            case ORDER, ANNOUNCEMENT -> "เลขทะเบียน";
        };
    }

    /** The row of one register entry. */
    static Row row(RegisterEntry e) {
        boolean cancelled = e.status() == RegisterEntry.Status.CANCELLED;
        return new Row(
                LocalDate.ofInstant(e.createdAt(), NumberingPeriod.BANGKOK),
                e.number(),
                thai(e.number()),
                text(e.referenceNumber()),
                ThaiDates.abbreviatedDate(e.letterDate(), Digits.THAI),
                text(e.sender()),
                text(e.recipient()),
                text(e.subject()),
                text(e.action()),
                cancelled ? cancellation(e) : text(e.remark()),
                switch (e.status()) {
                    case USED -> "";
                    case RESERVED -> "จองไว้";
                    case CANCELLED -> "ยกเลิก";
                },
                cancelled);
    }

    /**
     * {@code ยกเลิก: ออกเลขซ้ำ (โดย somchai เมื่อ ๒๕ ส.ค. ๒๕๖๒ ๑๐.๕๐ น.)}, then the row's own
     * remark, if any.
     */
    static String cancellation(RegisterEntry e) {
        StringBuilder out = new StringBuilder("ยกเลิก");
        if (e.cancelReason() != null) {
            out.append(": ").append(e.cancelReason());
        }
        String who = e.cancelledBy() == null ? "" : "โดย " + e.cancelledBy();
        String when = "";
        if (e.cancelledAt() != null) {
            LocalDateTime at = LocalDateTime.ofInstant(e.cancelledAt(), NumberingPeriod.BANGKOK);
            when =
                    "เมื่อ "
                            + ThaiDates.abbreviatedDate(at.toLocalDate(), Digits.THAI)
                            + " "
                            + ThaiDates.time(at.toLocalTime(), Digits.THAI);
        }
        String by = (who + " " + when).strip();
        if (!by.isEmpty()) {
            out.append(" (").append(by).append(')');
        }
        if (e.remark() != null && !e.remark().isBlank()) {
            out.append("; ").append(e.remark());
        }
        return out.toString();
    }

    private static String thai(int n) {
        return ThaiDigits.toThai(Integer.toString(n));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
