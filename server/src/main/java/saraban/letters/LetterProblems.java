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

    static ProblemException secretNotPublishable(StoredLetter letter, Secrecy secrecy) {
        return new ProblemException(
                new Problem(
                        409,
                        "SECRET_LETTER_NOT_PUBLISHABLE",
                        "letter "
                                + letter.id()
                                + " is marked "
                                + secrecy.name()
                                + ": it is never published",
                        "หนังสือนี้มีชั้นความลับ (" + secrecy.thai() + ") เผยแพร่ทางเว็บไซต์ไม่ได้",
                        "id"));
    }

    static ProblemException notIssuedForPublishing(long id) {
        return new ProblemException(
                new Problem(
                        409,
                        "LETTER_NOT_ISSUED",
                        "letter " + id + " is a draft: only an issued letter can be published",
                        "หนังสือนี้ยังเป็นร่าง ต้องออกเลขก่อนจึงจะเผยแพร่ได้",
                        "id"));
    }

    static ProblemException notACircular(StoredLetter letter) {
        return new ProblemException(
                new Problem(
                        409,
                        "NOT_A_CIRCULAR",
                        "letter "
                                + letter.id()
                                + " is not a circular, an order or an announcement; send"
                                + " {\"anyKind\": true} to publish it anyway",
                        "หนังสือนี้ไม่ใช่หนังสือเวียน คำสั่ง หรือประกาศ"
                                + " หากต้องการเผยแพร่จริง ให้ยืนยันด้วย anyKind",
                        "id"));
    }

    static ProblemException notPublished(long id) {
        return new ProblemException(
                new Problem(
                        409,
                        "LETTER_NOT_PUBLISHED",
                        "letter " + id + " is not on the portal",
                        "หนังสือนี้ไม่ได้เผยแพร่อยู่บนเว็บไซต์",
                        "id"));
    }

    static ProblemException attachmentNotFound(long id, int number) {
        return new ProblemException(
                new Problem(
                        404,
                        "ATTACHMENT_NOT_FOUND",
                        "letter " + id + " has no attachment " + number,
                        "ไม่พบไฟล์สิ่งที่ส่งมาด้วยลำดับนี้",
                        "number"));
    }

    static ProblemException tooManyAttachments(int limit) {
        return new ProblemException(
                new Problem(
                        409,
                        "TOO_MANY_ATTACHMENTS",
                        "a letter has at most " + limit + " attachments",
                        "แนบไฟล์ได้ไม่เกิน " + limit + " ไฟล์ต่อหนังสือหนึ่งฉบับ",
                        "file"));
    }
}
