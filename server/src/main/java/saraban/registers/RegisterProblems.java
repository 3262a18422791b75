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
