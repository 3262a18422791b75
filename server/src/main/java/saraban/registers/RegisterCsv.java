package saraban.registers;

import java.util.List;

/**
 * A register as CSV in the printed register's columns (เลขทะเบียน, ที่, ลงวันที่, จาก, ถึง, เรื่อง,
 * การปฏิบัติ, หมายเหตุ), UTF-8 with a byte-order mark so that Excel opens the Thai correctly.
 * Cancelled numbers keep their row, marked ยกเลิก with the reason.
 */
final class RegisterCsv {
    private static final String BOM = "\uFEFF";

    private RegisterCsv() {}

    static String write(List<RegisterEntry> rows) {
        StringBuilder out = new StringBuilder(BOM);
        out.append("เลขทะเบียน,ที่,ลงวันที่,จาก,ถึง,เรื่อง,การปฏิบัติ,หมายเหตุ\r\n");
        for (RegisterEntry e : rows) {
            String remark =
                    e.status() == RegisterEntry.Status.CANCELLED
                            ? "ยกเลิก: " + e.cancelReason()
                            : e.remark();
            cells(
                    out,
                    String.valueOf(e.number()),
                    e.referenceNumber(),
                    e.letterDate().toString(),
                    e.sender(),
                    e.recipient(),
                    e.subject(),
                    e.action(),
                    remark);
        }
        return out.toString();
    }

    private static void cells(StringBuilder out, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = values[i] == null ? "" : values[i];
            // a cell Excel would read as a formula is prefixed, so it stays text
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
                v = "'" + v;
            }
            out.append('"').append(v.replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }
}
