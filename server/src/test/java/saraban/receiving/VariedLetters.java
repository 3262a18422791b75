package saraban.receiving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import saraban.letters.Issuer;
import saraban.letters.LetterDraft;
import saraban.letters.LetterKind;
import saraban.letters.OwnerUnit;
import saraban.letters.Secrecy;
import saraban.letters.Signer;
import saraban.letters.Urgency;
import saraban.registers.ReferenceNumber;
import saraban.testing.TestHome;
import saraban.thai.Digits;
import saraban.thai.ThaiDates;
import saraban.thai.ThaiDigits;

/**
 * Letters of every kind for the letter engine to print, each with the metadata a reader must find
 * in it. Subjects are real titles of Thai government news ({@code receiving/subjects.jsonl}),
 * bodies real paragraphs ({@code corpus/paragraphs.jsonl}); agencies, people and numbers are drawn
 * from the tables below. The same seed gives the same letters.
 */
final class VariedLetters {

    /** A letter to print and what its heading says. */
    record Sample(String name, LetterDraft draft, LetterMetadata truth) {}

    private static final String[][] PROVINCES = {
        {"สมุทรสงคราม", "สส", "75000"}, {"เชียงใหม่", "ชม", "50200"}, {"ขอนแก่น", "ขก", "40000"},
        {"นครราชสีมา", "นม", "30000"}, {"สงขลา", "สข", "90000"}, {"ภูเก็ต", "ภก", "83000"},
        {"พระนครศรีอยุธยา", "อย", "13000"}, {"อุบลราชธานี", "อบ", "34000"}, {"ตาก", "ตก", "63000"},
        {"แม่ฮ่องสอน", "มส", "58000"}, {"สุราษฎร์ธานี", "สฎ", "84000"}, {"นราธิวาส", "นธ", "96000"},
        {"ประจวบคีรีขันธ์", "ปข", "77000"}, {"หนองบัวลำภู", "นภ", "39000"}, {"น่าน", "นน", "55000"}
    };

    private static final String[][] MINISTRIES = {
        {"มหาดไทย", "มท"},
        {"การคลัง", "กค"},
        {"ศึกษาธิการ", "ศธ"},
        {"สาธารณสุข", "สธ"},
        {"เกษตรและสหกรณ์", "กษ"},
        {"คมนาคม", "คค"},
        {"พาณิชย์", "พณ"},
        {"แรงงาน", "รง"},
        {"ทรัพยากรธรรมชาติและสิ่งแวดล้อม", "ทส"},
        {"การพัฒนาสังคมและความมั่นคงของมนุษย์", "พม"},
        {"ดิจิทัลเพื่อเศรษฐกิจและสังคม", "ดศ"},
        {"วัฒนธรรม", "วธ"}
    };

    private static final String[] DEPARTMENTS = {
        "กรมการปกครอง",
        "กรมส่งเสริมการปกครองท้องถิ่น",
        "กรมบัญชีกลาง",
        "กรมควบคุมโรค",
        "กรมชลประทาน",
        "กรมการพัฒนาชุมชน",
        "กรมป้องกันและบรรเทาสาธารณภัย",
        "กรมส่งเสริมการเกษตร",
        "กรมศิลปากร"
    };

    private static final String[] ROADS = {
        "เอกชัย", "ราชดำเนินนอก", "นครสวรรค์", "พหลโยธิน", "ศรีอยุธยา", "กรุงเกษม", "วิภาวดีรังสิต"
    };

    private static final String[] UNITS = {
        "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด", "กลุ่มงานอำนวยการ", "ฝ่ายบริหารทั่วไป",
        "กลุ่มงานบริหารการเงินและบัญชี", "กลุ่มงานพัฒนาระบบบริหาร", "กองคลัง"
    };

    private static final String[] PEOPLE = {
        "นายประจักษ์ ธารศิริสิน",
        "นายเจษฎา จิตรัตน์",
        "นางสาวศิริพร ใจดี",
        "นางวิไลวรรณ ศรีสุข",
        "ว่าที่ร้อยตรีสมศักดิ์ รักษ์ไทย",
        "นายธนากร บุญมี",
        "นางพรทิพย์ แก้วประเสริฐ"
    };

    /** Who takes กราบเรียน (the salutation table's first row). */
    static final String[] HIGHEST = {
        "นายกรัฐมนตรี",
        "ประธานรัฐสภา",
        "ประธานศาลฎีกา",
        "ประธานกรรมการการเลือกตั้ง",
        "ประธานกรรมการสิทธิมนุษยชนแห่งชาติ",
        "ผู้ตรวจการแผ่นดินของรัฐสภา"
    };

    private static final String[] INITIALS = {"ศ.ใ.", "ส.ส.", "พ.ว.", "ก.ท."};

    private final Random random;
    private final List<String> subjects;
    private final List<String> paragraphs;

