package saraban.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import saraban.App;
import saraban.Settings;
import saraban.testing.TestHome;

/** Enclosure files, the library's versions, downloads, the feed and search, over HTTP. */
class PortalFilesIT {
    static Javalin app;
    static Http http;

    @BeforeAll
    static void start() {
        app =
                App.create(
                                TestHome.settings()
                                        .withUploads(new Settings.UploadLimits(64 * 1024, 200)))
                        .start(0);
        http = new Http(app.port());
        PublishingApiIT.http = http;
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static String code(HttpResponse<String> r) throws Exception {
        return Http.read(r).get("code").asText();
    }

    /** The UTF-8 file name of a Content-Disposition, decoded. */
    static String utf8Name(String disposition) {
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17);
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Test
    void enclosure_files_are_typed_by_content_and_named_safely() throws Exception {
        long id = PublishingApiIT.draft("ขอส่งแบบฟอร์มโครงการตามแผนพัฒนาอำเภอ", true, null);
        HttpResponse<String> pdf =
                http.form()
                        .field("title", "แบบฟอร์มบัญชีโครงการ")
                        .file("file", "../../แบบฟอร์ม โครงการ.pdf", Samples.pdf(1))
                        .post("/api/letters/" + id + "/attachments");
        assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(201);
        JsonNode first = Http.read(pdf);
        assertThat(first.get("number").asInt()).isEqualTo(1);
        assertThat(first.get("fileName").asText()).isEqualTo("แบบฟอร์ม โครงการ.pdf");
        assertThat(pdf.headers().firstValue("Location"))
                .hasValue("/api/letters/" + id + "/attachments/1");

        HttpResponse<String> word =
                http.form()
                        .file("file", "คู่มือ.pdf", Samples.docx())
                        .post("/api/letters/" + id + "/attachments");
        assertThat(Http.read(word).get("mediaType").asText())
                .isEqualTo(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(Http.read(word).get("fileName").asText()).isEqualTo("คู่มือ.pdf.docx");
        for (byte[] other : new byte[][] {Samples.xlsx(), Samples.odt(), Samples.png()}) {
            assertThat(
                            http.form()
                                    .file("file", "x", other)
                                    .post("/api/letters/" + id + "/attachments")
                                    .statusCode())
                    .isEqualTo(201);
        }

        HttpResponse<String> exe =
                http.form()
                        .file(
                                "file",
                                "form.pdf",
                                "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1))
                        .post("/api/letters/" + id + "/attachments");
        assertThat(exe.statusCode()).isEqualTo(415);
        assertThat(code(exe)).isEqualTo("FILE_TYPE_NOT_ALLOWED");
        assertThat(Http.read(exe).get("message").asText()).contains("รับเฉพาะไฟล์");
        HttpResponse<String> macro =
                http.form()
                        .file(
                                "file",
                                "m.docx",
                                Samples.zip(
                                        "[Content_Types].xml",
                                        "x",
                                        "word/document.xml",
                                        "x",
                                        "word/vbaProject.bin",
                                        "x"))
                        .post("/api/letters/" + id + "/attachments");
        assertThat(code(macro)).isEqualTo("FILE_TYPE_NOT_ALLOWED");
        HttpResponse<String> empty =
                http.form()
                        .file("file", "e.pdf", new byte[0])
                        .post("/api/letters/" + id + "/attachments");
        assertThat(code(empty)).isEqualTo("FILE_EMPTY");
        HttpResponse<String> large =
                http.form()
                        .file("file", "big.pdf", new byte[70 * 1024])
                        .post("/api/letters/" + id + "/attachments");
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(code(large)).isEqualTo("FILE_TOO_LARGE");
        HttpResponse<String> missing =
                http.form()
                        .file("file", "a.pdf", Samples.pdf(1))
                        .post("/api/letters/999999/attachments");
        assertThat(code(missing)).isEqualTo("LETTER_NOT_FOUND");

        HttpResponse<byte[]> back = http.bytes("/api/letters/" + id + "/attachments/1");
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).isEqualTo(Samples.pdf(1));
        assertThat(utf8Name(back.headers().firstValue("Content-Disposition").orElseThrow()))
                .isEqualTo("แบบฟอร์ม โครงการ.pdf");
        assertThat(http.json("GET", "/api/letters/" + id + "/attachments/9", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_published_enclosure_downloads_with_its_thai_name_etag_and_caching() throws Exception {
        long id = PublishingApiIT.draft("ส่งสำเนาคำสั่งแต่งตั้งคณะกรรมการ", true, null);
        byte[] bytes = Samples.pdf(2);
        http.form()
                .field("title", "สำเนาคำสั่ง")
                .file("file", "คำสั่ง ที่ ๑๒-๒๕๖๒.pdf", bytes)
                .post("/api/letters/" + id + "/attachments");
        PublishingApiIT.issue(id, "{\"publish\": true}");

        HttpResponse<String> page = http.page("/portal/circulars/" + id);
        assertThat(page.body())
                .contains("สำเนาคำสั่ง")
                .contains("คำสั่ง ที่ ๑๒-๒๕๖๒.pdf")
                .contains("PDF");
        String sha =
                Http.read(http.json("GET", "/api/letters/" + id + "/attachments", null))
                        .get(0)
                        .get("sha256")
                        .asText();
        String url =
                "/portal/files/"
                        + sha
                        + "/"
                        + saraban.web.Downloads.pathSegment("คำสั่ง ที่ ๑๒-๒๕๖๒.pdf");
        assertThat(page.body()).contains(url);

        HttpResponse<byte[]> file = http.bytes(url);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(bytes);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(file.headers().firstValue("Content-Length"))
                .hasValue(Integer.toString(bytes.length));
        assertThat(file.headers().firstValue("ETag")).hasValue("\"" + sha + "\"");
        assertThat(file.headers().firstValue("Cache-Control").orElse("")).contains("max-age");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String disposition = file.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition)
                .startsWith("inline; filename=\"")
                .contains("filename*=UTF-8''%E0%B8%84");
        assertThat(utf8Name(disposition)).isEqualTo("คำสั่ง ที่ ๑๒-๒๕๖๒.pdf");

        HttpResponse<byte[]> again = http.bytes(url, "If-None-Match", "\"" + sha + "\"");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void a_library_document_keeps_every_version_at_its_own_address() throws Exception {
        byte[] v1 = Samples.pdf(1);
        byte[] v2 = Samples.docx();
        HttpResponse<String> added =
                http.form()
                        .field("office", "ss-0017-2")
                        .field("title", "แบบบัญชีโครงการตามแผนพัฒนาอำเภอ")
                        .field("category", "form")
                        .field("year", "๒๕๖๒")
                        .field("description", "ใช้ประกอบหนังสือ ว ๕๒๕")
                        .file("file", "แบบ ผ.๐๒.pdf", v1)
                        .post("/api/portal/documents");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long id = Http.read(added).get("id").asLong();
        assertThat(Http.read(added).get("category").asText()).isEqualTo("form");
        assertThat(Http.read(added).get("year").asInt()).isEqualTo(2562);

        HttpResponse<String> second =
                http.form()
                        .field("note", "เพิ่มช่องตัวชี้วัด")
                        .file("file", "แบบ ผ.๐๒.docx", v2)
                        .post("/api/portal/documents/" + id + "/versions");
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(Http.read(second).get("versions")).hasSize(2);

        HttpResponse<byte[]> first = http.bytes("/portal/forms/" + id + "/versions/1");
        assertThat(first.body()).isEqualTo(v1);
        assertThat(utf8Name(first.headers().firstValue("Content-Disposition").orElseThrow()))
                .isEqualTo("แบบ ผ.๐๒.pdf");
        HttpResponse<byte[]> newer = http.bytes("/portal/forms/" + id + "/versions/2");
        assertThat(newer.body()).isEqualTo(v2);
        assertThat(newer.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;");
        HttpResponse<byte[]> latest = http.bytes("/portal/forms/" + id + "/latest");
        assertThat(latest.statusCode()).isEqualTo(302);
        assertThat(latest.headers().firstValue("Location").orElseThrow())
                .startsWith("/portal/files/");
        assertThat(http.bytes(latest.headers().firstValue("Location").orElseThrow()).body())
                .isEqualTo(v2);
        assertThat(http.bytes("/portal/forms/" + id + "/versions/3").statusCode()).isEqualTo(404);

        HttpResponse<String> forms = http.page("/portal/forms?category=form");
        assertThat(forms.body())
                .contains("id=\"document-" + id + "\"")
                .contains("แบบบัญชีโครงการตามแผนพัฒนาอำเภอ");
        assertThat(http.page("/portal/forms?category=manual").body())
                .doesNotContain("id=\"document-" + id + "\"");
        HttpResponse<String> docPage = http.page("/portal/forms/" + id);
        assertThat(docPage.body())
                .contains("ฉบับที่ ๒")
                .contains("ฉบับที่ ๑")
                .contains("เพิ่มช่องตัวชี้วัด");

        HttpResponse<String> bad =
                http.form()
                        .field("office", "ss-0017-2")
                        .field("title", "x")
                        .field("category", "poster")
                        .field("year", "2562")
                        .file("file", "a.pdf", v1)
                        .post("/api/portal/documents");
        assertThat(code(bad)).isEqualTo("FIELD_INVALID");
        HttpResponse<String> ce =
                http.form()
                        .field("office", "ss-0017-2")
                        .field("title", "x")
                        .field("category", "form")
                        .field("year", "2019")
                        .file("file", "a.pdf", v1)
                        .post("/api/portal/documents");
        assertThat(Http.read(ce).get("field").asText()).isEqualTo("year");

        assertThat(
                        http.json("POST", "/api/portal/documents/" + id + "/withdraw", null)
                                .statusCode())
                .isEqualTo(200);
        assertThat(http.bytes("/portal/forms/" + id + "/versions/1").statusCode()).isEqualTo(410);
        assertThat(http.page("/portal/forms/" + id).statusCode()).isEqualTo(410);
        HttpResponse<String> late =
                http.form()
                        .file("file", "a.pdf", Samples.pdf(3))
                        .post("/api/portal/documents/" + id + "/versions");
        assertThat(code(late)).isEqualTo("DOCUMENT_WITHDRAWN");
    }

    @Test
    void the_atom_feed_parses_and_lists_only_published_letters() throws Exception {
        long shown =
                PublishingApiIT.draft("แจ้งเวียนแนวทางการจัดทำงบประมาณ <ปี> & แผน", true, null);
        PublishingApiIT.issue(shown, "{\"publish\": true}");
        long hidden = PublishingApiIT.draft("หนังสือที่ยังไม่เผยแพร่ในฟีด", true, null);
        PublishingApiIT.issue(hidden, null);

        HttpResponse<byte[]> feed = http.bytes("/portal/feed.atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body()));
        Element root = xml.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(child(root, "id")).startsWith("http://");
        assertThat(child(root, "title")).isNotBlank();
        Instant.parse(child(root, "updated"));

        NodeList entries = root.getElementsByTagNameNS(AtomFeed.NS, "entry");
        assertThat(entries.getLength()).isGreaterThanOrEqualTo(1);
        boolean found = false;
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            assertThat(child(e, "id")).isNotBlank();
            Instant.parse(child(e, "updated"));
            String href =
                    ((Element) e.getElementsByTagNameNS(AtomFeed.NS, "link").item(0))
                            .getAttribute("href");
            assertThat(child(e, "title")).doesNotContain("หนังสือที่ยังไม่เผยแพร่ในฟีด");
            if (href.endsWith("/portal/circulars/" + shown)) {
                found = true;
                assertThat(child(e, "title"))
                        .contains("แจ้งเวียนแนวทางการจัดทำงบประมาณ <ปี> & แผน")
                        .contains("ที่ สส ๐๐๑๗.๒/ว");
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void search_finds_published_documents_only() throws Exception {
        long hidden = PublishingApiIT.draft("ประชุมคณะกรรมการกลั่นกรองลับเฉพาะกาล", true, null);
        PublishingApiIT.issue(hidden, null);
        long shown = PublishingApiIT.draft("ประชุมคณะกรรมการพิจารณาโครงการพัฒนาอำเภอ", true, null);
        PublishingApiIT.issue(shown, "{\"publish\": true}");

        String body =
                awaitSearch(
                        "/portal/search?q="
                                + saraban.web.Downloads.pathSegment("พิจารณาโครงการพัฒนาอำเภอ"),
                        "/portal/circulars/" + shown);
        assertThat(body).contains("<mark>");
        String none =
                http.page(
                                "/portal/search?q="
                                        + saraban.web.Downloads.pathSegment("กลั่นกรองลับเฉพาะกาล"))
                        .body();
        assertThat(none).doesNotContain("/portal/circulars/" + hidden).contains("พบ ๐ รายการ");
        String clerks =
                http.json(
                                "GET",
                                "/api/search?q="
                                        + saraban.web.Downloads.pathSegment("กลั่นกรองลับเฉพาะกาล"),
                                null)
                        .body();
        assertThat(clerks).as("the clerks' search still finds it").contains("letter:" + hidden);

        http.json("POST", "/api/letters/" + shown + "/unpublish", null);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String after;
        do {
            after =
                    http.page(
                                    "/portal/search?q="
                                            + saraban.web.Downloads.pathSegment(
                                                    "พิจารณาโครงการพัฒนาอำเภอ"))
                            .body();
        } while (after.contains("/portal/circulars/" + shown) && System.nanoTime() < deadline);
        assertThat(after).doesNotContain("/portal/circulars/" + shown);
    }

    static String awaitSearch(String path, String expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String body;
        do {
            body = http.page(path).body();
            if (body.contains(expected)) {
                return body;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("search did not find " + expected + " in time:\n" + body);
    }

    static String child(Element e, String name) {
        return e.getElementsByTagNameNS(AtomFeed.NS, name).item(0).getTextContent();
    }

    @Test
    void the_district_form_is_offered_on_the_portal_to_print_and_to_fill_in_a_pdf()
            throws Exception {
        String page = http.page("/portal/forms").body();
        java.util.regex.Matcher blank =
                java.util.regex.Pattern.compile("id=\"blank-district-projects\" href=\"([^\"]+)\"")
                        .matcher(page);
        java.util.regex.Matcher fillable =
                java.util.regex.Pattern.compile(
                                "id=\"fillable-district-projects\" href=\"([^\"]+)\"")
                        .matcher(page);
        assertThat(blank.find()).as(page).isTrue();
        assertThat(fillable.find()).as(page).isTrue();
        // the addresses name the form's version, so they keep giving the same file
        assertThat(blank.group(1)).matches("/api/forms/district-projects/[0-9a-f]{12}/blank.pdf");

        HttpResponse<byte[]> print = http.bytes(blank.group(1));
        assertThat(print.statusCode()).isEqualTo(200);
        assertThat(print.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/pdf");
        HttpResponse<byte[]> fill = http.bytes(fillable.group(1));
        assertThat(fill.statusCode()).isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf =
                org.apache.pdfbox.Loader.loadPDF(fill.body())) {
            assertThat(pdf.getDocumentCatalog().getAcroForm()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getAcroForm().getFields()).isNotEmpty();
        }
    }
}
