package saraban.letters;

import saraban.Problem;
import saraban.ProblemException;

/** Stable error codes of drafts and issued letters, with English titles and Thai messages. */
final class LetterProblems {
    private LetterProblems() {}

    static ProblemException notFound(long id) {
        return new ProblemException(
                new Problem(404, "LETTER_NOT_FOUND", "no letter " + id, "ไม่พบหนังสือนี้", "id"));
    }

    static ProblemException alreadyIssued(StoredLetter letter) {
        return new ProblemException(
                new Problem(
                        409,
                        "LETTER_ALREADY_ISSUED",
                        "letter "
                                + letter.id()
                                + " is already issued as "
                                + letter.referenceNumber(),
                        "หนังสือนี้ออกเลขไปแล้ว (ที่ "
                                + letter.referenceNumber()
                                + ") แก้ไขหรือออกเลขซ้ำไม่ได้",
                        "id"));
    }

    static ProblemException notIssued(long id) {
        return new ProblemException(
                new Problem(
                        409,
                        "LETTER_NOT_ISSUED",
                        "letter " + id + " is a draft: it has no PDF until it is issued",
                        "หนังสือนี้ยังเป็นร่าง ยังไม่มีฉบับจริง ดูตัวอย่างได้ที่ /api/letters/render",
                        "id"));
    }

    static ProblemException numberOnDraft(String number) {
        return new ProblemException(
                Problem.badField(
                        "REFERENCE_NUMBER_ON_DRAFT",
                        "referenceNumber",
                        "a draft has no number ("
                                + number
                                + "): it is numbered when issued; to use a reserved number, name"
                                + " it when issuing",
                        "ร่างหนังสือยังไม่มีเลขที่ ระบบออกเลขให้เมื่อออกหนังสือ"
                                + " หากจะใช้เลขที่จองไว้ ให้ระบุตอนออกเลข"));
    }
}
