package saraban.registers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import saraban.testing.TestHome;
import saraban.thai.ThaiDigits;

/**
 * A send register for the export tests, built without a database: numbers 1 to n of สส ๐๐๑๗ in
 * 2562, every third subject a long paragraph of real Thai government text (test resource {@code
 * corpus/paragraphs.jsonl}, cut after a space at about 300 characters), each registered on its
 * letter's date (every fourth day from 5 January), and numbers 7, 23 and 41 cancelled.
 */
final class SampleRegister {
    static final Set<Integer> CANCELLED = Set.of(7, 23, 41);
    static final String CANCEL_REASON = "ออกเลขซ้ำกับงานอื่น";

    /** 2019-08-25 10:50 in Bangkok: printed ๒๕ ส.ค. ๒๕๖๒ ๑๐.๕๐ น. */
    static final Instant CANCELLED_AT = Instant.parse("2019-08-25T03:50:00Z");

    private static final List<String> SHORT =
            List.of(
                    "ขอเชิญประชุมคณะกรรมการบริหารงานจังหวัดแบบบูรณาการ",
                    "ส่งรายงานผลการดำเนินงานประจำเดือน",
                    "=SUM(A1)",
                    "ขออนุมัติเดินทางไปราชการ");

    private SampleRegister() {}

    static List<RegisterEntry> entries(int n) {
        List<String> paragraphs = paragraphs();
        List<RegisterEntry> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String subject =
                    i % 3 == 0
                            ? paragraphs.get(i % paragraphs.size())
                            : SHORT.get(i % SHORT.size());
            boolean cancelled = CANCELLED.contains(i);
            // registered on the letter's date: every fourth day, January to August
            LocalDate date = LocalDate.of(2019, 1, 1).plusDays(i * 4L);
            rows.add(
                    new RegisterEntry(
                            i,
                            "ss-0017",
                            "ss-0017-2",
                            Series.SEND,
                            2562,
                            i,
                            cancelled ? RegisterEntry.Status.CANCELLED : RegisterEntry.Status.USED,
                            ThaiDigits.toThai("สส 0017/" + i),
                            date,
                            "สำนักงานจังหวัดสมุทรสงคราม",
                            i % 2 == 0 ? "นายอำเภอทุกอำเภอ" : "ผู้ว่าราชการจังหวัดสมุทรสงคราม",
                            subject,
                            null,
                            i == 5 ? "แจ้งเวียนแล้ว" : null,
                            date.atTime(9, 0).atZone(NumberingPeriod.BANGKOK).toInstant(),
                            "somchai",
                            cancelled ? CANCELLED_AT : null,
                            cancelled ? "somchai" : null,
                            cancelled ? CANCEL_REASON : null,
                            null,
                            null,
                            null));
        }
        return rows;
    }

    static PrintedRegister printed(int n) {
        return PrintedRegister.of(
                OfficeTree.sample().get("ss-0017"), Series.SEND, 2562, entries(n));
    }

    /** The corpus paragraphs that are mostly Thai, each cut after a space near 300 characters. */
    static List<String> paragraphs() {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String line : TestHome.resource("corpus/paragraphs.jsonl").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = json.readTree(line);
                String text = node.get("text").asText().strip();
                int cut = text.length() <= 300 ? text.length() : text.lastIndexOf(' ', 300);
                out.add(text.substring(0, cut > 100 ? cut : Math.min(text.length(), 300)).strip());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
