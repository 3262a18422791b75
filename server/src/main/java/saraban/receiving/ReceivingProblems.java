package saraban.receiving;

import saraban.Problem;
import saraban.ProblemException;

/** Stable error codes of incoming letters, with English titles and Thai messages. */
final class ReceivingProblems {
    private ReceivingProblems() {}

    static ProblemException file(int status, String code, String title, String thai) {
        return new ProblemException(new Problem(status, code, title, thai, "file"));
    }

    static ProblemException empty() {
        return file(400, "FILE_EMPTY", "the uploaded file is empty", "ไฟล์ที่ส่งมาว่างเปล่า");
    }

    static ProblemException tooLarge(long size, long limit) {
        return file(
                413,
                "FILE_TOO_LARGE",
                "the upload is " + size + " bytes, over the limit of " + limit,
                "ไฟล์ใหญ่เกินกำหนด (ไม่เกิน " + limit / 1024 / 1024 + " MB)");
    }

    static ProblemException notPdf() {
        return file(
                415,
                "NOT_A_PDF",
                "the file is not a PDF",
                "ไฟล์นี้ไม่ใช่ PDF แม้ชื่อไฟล์จะลงท้ายด้วย .pdf");
    }

    static ProblemException corrupt(String why) {
        return file(
                422,
                "PDF_CORRUPT",
                "the PDF cannot be read: " + why,
                "ไฟล์ PDF เสียหายหรือไม่สมบูรณ์ อ่านไม่ได้ ขอไฟล์ใหม่จากผู้ส่ง");
    }

    static ProblemException encrypted() {
        return file(
                422,
                "PDF_ENCRYPTED",
                "the PDF is encrypted or password-protected",
                "ไฟล์ PDF ถูกเข้ารหัสหรือตั้งรหัสผ่านไว้ ประทับตรารับไม่ได้ ขอไฟล์ที่ไม่เข้ารหัสจากผู้ส่ง");
    }

    static ProblemException tooManyPages(int pages, int limit) {
        return file(
                422,
                "TOO_MANY_PAGES",
                "the letter has " + pages + " pages, over the limit of " + limit,
                "หนังสือมีจำนวนหน้ามากเกินกำหนด (ไม่เกิน " + limit + " หน้า)");
    }

    static ProblemException tooComplex(String why) {
        return file(
                422,
                "PDF_TOO_COMPLEX",
                "the PDF expands beyond safe limits: " + why,
                "ไฟล์ PDF มีเนื้อหาที่ขยายตัวเกินขนาดที่ปลอดภัย ระบบไม่รับไฟล์นี้");
    }

    static ProblemException imageTooLarge(int width, int height) {
        return file(
                422,
                "IMAGE_TOO_LARGE",
                "a page image is " + width + " x " + height + " pixels, over the limit",
                "ภาพสแกนมีขนาดพิกเซลใหญ่เกินกำหนด สแกนใหม่ที่ความละเอียด 200–300 dpi");
    }

    static ProblemException notAnImage(String name) {
        return file(
                415,
                "NOT_AN_IMAGE",
                "page " + name + " is not a JPEG, PNG or TIFF image",
                "ไฟล์หน้า " + name + " ไม่ใช่ภาพ JPEG, PNG หรือ TIFF");
    }
}
