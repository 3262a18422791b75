package saraban.registers;

import java.util.List;
import java.util.Map;
import saraban.Problem;
import saraban.ProblemException;

/** The stable error codes of editing offices, with their English titles and Thai messages. */
final class OfficeProblems {

    /** Thai names of an office's fields, for messages people read. */
    private static final Map<String, String> THAI_NAMES =
            Map.of(
                    "id", "รหัสหน่วยงาน",
                    "name", "ชื่อหน่วยงาน",
                    "code", "รหัสตัวพยัญชนะ",
                    "unitCode", "เลขประจำของเจ้าของเรื่อง",
                    "parent", "หน่วยงานต้นสังกัด",
                    "address", "ที่ตั้ง",
                    "phone", "หมายเลขโทรศัพท์",
                    "sharesParentSeries", "ทะเบียนที่ใช้ร่วมกับหน่วยงานต้นสังกัด",
                    "numberingYear", "รอบปีของการออกเลข");

    private OfficeProblems() {}

    static String thaiName(String field) {
        return THAI_NAMES.getOrDefault(field, field);
    }

    static ProblemException required(String field) {
        return bad(
                "FIELD_REQUIRED",
                field,
                field + " must not be blank",
                "ต้องระบุ" + thaiName(field));
    }

    static ProblemException tooLong(String field, int max) {
        return bad(
                "FIELD_TOO_LONG",
                field,
                field + " is longer than " + max + " characters",
                thaiName(field) + " ยาวเกิน " + max + " ตัวอักษร");
    }

    static ProblemException controlCharacter(String field) {
        return bad(
                "CONTROL_CHARACTER",
                field,
                field + " contains a control character",
                thaiName(field) + " มีอักขระควบคุมที่พิมพ์ไม่ได้");
    }

    static ProblemException idInvalid(String field, String id) {
        return bad(
                "OFFICE_ID_INVALID",
                field,
                field
                        + " must be lowercase ASCII letters and digits joined by hyphens, like"
                        + " ss-0017-2, at most 64 characters: "
                        + id,
                thaiName(field)
                        + " ต้องเป็นอักษรอังกฤษตัวพิมพ์เล็กหรือตัวเลข คั่นด้วยขีด เช่น ss-0017-2"
                        + " ยาวไม่เกิน 64 ตัวอักษร");
    }

    static ProblemException idFixed(String id, String given) {
        return bad(
                "OFFICE_ID_FIXED",
                "id",
                "an office's id does not change: " + given + " is not " + id,
                "เปลี่ยนรหัสหน่วยงานไม่ได้ เพราะเลขในทะเบียนอ้างถึงรหัสนี้"
                        + " ให้สร้างหน่วยงานใหม่แล้วปิดการใช้งานหน่วยงานเดิม");
    }

    static ProblemException idTaken(String id) {
        return new ProblemException(
                new Problem(
                        409,
                        "OFFICE_ID_TAKEN",
                        "there is already an office with id " + id,
                        "มีหน่วยงานรหัส " + id + " อยู่แล้ว",
                        "id"));
    }

    static ProblemException letterCodeInvalid(String code) {
        return bad(
                "LETTER_CODE_INVALID",
                "code",
                "code must be two Thai consonants, like สส: " + code,
                "รหัสตัวพยัญชนะต้องเป็นพยัญชนะไทยสองตัว เช่น สส");
    }

    static ProblemException unitCodeInvalid(String code) {
        return bad(
                "UNIT_CODE_INVALID",
                "unitCode",
                "unitCode must be digits with dot levels, like 0017.2: " + code,
                "เลขประจำของเจ้าของเรื่องต้องเป็นตัวเลข แบ่งระดับด้วยจุด เช่น ๐๐๑๗.๒");
    }

    static ProblemException unitCodeTaken(String id, String codes, String other) {
        return new ProblemException(
                new Problem(
                        409,
                        "UNIT_CODE_TAKEN",
                        "office " + id + " would have the codes " + codes + " of office " + other,
                        "รหัส "
                                + codes
                                + " เป็นของหน่วยงาน "
                                + other
                                + " อยู่แล้ว สองหน่วยงานใช้รหัสเดียวกันไม่ได้ เพราะเลขที่หนังสือจะซ้ำกัน",
                        "unitCode"));
    }

    static ProblemException unknownSeries(String item) {
        return bad(
                "UNKNOWN_SERIES",
                "sharesParentSeries",
                "not a series: " + item + " (send, receive, circular, order, announcement)",
                "ไม่มีทะเบียนชื่อ " + item + " (มี send, receive, circular, order, announcement)");
    }

    static ProblemException numberingYearInvalid(String year) {
        return bad(
                "FIELD_INVALID",
                "numberingYear",
                "numberingYear must be calendar or fiscal: " + year,
                "รอบปีของการออกเลขต้องเป็น calendar (ปีปฏิทิน) หรือ fiscal (ปีงบประมาณ)");
    }

