package saraban.forms;

import java.util.List;
import saraban.Problem;
import saraban.ProblemException;

/**
 * A submission that does not meet its definition: every error, each with its field path. The
 * problem carries the first; {@link FormRoutes} answers with all of them.
 */
public final class FormInvalidException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    FormInvalidException(List<FieldError> errors) {
        super(
                new Problem(
                        422,
                        "SUBMISSION_INVALID",
                        errors.size()
                                + " field(s) need correcting, first "
                                + errors.get(0).field()
                                + ": "
                                + errors.get(0).title(),
                        "ข้อมูลในแบบยังไม่ถูกต้อง "
                                + saraban.thai.ThaiDigits.toThai(String.valueOf(errors.size()))
                                + " รายการ: "
                                + errors.get(0).message(),
                        errors.get(0).field()));
        this.errors = List.copyOf(errors);
    }

    /** Every error, in the order of the form's fields. */
    public List<FieldError> errors() {
        return errors;
    }
}
