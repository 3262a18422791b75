package saraban.registers;

import java.util.Objects;
import saraban.thai.ThaiDigits;

/**
 * A registering office or unit (ส่วนราชการ, กลุ่มงาน, อำเภอ) with the codes its letters carry.
 * Codes are configuration data ({@link OfficeTree}), never computed from the hierarchy.
 *
 * @param id a short ASCII id for URLs and the database, as {@code ss-0017-2}
 * @param name the Thai name, as {@code กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด}
 * @param letterCode รหัสตัวพยัญชนะ, two Thai consonants, as {@code สส}
 * @param unitCode เลขประจำของเจ้าของเรื่อง with ASCII digits, as {@code 0017.2}; {@code null} for
 *     an office that only receives (a provincial hall's central registry)
 * @param parentId the id of the office above; {@code null} at the top
 * @param address the address printed under the Garuda, digits stored as ASCII; may be {@code null}
 * @param phone the phone printed at the bottom, digits stored as ASCII; may be {@code null}
 * @param policy which series it shares with its parent and when its own restart
 */
public record Office(
        String id,
        String name,
        String letterCode,
        String unitCode,
        String parentId,
        String address,
        String phone,
        SeriesPolicy policy) {

    private static final int MAX_TEXT = 300;

    public Office {
        id = Codes.id("id", Objects.requireNonNull(id, "id must not be null"));
        name = text("name", Objects.requireNonNull(name, "name must not be null"));
        if (name == null) {
            throw new IllegalArgumentException("name must not be blank");
        }
        letterCode =
                Codes.letterCode(
                        "letterCode",
                        Objects.requireNonNull(letterCode, "letterCode must not be null"));
        unitCode = unitCode == null ? null : Codes.unitCode("unitCode", unitCode);
        if (parentId != null) {
            parentId = Codes.id("parentId", parentId);
            if (parentId.equals(id)) {
                throw new IllegalArgumentException(
                        "parentId must not be the office's own id: " + id);
            }
        }
        address = address == null ? null : ThaiDigits.toArabic(text("address", address));
        phone = phone == null ? null : ThaiDigits.toArabic(text("phone", phone));
        Objects.requireNonNull(policy, "policy must not be null");
        if (parentId == null && !policy.sharedWithParent().isEmpty()) {
            throw new IllegalArgumentException(
                    "policy shares series with a parent, but office " + id + " has no parentId");
        }
    }

    /**
     * The reference number of this office's letter number {@code number}, with its codes: {@code สส
     * 0017.2/ว 525}. The number itself comes from the series of {@link OfficeTree#numberingOffice},
     * which may be a parent's.
     *
     * @throws IllegalStateException when the office has no unit code
     */
    public ReferenceNumber referenceNumber(boolean circular, int number) {
        if (unitCode == null) {
            throw new IllegalStateException(
                    "office " + id + " has no unit code, so its letters cannot be numbered");
        }
        return ReferenceNumber.letter(letterCode, unitCode, circular, number);
    }

    /** The stripped text, {@code null} when blank; an exception when longer than allowed. */
    private static String text(String field, String value) {
        String v = value.strip();
        if (v.length() > MAX_TEXT) {
            throw new IllegalArgumentException(
                    field + " must be at most " + MAX_TEXT + " characters: " + v.length());
        }
        return v.isEmpty() ? null : v;
    }
}
