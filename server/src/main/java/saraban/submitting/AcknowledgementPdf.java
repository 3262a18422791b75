package saraban.submitting;

import java.util.Date;
import saraban.pdf.FontSet;
import saraban.pdf.PdfEngine;

/**
 * The acknowledgement as a one-page A4 PDF through the letters' engine (PDF/A, Thai text layer).
 */
final class AcknowledgementPdf {
    private AcknowledgementPdf() {}

    static byte[] render(PdfEngine engine, SubmissionService.Acknowledgement a, Date now) {
        StringBuilder fo = new StringBuilder();
        fo.append("<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\" font-family=\"")
                .append(FontSet.FAMILY)
                .append("\" font-size=\"16pt\" language=\"th\" xml:lang=\"th\">")
                .append("<fo:layout-master-set><fo:simple-page-master master-name=\"a4\"")
                .append(" page-height=\"29.7cm\" page-width=\"21cm\" margin-top=\"2.5cm\"")
                .append(" margin-left=\"3cm\" margin-right=\"2cm\" margin-bottom=\"2cm\">")
                .append("<fo:region-body/></fo:simple-page-master></fo:layout-master-set>")
                .append(
                        "<fo:page-sequence master-reference=\"a4\"><fo:flow flow-name=\"xsl-region-body\">")
                .append("<fo:block font-size=\"20pt\" font-weight=\"bold\" text-align=\"center\"")
                .append(" space-after=\"12pt\">ใบตอบรับการส่งแบบ</fo:block>");
        line(fo, "ผู้รับ", a.receivedBy());
        line(fo, "เลขรับ", a.receiveNumber());
        line(fo, "วันที่รับ", a.date());
        line(fo, "เวลา", a.time());
        line(fo, "จาก", a.sender());
        line(fo, "เรื่อง", a.subject());
        if (a.late()) {
            line(fo, "หมายเหตุ", "ส่งเมื่อเลยกำหนดส่งแล้ว");
        }
        fo.append("<fo:block space-before=\"18pt\">ระบบสารบรรณอิเล็กทรอนิกส์ได้ลงรับแบบนี้")
                .append("ในทะเบียนหนังสือรับแล้ว โปรดเก็บใบตอบรับนี้ไว้เป็นหลักฐาน</fo:block>")
                .append("</fo:flow></fo:page-sequence></fo:root>");
        return engine.render(fo.toString(), now);
    }

    private static void line(StringBuilder fo, String label, String value) {
        fo.append("<fo:block space-after=\"4pt\"><fo:inline font-weight=\"bold\">")
                .append(label)
                .append("</fo:inline> ")
                .append(escape(value == null ? "-" : value))
                .append("</fo:block>");
    }

    /** User text is data, never markup. */
    static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
