package saraban.portal;

import saraban.Problem;
import saraban.ProblemException;

/** Stable error codes of the portal, with English titles and Thai messages. */
final class PortalProblems {
    private PortalProblems() {}

    /**
     * Nothing public here: never published, a draft, secret, or no such thing at all: one answer
     * for all, so the portal tells nobody what exists behind it.
     */
    static ProblemException notFound(String what) {
        return new ProblemException(
                new Problem(
                        404,
                        "NOT_PUBLISHED",
                        "nothing public at " + what,
                        "ไม่พบเอกสารนี้บนเว็บไซต์เผยแพร่",
                        null));
    }

    /** It was public and was taken off: the address is kept and says so. */
    static ProblemException withdrawn(String what) {
        return new ProblemException(
                new Problem(
                        410,
                        "WITHDRAWN",
                        what + " was withdrawn from the portal",
                        "เอกสารนี้ถูกยกเลิกการเผยแพร่แล้ว",
                        null));
    }

    static ProblemException documentNotFound(long id) {
        return new ProblemException(
                new Problem(
                        404,
                        "DOCUMENT_NOT_FOUND",
                        "no library document " + id,
                        "ไม่พบเอกสารนี้ในคลังเอกสาร",
                        "id"));
    }

    static ProblemException documentWithdrawn(long id) {
        return new ProblemException(
                new Problem(
                        409,
                        "DOCUMENT_WITHDRAWN",
                        "library document " + id + " was withdrawn: it takes no new versions",
                        "เอกสารนี้ถูกยกเลิกการเผยแพร่แล้ว เพิ่มฉบับใหม่ไม่ได้",
                        "id"));
    }

    static ProblemException badQuery(String title, String thai, String field) {
        return new ProblemException(Problem.badField("QUERY_INVALID", field, title, thai));
    }
}