    static ProblemException yearWithoutEffect() {
        return bad(
                "FIELD_INVALID",
                "numberingYear",
                "numberingYear fiscal has no effect on an office that shares every series with its"
                        + " parent",
                "หน่วยงานที่ใช้ทะเบียนของต้นสังกัดทุกทะเบียนกำหนดรอบปีของการออกเลขเองไม่ได้");
    }

    static ProblemException sharesWithoutParent() {
        return bad(
                "SHARES_WITHOUT_PARENT",
                "sharesParentSeries",
                "an office without a parent cannot share its parent's series",
                "หน่วยงานที่ไม่มีต้นสังกัดใช้ทะเบียนร่วมกับต้นสังกัดไม่ได้");
    }

    static ProblemException unknownParent(String id, String parent) {
        return bad(
                "UNKNOWN_PARENT",
                "parent",
                "the parent " + parent + " of office " + id + " does not exist",
                "ไม่พบหน่วยงานต้นสังกัดรหัส " + parent);
    }

    static ProblemException parentCycle(List<String> path) {
        String cycle = String.join(" → ", path);
        return bad(
                "PARENT_CYCLE",
                "parent",
                "the parents would form a cycle: " + cycle,
                "หน่วยงานต้นสังกัดจะวนกลับมาที่เดิม (" + cycle + ") ให้เลือกต้นสังกัดอื่น");
    }

    static ProblemException parentInactive(String id, String parent) {
        return bad(
                "PARENT_INACTIVE",
                "parent",
                "the parent " + parent + " of office " + id + " is deactivated",
                "หน่วยงานต้นสังกัด " + parent + " ถูกปิดการใช้งานแล้ว");
    }

    static ProblemException hasActiveChildren(String id, List<String> children) {
        return new ProblemException(
                new Problem(
                        409,
                        "OFFICE_HAS_ACTIVE_CHILDREN",
                        "office " + id + " has active offices under it: " + children,
                        "ปิดการใช้งานไม่ได้ เพราะยังมีหน่วยงานในสังกัดที่ใช้งานอยู่ ("
                                + String.join(", ", children)
                                + ") ให้ย้ายหรือปิดหน่วยงานเหล่านั้นก่อน",
                        "active"));
    }

    static ProblemException hasChildren(String id, List<String> children) {
        return new ProblemException(
                new Problem(
                        409,
                        "OFFICE_HAS_CHILDREN",
                        "office " + id + " has offices under it: " + children,
                        "ลบไม่ได้ เพราะยังมีหน่วยงานในสังกัด (" + String.join(", ", children) + ")",
                        "office"));
    }

    static ProblemException inUse(String id) {
        return new ProblemException(
                new Problem(
                        409,
                        "OFFICE_IN_USE",
                        "office " + id + " has numbers in a register; deactivate it instead",
                        "ลบหน่วยงานที่มีเลขในทะเบียนแล้วไม่ได้ ให้ปิดการใช้งานแทน",
                        "office"));
    }

    static ProblemException inactive(String id) {
        return new ProblemException(
                new Problem(
                        409,
                        "OFFICE_INACTIVE",
                        "office " + id + " is deactivated and takes no new numbers",
                        "หน่วยงานนี้ถูกปิดการใช้งานแล้ว จึงออกเลขใหม่ไม่ได้",
                        "office"));
    }

    /**
     * A change of whose register numbers an office's series, or of when that register's year
     * starts, after the office already has numbers of it this year.
     */
    static ProblemException numberingInUse(String officeId, Series series, int year, String field) {
        return new ProblemException(
                new Problem(
                        409,
                        "NUMBERING_IN_USE",
                        "office "
                                + officeId
                                + " already has "
                                + series.pathId()
                                + " numbers of "
                                + year
                                + ": a change of its numbering would repeat them; make it at the"
                                + " start of the next numbering year, before its first number",
                        "หน่วยงาน "
                                + officeId
                                + " ออก"
                                + series.thaiName()
                                + "ของปี "
                                + year
                                + " ไปแล้ว การเปลี่ยนวิธีออกเลขกลางปีจะทำให้เลขซ้ำกัน"
                                + " ให้เปลี่ยนเมื่อขึ้นปีใหม่ก่อนออกเลขแรกของปี",
                        field));
    }

    static ProblemException fileInvalid(String message) {
        return bad(
                "OFFICE_FILE_INVALID",
                "file",
                message,
                "ไฟล์รายชื่อหน่วยงานไม่ถูกต้อง: " + message);
    }

    private static ProblemException bad(String code, String field, String title, String thai) {
        return new ProblemException(Problem.badField(code, field, title, thai));
    }
}
