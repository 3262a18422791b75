package saraban.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import saraban.registers.ReferenceNumber;
import saraban.thai.Digits;
import saraban.thai.ThaiDates;

/**
 * The shared Thai corpus (thaigov news and announcements, Thai laws; public domain, see its README)
 * as stand-in correspondence: each news item an issued letter, each law a received one. A document
 * whose text cites a reference number no other document has taken gets that number as its own; the
 * others get a made-up number of their office, half in Thai digits.
 *
 * <p>The corpus is read from the folder in the system property {@code saraban.corpus} (the build
 * sets {@code ../shared/data/thai-corpus} beside the checkout). Without it the tests that need it
 * are skipped loudly, or fail on CI.
 */
final class StandIn {
    private static final Logger LOG = LoggerFactory.getLogger(StandIn.class);
    private static final String[] OFFICES = {
        "ss-mueang", "ss-amphawa", "ss-bangkhonthi", "ss-0017"
    };
    private static final String[] CODES = {"สส", "มท", "นร", "กษ"};
    private static final String[] KINDS = {"external", "memo", "announcement", "order"};

    /** One corpus record: title and body, and its date as written, if any. */
    record Record(String title, String body, String date, boolean law) {}

    private StandIn() {}

    static Path corpus() {
        String dir = System.getProperty("saraban.corpus", "");
        Path path = dir.isBlank() ? null : Path.of(dir);
        boolean present = path != null && Files.isRegularFile(path.resolve("thaigov_sample.jsonl"));
        String why = "The Thai corpus is not at " + path + " (system property saraban.corpus)";
        if (!present && Boolean.getBoolean("saraban.ci")) {
            Assertions.fail(why);
        }
        if (!present) {
            LOG.warn("\n\n*** SKIPPED: {} ***\n", why);
        }
        Assumptions.assumeTrue(present, why);
        return path;
    }

    static List<Record> records(Path corpus) {
        List<Record> out = new ArrayList<>();
        read(corpus.resolve("thaigov_sample.jsonl"), false, out);
        read(corpus.resolve("thai_law_sample.jsonl"), true, out);
        return out;
    }

    private static void read(Path file, boolean law, List<Record> out) {
        ObjectMapper json = new ObjectMapper();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode r = json.readTree(line);
                    out.add(
                            new Record(
                                    r.get("title").asText(),
                                    r.get("body").asText(),
                                    r.path("date").asText(""),
                                    law));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records as documents, in order; ids {@code letter:n} and {@code incoming:n}. */
    static List<SearchDocument> documents(List<Record> records) {
        Set<String> taken = new HashSet<>();
        List<SearchDocument> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Record r = records.get(i);
            String number = null;
            for (ReferenceNumber cited : ReferenceNumber.findAll(r.body())) {
                if (!cited.isOrder() && taken.add(cited.searchKey())) {
                    number = cited.format(i % 2 == 0 ? Digits.THAI : Digits.ARABIC);
                    break;
                }
            }
            if (number == null) {
                ReferenceNumber made =
                        ReferenceNumber.letter(
                                CODES[i % CODES.length], "0017." + (i % 7 + 1), i % 3 == 0, i + 1);
                taken.add(made.searchKey());
                number = made.format(i % 2 == 0 ? Digits.THAI : Digits.ARABIC);
            }
            LocalDate date = date(r.date(), i);
            out.add(
                    new SearchDocument(
                            (r.law() ? "incoming:" : "letter:") + (i + 1),
                            r.law() ? "incoming" : KINDS[i % KINDS.length],
                            r.law() ? Direction.RECEIVED : Direction.SENT,
                            OFFICES[i % OFFICES.length],
                            r.law() ? "receive" : number.contains("ว") ? "circular" : "send",
                            date,
                            i % 11 == 0 ? "ด่วนที่สุด" : i % 5 == 0 ? "ด่วน" : null,
                            SecrecyLevel.NONE,
                            number,
                            r.title(),
                            r.body(),
                            r.law()
                                    ? "สำนักงานคณะกรรมการกฤษฎีกา"
                                    : "สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี",
                            "ผู้ว่าราชการจังหวัดสมุทรสงคราม"));
        }
        return out;
    }

    /** The record's date ({@code วันจันทร์ที่ 24 สิงหาคม 2563}), or a day made from its place. */
    private static LocalDate date(String written, int i) {
        int at = written.indexOf("ที่ ");
        if (at >= 0) {
            try {
                return ThaiDates.parseThaiDate(written.substring(at + 4).strip());
            } catch (IllegalArgumentException e) {
                // fall through
            }
        }
        return LocalDate.of(2020, 1, 1).plusDays(i % 2000);
    }
}