    VariedLetters(long seed) {
        this.random = new Random(seed);
        this.subjects = texts("receiving/subjects.jsonl");
        this.paragraphs = texts("corpus/paragraphs.jsonl");
    }

    private static List<String> texts(String resource) {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String line : TestHome.resource(resource).split("\n")) {
            if (!line.isBlank()) {
                try {
                    JsonNode node = json.readTree(line);
                    out.add(node.get("text").asText());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    /**
     * {@code count} letters: external letters most, then memos, stamped letters, orders, notices.
     */
    List<Sample> letters(int count) {
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LetterKind kind = kindAt(random.nextInt(40));
            out.add(letter(i, kind, subjects.get(i % subjects.size())));
        }
        return out;
    }

    private static LetterKind kindAt(int n) {
        if (n < 16) {
            return LetterKind.EXTERNAL;
        } else if (n < 24) {
            return LetterKind.MEMO;
        } else if (n < 30) {
            return LetterKind.STAMPED;
        } else if (n < 35) {
            return LetterKind.ORDER;
        }
        return LetterKind.ANNOUNCEMENT;
    }

    private Sample letter(int i, LetterKind kind, String subject) {
        boolean addressed = kind != LetterKind.ORDER && kind != LetterKind.ANNOUNCEMENT;
        boolean circular = addressed && random.nextInt(3) == 0;
        Digits digits = random.nextInt(10) < 7 ? Digits.THAI : Digits.ARABIC;
        Urgency urgency = random.nextInt(20) < 11 ? null : pick(Urgency.values());
        Secrecy secrecy = random.nextInt(5) < 4 ? null : pick(Secrecy.values());
        LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
        String[] province = pick(PROVINCES);
        String number = number(kind, circular, digits, date, province);
        Issuer issuer = issuer(kind, province, digits);
        String recipient = addressed ? recipient(kind, province) : null;
        if (kind == LetterKind.STAMPED && random.nextBoolean()) {
            subject = null;
        }
        OwnerUnit owner = owner(kind, province, digits);
        Signer signer =
                kind == LetterKind.STAMPED
                        ? new Signer(random.nextInt(3) == 0 ? null : pick(INITIALS), null)
                        : new Signer(pick(PEOPLE), positions(kind, province));
        boolean external = kind == LetterKind.EXTERNAL;
        LetterDraft draft =
                new LetterDraft(
                        kind,
                        circular,
                        urgency,
                        secrecy,
                        number,
                        date,
                        issuer,
                        subject,
                        recipient,
                        null,
                        external && random.nextInt(5) < 2 ? List.of(reference(digits)) : List.of(),
                        external && random.nextInt(10) < 3 ? List.of(enclosure(digits)) : List.of(),
                        body(digits),
                        null,
                        signer,
                        owner,
                        digits);
        String sender = kind == LetterKind.MEMO ? owner.name().replace('\n', ' ') : issuer.name();
        LetterMetadata truth =
                new LetterMetadata(
                        LetterMetadata.Kind.valueOf(kind.name()),
                        number,
                        null,
                        date,
                        subject,
                        null,
                        recipient,
                        sender,
                        urgency == null ? null : urgency.thai(),
                        secrecy == null ? null : secrecy.thai());
        return new Sample(i + "-" + kind.id(), draft, truth);
    }

    /** The number as the engine prints it: Thai or Arabic digits, ว with or without a space. */
    private String number(
            LetterKind kind, boolean circular, Digits digits, LocalDate date, String[] province) {
        if (kind == LetterKind.ANNOUNCEMENT) {
            return null; // a notice prints no number
        }
        if (kind == LetterKind.ORDER) {
            return ReferenceNumber.order(1 + random.nextInt(400), ThaiDates.buddhistYear(date))
                    .format(digits);
        }
        String code = random.nextBoolean() ? province[1] : pick(MINISTRIES)[1];
        String unit =
                random.nextBoolean()
                        ? "00" + (10 + random.nextInt(90)) + "." + (1 + random.nextInt(9))
                        : "0" + (100 + random.nextInt(900)) + (random.nextBoolean() ? ".1" : "");
        int n = random.nextInt(4) == 0 ? 1 + random.nextInt(30) : 1 + random.nextInt(9999);
        String printed = ReferenceNumber.letter(code, unit, circular, n).format(digits);
        if (circular && random.nextInt(5) == 0) {
            printed = printed.replace("ว ", "ว");
        }
        return printed;
    }

    private Issuer issuer(LetterKind kind, String[] province, Digits digits) {
        String p = province[0];
        String postal = ThaiDigits.apply(province[2], digits);
        String[] ministry = pick(MINISTRIES);
        String road = "ถนน" + pick(ROADS);
        if (kind == LetterKind.ORDER || kind == LetterKind.ANNOUNCEMENT) {
            String[] names = {
                "จังหวัด" + p,
                "อำเภอเมือง" + p,
                pick(DEPARTMENTS),
                "สำนักงานจังหวัด" + p,
                "องค์การบริหารส่วนจังหวัด" + p,
                "กระทรวง" + ministry[0]
            };
            return new Issuer(pick(names), null);
        }
        String bangkok = road + " " + (digits == Digits.THAI ? "กรุงเทพฯ ๑๐๒๐๐" : "กรุงเทพฯ 10200");
        String local = road + " " + province[1] + " " + postal;
        return switch (random.nextInt(8)) {
            case 0 -> new Issuer("ศาลากลางจังหวัด" + p, local);
            case 1 -> new Issuer("สำนักงานจังหวัด" + p, "ศาลากลางจังหวัด" + p + "\n" + local);
            case 2 -> new Issuer("กระทรวง" + ministry[0], bangkok);
            case 3 -> new Issuer(pick(DEPARTMENTS), random.nextBoolean() ? bangkok : null);
            case 4 -> new Issuer("ที่ว่าการอำเภอเมือง" + p, local);
            case 5 -> new Issuer("สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด" + p, local);
            case 6 ->
                    new Issuer(
                            "สำนักงานปลัดกระทรวง" + ministry[0],
                            ThaiDigits.apply("เลขที่ 1034 ", digits) + bangkok);
            default ->
                    new Issuer(
                            "มหาวิทยาลัยราชภัฏ" + p,
                            ThaiDigits.apply("เลขที่ 1 หมู่ 3 ", digits)
                                    + "ตำบลในเมือง\nอำเภอเมือง จังหวัด"
                                    + p
                                    + " "
                                    + postal);
        };
    }

    private String recipient(LetterKind kind, String[] province) {
        String p = province[0];
        if (kind != LetterKind.MEMO && random.nextInt(10) == 0) {
            return pick(HIGHEST);
        }
        String[] recipients = {
            "ผู้ว่าราชการจังหวัด" + p,
            "ผู้ว่าราชการจังหวัดทุกจังหวัด",
            "นายอำเภอเมือง" + p,
            "หัวหน้าส่วนราชการจังหวัด" + p + "และนายอำเภอทุกอำเภอ",
            "อธิบดี" + pick(DEPARTMENTS),
            "ปลัดกระทรวง" + pick(MINISTRIES)[0],
            "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาทุกเขตและผู้อำนวยการสำนักงานเขตพื้นที่"
                    + "การศึกษามัธยมศึกษาทุกเขตในจังหวัด"
                    + p
        };
        return pick(recipients);
    }

    private OwnerUnit owner(LetterKind kind, String[] province, Digits digits) {
        String phone = ThaiDigits.apply("0 3471 " + (1000 + random.nextInt(9000)), digits);
        String office = "สำนักงานจังหวัด" + province[0];
        String unit = pick(UNITS);
        String name =
                switch (random.nextInt(3)) {
                    case 0 -> office + " " + unit;
                    case 1 -> office + "\n" + unit;
                    default -> unit;
                };
        if (kind == LetterKind.ORDER || kind == LetterKind.ANNOUNCEMENT) {
            return null;
        }
        return new OwnerUnit(name, random.nextBoolean() ? phone : null, null, null);
    }

    private List<String> positions(LetterKind kind, String[] province) {
        String governor = "ผู้ว่าราชการจังหวัด" + province[0];
        return switch (random.nextInt(3)) {
            case 0 -> List.of(governor);
            case 1 -> List.of("รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน", governor);
            default -> List.of("อธิบดี" + pick(DEPARTMENTS));
        };
    }

    /** One to three real paragraphs, with dates and numbers that are not the letter's. */
    private List<String> body(Digits digits) {
        List<String> body = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int k = 0; k < count; k++) {
            body.add(paragraphs.get(random.nextInt(paragraphs.size())));
        }
        if (random.nextBoolean()) {
            LocalDate due = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3000));
            body.add(
                    "ทั้งนี้ ขอให้รายงานผลภายในวันที่ "
                            + ThaiDates.fullDate(due, digits)
                            + " ตามหนังสือ ที่ "
                            + ReferenceNumber.letter("มท", "0212.1", true, 1 + random.nextInt(999))
                                    .format(digits));
        }
        body.add("จึงเรียนมาเพื่อโปรดทราบ");
        return body;
    }

    private String reference(Digits digits) {
        LocalDate when = LocalDate.of(2014, 6, 1).plusDays(random.nextInt(3000));
        return "หนังสือกระทรวงมหาดไทย ที่ "
                + ReferenceNumber.letter("มท", "0810.3", true, 1 + random.nextInt(999))
                        .format(digits)
                + " ลงวันที่ "
                + ThaiDates.fullDate(when, digits);
    }

    private String enclosure(Digits digits) {
        return "สำเนาหนังสือกรมการปกครอง ด่วนที่สุด ที่ "
                + ReferenceNumber.letter("มท", "0307", false, 1 + random.nextInt(999))
                        .format(digits)
                + ThaiDigits.apply(" จำนวน 1 ชุด", digits);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
