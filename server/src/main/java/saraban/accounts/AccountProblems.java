package saraban.accounts;

import java.util.Locale;
import saraban.Problem;
import saraban.ProblemException;

/** The problems of signing in and of managing accounts: stable codes, Thai messages. */
public final class AccountProblems {
    private AccountProblems() {}

    /** Wrong name or password, or a disabled account: the answer does not say which. */
    static ProblemException signinFailed() {
        return new ProblemException(
                new Problem(
                        401,
                        "SIGNIN_FAILED",
                        "wrong username or password",
                        "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง",
                        null));
    }

    /** Too many failed sign-ins for the account or from the address; wait {@code seconds}. */
    public static ProblemException rateLimited(long seconds) {
        long minutes = Math.max(1, (seconds + 59) / 60);
        return new ProblemException(
                new Problem(
                        429,
                        "SIGNIN_RATE_LIMITED",
                        "too many failed sign-ins; try again in " + seconds + " s",
                        String.format(
                                Locale.ROOT,
                                "เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป โปรดรอประมาณ %d นาทีแล้วลองใหม่",
                                minutes),
                        null));
    }

    static ProblemException userNotFound(String username) {
        return new ProblemException(
                new Problem(
                        404,
                        "USER_NOT_FOUND",
                        "no user " + username,
                        "ไม่พบผู้ใช้ " + username,
                        "username"));
    }

    static ProblemException userExists(String username) {
        return new ProblemException(
                new Problem(
                        409,
                        "USER_EXISTS",
                        "there is already a user " + username,
                        "มีผู้ใช้ชื่อ " + username + " อยู่แล้ว",
                        "username"));
    }

    static ProblemException invalid(String field, String title, String thai) {
        return new ProblemException(Problem.badField("FIELD_INVALID", field, title, thai));
    }

    static ProblemException wrongCurrentPassword() {
        return new ProblemException(
                Problem.badField(
                        "PASSWORD_WRONG",
                        "current",
                        "the current password is wrong",
                        "รหัสผ่านปัจจุบันไม่ถูกต้อง"));
    }

    static ProblemException weakPassword(String title, String thai) {
        return new ProblemException(Problem.badField("PASSWORD_WEAK", "password", title, thai));
    }

    static ProblemException tokenNotFound(long id) {
        return new ProblemException(
                new Problem(404, "TOKEN_NOT_FOUND", "no API token " + id, "ไม่พบโทเค็นนี้", "id"));
    }

    static ProblemException lastAdmin() {
        return new ProblemException(
                new Problem(
                        409,
                        "LAST_ADMIN",
                        "the last enabled administrator cannot be disabled or lose the role",
                        "ต้องมีผู้ดูแลระบบที่ใช้งานได้อย่างน้อยหนึ่งคน",
                        null));
    }
}
