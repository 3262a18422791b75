package saraban.registers;

import saraban.Problem;
import saraban.ProblemException;

/** The registers' stable error codes, with their English titles and Thai messages. */
final class RegisterProblems {
    private RegisterProblems() {}

    static ProblemException badField(String code, String field, String title, String thai) {
        return new ProblemException(Problem.badField(code, field, title, thai));
    }

    static ProblemException unknownOffice(String id) {
        return new ProblemException(
                new Problem(
                        404,
                        "UNKNOWN_OFFICE",
                        "no office with id " + id,
                        "ไม่พบหน่วยงานรหัส " + id,
                        "office"));
    }

    static ProblemException unknownSeries(String path) {
        return new ProblemException(
                new Problem(
                        404,
                        "UNKNOWN_SERIES",
                        "no series " + path + " (send, receive, circular, order, announcement)",
                        "ไม่มีทะเบียนชื่อ " + path,
                        "series"));
    }

    static ProblemException futureYear(int year, int current) {
        return new ProblemException(
                Problem.badField(
                        "DATE_IN_FUTURE_YEAR",
                        "date",
                        "the date falls in year " + year + ", after the current year " + current,
                        "วันที่อยู่ในปี " + year + " ซึ่งยังมาไม่ถึง ออกเลขล่วงหน้าข้ามปีไม่ได้"));
    }

    static ProblemException noUnitCode(String officeId) {
        return new ProblemException(
                new Problem(
                        400,
                        "OFFICE_HAS_NO_UNIT_CODE",
                        "office " + officeId + " has no unit code, so it cannot number letters",
                        "หน่วยงานนี้ไม่มีเลขประจำของเจ้าของเรื่อง จึงออกเลขที่หนังสือไม่ได้",
                        "office"));
    }

    static ProblemException numberNotFound(String officeId, Series series, int year, int number) {
        return new ProblemException(
                new Problem(
                        404,
                        "NUMBER_NOT_FOUND",
                        "number "
                                + number
                                + " of "
                                + series.pathId()
                                + " "
                                + year
                                + " at "
                                + officeId
                                + " was never handed out",
                        "ไม่พบเลขนี้ในทะเบียน",
                        "number"));
    }

    static ProblemException alreadyCancelled(int number) {
        return new ProblemException(
                new Problem(
                        409,
                        "NUMBER_ALREADY_CANCELLED",
                        "number " + number + " is already cancelled",
                        "เลขนี้ถูกยกเลิกไปแล้ว",
                        "number"));
    }

    static ProblemException notReservable(Series series) {
        return new ProblemException(
                Problem.badField(
                        "SERIES_NOT_RESERVABLE",
                        "series",
                        "numbers of the " + series.pathId() + " series cannot be reserved",
                        "จองเลขทะเบียนรับไม่ได้ เลขรับออกเมื่อรับหนังสือเท่านั้น"));
    }

    static ProblemException expiryPassed(String expiresAt) {
        return new ProblemException(
                Problem.badField(
                        "EXPIRY_PASSED",
                        "expiresAt",
                        "the reservation would expire at " + expiresAt + ", which has passed",
                        "วันหมดอายุการจองต้องอยู่หลังเวลาปัจจุบัน"));
    }

    static ProblemException reservationNotFound(long id) {
        return new ProblemException(
                new Problem(
                        404,
                        "RESERVATION_NOT_FOUND",
                        "no reservation " + id,
                        "ไม่พบรายการจองเลขนี้",
                        "reservation"));
    }

    static ProblemException reservationExpired(Reservation r) {
        return new ProblemException(
                new Problem(
                        409,
                        "RESERVATION_EXPIRED",
                        "reservation " + r.id() + " expired at " + r.expiresAt(),
                        "การจองเลขนี้หมดอายุแล้ว เลขที่เหลือถูกยกเลิก ขอเลขใหม่หรือจองใหม่",
                        "reservation"));
    }

