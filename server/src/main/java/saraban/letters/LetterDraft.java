package saraban.letters;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import saraban.registers.ReferenceNumber;
import saraban.thai.Digits;
import saraban.thai.ThaiDigits;

/**
 * A letter's content, as a clerk writes it: the JSON body of {@code POST /api/letters/render}.
 * Validates itself; each error names the field. Optional parts are null or empty; {@link
 * LetterService} fills the date (today in Asia/Bangkok), the salutation and the closing where they
 * are left out.
 *
 * @param kind which letter: external, memo, stamped, order or announcement
 * @param circular sent as a circular (หนังสือเวียน): the number carries ว after the slash
 * @param referenceNumber the number as printed after ที่, e.g. {@code สส ๐๐๑๗.๒/ว ๕๒๕}; empty on
 *     drafts
 * @param digits digits for generated text (date, page numbers, reference number, phone): Thai by
 *     default
 */
public record LetterDraft(
        LetterKind kind,
        boolean circular,
        Urgency urgency,
        Secrecy secrecy,
        String referenceNumber,
        LocalDate date,
        Issuer issuer,
        String subject,
        String recipient,
        String salutation,
        List<String> references,
        List<String> enclosures,
        List<String> body,
        String closing,
        Signer signer,
        OwnerUnit ownerUnit,
        Digits digits) {

    private static final Set<LetterKind> ADDRESSED =
            EnumSet.of(LetterKind.EXTERNAL, LetterKind.MEMO, LetterKind.STAMPED);
    private static final Set<LetterKind> SIGNED =
            EnumSet.of(
                    LetterKind.EXTERNAL,
                    LetterKind.MEMO,
                    LetterKind.ORDER,
                    LetterKind.ANNOUNCEMENT);

    public LetterDraft {
        if (kind == null) {
            throw new saraban.ProblemException(
                    saraban.Problem.badField(
                            "FIELD_REQUIRED", "kind", "kind must be given", "ต้องระบุชนิดหนังสือ"));
        }
        issuer = issuer == null ? new Issuer(null, null) : issuer;
        signer = signer == null ? new Signer(null, null) : signer;
        ownerUnit = ownerUnit == null ? new OwnerUnit(null, null, null, null) : ownerUnit;
        digits = digits == null ? Digits.THAI : digits;
        referenceNumber = Fields.optional("referenceNumber", referenceNumber, 100);
        subject =
                kind == LetterKind.STAMPED
                        ? Fields.optional("subject", subject, Fields.SHORT_TEXT)
                        : Fields.required("subject", subject, Fields.SHORT_TEXT);
        recipient =
                ADDRESSED.contains(kind)
                        ? Fields.required("recipient", recipient, Fields.SHORT_TEXT)
                        : Fields.optional("recipient", recipient, Fields.SHORT_TEXT);
        salutation = Fields.optional("salutation", salutation, 100);
        closing = Fields.optional("closing", closing, 100);
        references = Fields.list("references", references, Fields.PARAGRAPH);
        enclosures = Fields.list("enclosures", enclosures, Fields.PARAGRAPH);
        body = Fields.list("body", body, Fields.PARAGRAPH);
        if (body.isEmpty()) {
            Fields.required("body", null, 0);
        }
        if (kind != LetterKind.MEMO) {
            Fields.required("issuer.name", issuer.name(), Fields.SHORT_TEXT);
        } else {
            Fields.required("ownerUnit.name", ownerUnit.name(), Fields.SHORT_TEXT);
        }
        if (SIGNED.contains(kind)) {
            Fields.required("signer.name", signer.name(), Fields.SHORT_TEXT);
        }
        if (kind == LetterKind.MEMO && closing != null) {
            throw Fields.invalid("closing", "a memo has no closing", "บันทึกข้อความไม่มีคำลงท้าย");
        }
        checkCircular(kind, circular, referenceNumber);
        checkReferenceNumber(referenceNumber);
    }

    /**
     * The draft as issued: numbered with {@code referenceNumber} (as printed, in the draft's
     * digits) and dated {@code date}.
     */
    public LetterDraft issued(String referenceNumber, LocalDate date) {
        return new LetterDraft(
                kind,
                circular,
                urgency,
                secrecy,
                ThaiDigits.apply(referenceNumber, digits),
                date,
                issuer,
                subject,
                recipient,
                salutation,
                references,
                enclosures,
                body,
                closing,
                signer,
                ownerUnit,
                digits);
    }

    /** A number that does not read as one would print wrong on the letter and never be found. */
    private static void checkReferenceNumber(String number) {
        if (number == null) {
            return;
        }
        try {
            ReferenceNumber.parse(number);
        } catch (IllegalArgumentException e) {
            throw new saraban.ProblemException(
                    saraban.Problem.badField(
                            "REFERENCE_NUMBER_MALFORMED",
                            "referenceNumber",
                            "not a reference number: " + number,
                            "เลขที่หนังสือไม่ถูกรูปแบบ ตัวอย่างที่ถูกต้อง: สส ๐๐๑๗.๒/๔๕"
                                    + " หรือ สส ๐๐๑๗.๒/ว ๕๒๕"));
        }
    }

    private static void checkCircular(LetterKind kind, boolean circular, String number) {
        if (circular && !ADDRESSED.contains(kind)) {
            throw Fields.invalid(
                    "circular",
                    kind.id() + " cannot be sent as a circular",
                    kind.thaiName() + "ส่งเป็นหนังสือเวียนไม่ได้");
        }
        if (number == null) {
            return;
        }
        boolean circularNumber = number.replaceAll("\\s+", "").contains("/ว");
        if (circular && !circularNumber) {
            throw Fields.invalid(
                    "referenceNumber",
                    "a circular's number carries ว after the slash: " + number,
                    "เลขที่หนังสือเวียนต้องมี ว หลังเครื่องหมาย / เช่น สส ๐๐๑๗.๒/ว ๕๒๕");
        }
        if (!circular && circularNumber) {
            throw Fields.invalid(
                    "referenceNumber",
                    "a circular's number on a letter that is not a circular: " + number,
                    "เลขที่หนังสือมี ว แต่ไม่ได้ระบุว่าเป็นหนังสือเวียน");
        }
    }
}
