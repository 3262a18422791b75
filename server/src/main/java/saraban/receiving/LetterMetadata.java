package saraban.receiving;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import saraban.registers.ReferenceNumber;

/**
 * What an incoming letter says about itself, as the receive register wants it: the letter's number
 * (ที่), date (ลงวันที่), subject (เรื่อง), addressee (ถึง) and sender (จาก), with its urgency and
 * secrecy for sorting. Read from the letter by {@link MetadataExtractor}, or given by the clerk;
 * every field may be {@code null} (not found, not given).
 *
 * <p>The texts are as printed, spaces collapsed: {@code referenceNumber} keeps the letter's own
 * digits ({@code สส ๐๐๑๗.๒/ว ๕๒๕}); {@code parsedNumber} is the same number read, filled in here
 * whenever the printed one parses.
 *
 * @param kind the form of the letter, as far as it shows; it decides where the sender is read
 * @param salutation the word before the addressee: {@code เรียน}, {@code กราบเรียน}, {@code ถึง} …
 * @param addressee the addressee after the salutation: {@code ผู้ว่าราชการจังหวัดทุกจังหวัด}
 * @param sender the issuing agency ({@code ศาลากลางจังหวัดสมุทรสงคราม}); for a memo its ส่วนราชการ
 * @param urgency {@code ด่วน}, {@code ด่วนมาก} or {@code ด่วนที่สุด}; {@code
 *     saraban.letters.Urgency.parse} reads it
 * @param secrecy {@code ลับ}, {@code ลับมาก} or {@code ลับที่สุด}
 */
public record LetterMetadata(
        Kind kind,
        String referenceNumber,
        ReferenceNumber parsedNumber,
        LocalDate date,
        String subject,
        String salutation,
        String addressee,
        String sender,
        String urgency,
        String secrecy) {

    /** The forms the extractor tells apart by their headings. */
    public enum Kind {
        /** หนังสือภายนอก: ที่ on the left, the agency and its address on the right, the date. */
        EXTERNAL,
        /** บันทึกข้อความ: ส่วนราชการ, ที่ and วันที่, เรื่อง, เรียน. */
        MEMO,
        /** หนังสือประทับตรา: ที่, ถึง; the agency and the date under the text. */
        STAMPED,
        /** คำสั่ง: คำสั่ง + agency, ที่ n/พ.ศ., เรื่อง; สั่ง ณ วันที่ at the end. */
        ORDER,
        /** ประกาศ: ประกาศ + agency, เรื่อง; ประกาศ ณ วันที่ at the end. */
        ANNOUNCEMENT
    }

    private static final List<String> URGENCIES = List.of("ด่วน", "ด่วนมาก", "ด่วนที่สุด");
    private static final List<String> SECRECIES = List.of("ลับ", "ลับมาก", "ลับที่สุด");

    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /** Nothing known: what a scanned letter without a text layer gives. */
    public static final LetterMetadata NONE =
            new LetterMetadata(null, null, null, null, null, null, null, null, null, null);

    public LetterMetadata {
        referenceNumber = clean(referenceNumber);
        subject = clean(subject);
        salutation = clean(salutation);
        addressee = clean(addressee);
        sender = clean(sender);
        urgency = clean(urgency);
        secrecy = clean(secrecy);
        if (urgency != null && !URGENCIES.contains(urgency)) {
            throw new IllegalArgumentException(
                    "urgency must be ด่วน, ด่วนมาก or ด่วนที่สุด: " + urgency);
        }
        if (secrecy != null && !SECRECIES.contains(secrecy)) {
            throw new IllegalArgumentException(
                    "secrecy must be ลับ, ลับมาก or ลับที่สุด: " + secrecy);
        }
        if (referenceNumber == null) {
            if (parsedNumber != null) {
                throw new IllegalArgumentException(
                        "referenceNumber must be given with parsedNumber " + parsedNumber);
            }
        } else if (parsedNumber == null) {
            parsedNumber = parseOrNull(referenceNumber);
        } else if (!parsedNumber.searchKey().equals(searchKeyOrNull(referenceNumber))) {
            throw new IllegalArgumentException(
                    "parsedNumber "
                            + parsedNumber.searchKey()
                            + " does not match referenceNumber: "
                            + referenceNumber);
        }
    }

    /**
     * These values with the clerk's put first: each field {@code given} has wins, the rest comes
     * from this reading. Use it to fill what the clerk left out: {@code
     * extracted.preferring(clerk)}.
     */
    public LetterMetadata preferring(LetterMetadata given) {
        boolean number = given.referenceNumber != null;
        boolean addressed = given.addressee != null;
        return new LetterMetadata(
                given.kind != null ? given.kind : kind,
                number ? given.referenceNumber : referenceNumber,
                number ? given.parsedNumber : parsedNumber,
                given.date != null ? given.date : date,
                given.subject != null ? given.subject : subject,
                addressed ? given.salutation : salutation,
                addressed ? given.addressee : addressee,
                given.sender != null ? given.sender : sender,
                given.urgency != null ? given.urgency : urgency,
                given.secrecy != null ? given.secrecy : secrecy);
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = SPACES.matcher(text).replaceAll(" ").strip();
        return t.isEmpty() ? null : t;
    }

    private static ReferenceNumber parseOrNull(String text) {
        try {
            return ReferenceNumber.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String searchKeyOrNull(String text) {
        ReferenceNumber n = parseOrNull(text);
        return n == null ? null : n.searchKey();
    }
}