    static ProblemException reservationUsedUp(long id) {
        return new ProblemException(
                new Problem(
                        409,
                        "RESERVATION_USED_UP",
                        "every number of reservation " + id + " is used or cancelled",
                        "เลขที่จองไว้ถูกใช้หมดแล้ว",
                        "reservation"));
    }

    static ProblemException notInReservation(int number, Reservation r) {
        return new ProblemException(
                Problem.badField(
                        "NUMBER_NOT_IN_RESERVATION",
                        "number",
                        "number "
                                + number
                                + " is not in reservation "
                                + r.id()
                                + " ("
                                + r.firstNumber()
                                + " to "
                                + (r.firstNumber() + r.count() - 1)
                                + ")",
                        "เลขนี้ไม่อยู่ในช่วงเลขที่จองไว้"));
    }

    static ProblemException malformedReferenceNumber(String text) {
        return new ProblemException(
                Problem.badField(
                        "REFERENCE_NUMBER_MALFORMED",
                        "referenceNumber",
                        "not a reference number: " + text,
                        "เลขที่หนังสือไม่ถูกรูปแบบ ตัวอย่างที่ถูกต้อง: สส ๐๐๑๗.๒/๔๕ หรือ สส ๐๐๑๗.๒/ว ๕๒๕"));
    }

    static ProblemException otherOfficesNumber(String given, String expected) {
        return new ProblemException(
                Problem.badField(
                        "REFERENCE_NUMBER_OTHER_OFFICE",
                        "referenceNumber",
                        given
                                + " is not a number of this office and series (expected "
                                + expected
                                + ")",
                        "เลขที่หนังสือไม่ใช่ของหน่วยงานหรือทะเบียนนี้ ควรเป็น " + expected));
    }

    static ProblemException notReserved(String referenceNumber) {
        return new ProblemException(
                new Problem(
                        409,
                        "NUMBER_NOT_RESERVED",
                        referenceNumber + " was not reserved for this office",
                        "เลขนี้ไม่ได้จองไว้สำหรับหน่วยงานนี้ ใช้ได้เฉพาะเลขที่จองไว้",
                        "referenceNumber"));
    }

    static ProblemException numberCancelled(RegisterEntry e) {
        return new ProblemException(
                new Problem(
                        409,
                        "NUMBER_CANCELLED",
                        "number " + e.number() + " was cancelled and is never used again",
                        "เลขนี้ถูกยกเลิกแล้ว นำกลับมาใช้ซ้ำไม่ได้",
                        "number"));
    }

    static ProblemException alreadyUsed(RegisterEntry e) {
        return new ProblemException(
                new Problem(
                        409,
                        "NUMBER_ALREADY_USED",
                        "number " + e.number() + " is already used",
                        "เลขนี้ถูกใช้ไปแล้ว",
                        "number"));
    }

    static ProblemException dateOutsideYear(java.time.LocalDate date, int year) {
        return new ProblemException(
                Problem.badField(
                        "DATE_OUTSIDE_RESERVATION_YEAR",
                        "date",
                        "the date " + date + " is not in year " + year + " of the reserved number",
                        "วันที่ของหนังสือต้องอยู่ในปีเดียวกับเลขที่จองไว้ (พ.ศ. " + year + ")"));
    }

    static ProblemException unknownFormat(String format) {
        return new ProblemException(
                Problem.badField(
                        "UNKNOWN_FORMAT",
                        "format",
                        "no register format " + format + " (json, csv, xlsx, pdf)",
                        "ไม่มีทะเบียนในรูปแบบ " + format + " (เลือกได้: json, csv, xlsx, pdf)"));
    }

    static ProblemException notAcceptable(String accept) {
        return new ProblemException(
                new Problem(
                        406,
                        "NOT_ACCEPTABLE",
                        "a register is served as application/json, text/csv, XLSX or"
                                + " application/pdf, not "
                                + accept,
                        "ทะเบียนมีให้เฉพาะรูปแบบ JSON, CSV, XLSX และ PDF",
                        null));
    }
}
