package saraban;

/**
 * Thrown by services when a request cannot be done; the web layer answers with its {@link Problem}.
 */
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(
                problem.code()
                        + ": "
                        + problem.title()
                        + (problem.field() == null ? "" : " (" + problem.field() + ")"));
        this.problem = problem;
    }

    public ProblemException(Problem problem, Throwable cause) {
        this(problem);
        initCause(cause);
    }

    public Problem problem() {
        return problem;
    }
}
