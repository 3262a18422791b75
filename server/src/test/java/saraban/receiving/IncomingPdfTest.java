package saraban.receiving;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import saraban.ProblemException;
import saraban.Settings.UploadLimits;

class IncomingPdfTest {
    static final UploadLimits LIMITS = new UploadLimits(5L * 1024 * 1024, 20);

    static byte[] pdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            return save(doc);
        }
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    static String code(Runnable r) {
        try {
            r.run();
        } catch (ProblemException e) {
            return e.problem().code();
        }
        return "accepted";
    }

    @Test
    void a_good_pdf_passes_with_its_page_count() throws IOException {
        assertThat(IncomingPdf.check(pdf(3), LIMITS).pages()).isEqualTo(3);
    }

    @Test
    void empty_oversized_and_foreign_files_are_refused() throws IOException {
        assertThat(code(() -> IncomingPdf.check(new byte[0], LIMITS))).isEqualTo("FILE_EMPTY");
        byte[] big = new byte[(int) LIMITS.maxBytes() + 1];
        System.arraycopy(pdf(1), 0, big, 0, 10);
        assertThat(code(() -> IncomingPdf.check(big, LIMITS))).isEqualTo("FILE_TOO_LARGE");
        byte[] word =
                "PK\u0003\u0004 this is a .docx named letter.pdf"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(code(() -> IncomingPdf.check(word, LIMITS))).isEqualTo("NOT_A_PDF");
    }

    @Test
    void truncated_and_garbled_pdfs_are_corrupt() throws IOException {
        byte[] good = pdf(2);
        byte[] header = Arrays.copyOf(good, 20);
        assertThat(code(() -> IncomingPdf.check(header, LIMITS))).isEqualTo("PDF_CORRUPT");
        byte[] noise =
                Arrays.copyOf(
                        "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 4000);
        for (int i = 9; i < noise.length; i++) {
            noise[i] = (byte) (i * 31);
        }
        assertThat(code(() -> IncomingPdf.check(noise, LIMITS))).isEqualTo("PDF_CORRUPT");
    }

    @Test
    void encrypted_pdfs_are_refused_with_or_without_a_user_password() throws IOException {
        for (String user : List.of("secret", "")) {
            try (PDDocument doc = new PDDocument()) {
                doc.addPage(new PDPage());
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner", user, new AccessPermission());
                doc.protect(policy);
                byte[] bytes = save(doc);
                assertThat(code(() -> IncomingPdf.check(bytes, LIMITS)))
                        .as("user password '%s'", user)
                        .isEqualTo("PDF_ENCRYPTED");
            }
        }
    }

    @Test
    void too_many_pages_are_refused() throws IOException {
        byte[] many = pdf(LIMITS.maxPages() + 1);
        assertThat(code(() -> IncomingPdf.check(many, LIMITS))).isEqualTo("TOO_MANY_PAGES");
    }

    @Test
    void a_content_stream_that_inflates_past_the_limit_is_refused() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDStream content = new PDStream(doc);
            try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] spaces = new byte[1024 * 1024];
                Arrays.fill(spaces, (byte) ' ');
                for (long written = 0;
                        written <= IncomingPdf.MAX_DECODED_BYTES;
                        written += spaces.length) {
                    out.write(spaces);
                }
            }
            page.setContents(content);
            byte[] bomb = save(doc);
            assertThat(bomb.length).isLessThan(1024 * 1024);
            assertThat(code(() -> IncomingPdf.check(bomb, LIMITS))).isEqualTo("PDF_TOO_COMPLEX");
        }
    }

    @Test
    void an_image_stated_larger_than_the_limit_is_refused_without_decoding() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            COSStream image = doc.getDocument().createCOSStream();
            image.setItem(COSName.TYPE, COSName.XOBJECT);
            image.setItem(COSName.SUBTYPE, COSName.IMAGE);
            image.setInt(COSName.WIDTH, 100_000);
            image.setInt(COSName.HEIGHT, 100_000);
            image.setInt(COSName.BITS_PER_COMPONENT, 8);
            image.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
            try (OutputStream out = image.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(new byte[16]);
            }
            PDResources resources = new PDResources();
            resources
                    .getCOSObject()
                    .setItem(COSName.XOBJECT, new org.apache.pdfbox.cos.COSDictionary());
            resources
                    .getCOSObject()
                    .getCOSDictionary(COSName.XOBJECT)
                    .setItem(COSName.getPDFName("Im1"), image);
            page.setResources(resources);
            byte[] bytes = save(doc);
            assertThat(code(() -> IncomingPdf.check(bytes, LIMITS))).isEqualTo("IMAGE_TOO_LARGE");
        }
    }

    static byte[] image(String format, int w, int h, int imageType) throws IOException {
        BufferedImage img = new BufferedImage(w, h, imageType);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(java.awt.Color.BLACK);
        g.drawString("scan", 10, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img, format, out)).isTrue();
        return out.toByteArray();
    }

    static byte[] twoPageTiff() throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < 2; i++) {
                BufferedImage page = new BufferedImage(170, 240, BufferedImage.TYPE_BYTE_BINARY);
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    @Test
    void scanned_pages_become_one_pdf_with_a4_pages() throws IOException {
        byte[] pdf =
                IncomingPdf.fromImages(
                        List.of(
                                new IncomingPdf.Page(
                                        "1.jpg",
                                        image("jpeg", 170, 240, BufferedImage.TYPE_INT_RGB)),
                                new IncomingPdf.Page(
                                        "2.png",
                                        image("png", 240, 170, BufferedImage.TYPE_INT_RGB)),
                                new IncomingPdf.Page("3.tif", twoPageTiff())),
                        LIMITS);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            assertThat(doc.getPage(0).getMediaBox().getHeight())
                    .isEqualTo(PDRectangle.A4.getHeight());
            // the landscape scan gets a landscape page
            assertThat(doc.getPage(1).getMediaBox().getWidth())
                    .isEqualTo(PDRectangle.A4.getHeight());
        }
        assertThat(IncomingPdf.check(pdf, LIMITS).pages()).isEqualTo(4);
    }

    @Test
    void bad_scans_are_refused() throws IOException {
        byte[] gif = image("gif", 10, 10, BufferedImage.TYPE_INT_RGB);
        assertThat(
                        code(
                                () ->
                                        IncomingPdf.fromImages(
                                                List.of(new IncomingPdf.Page("a.gif", gif)),
                                                LIMITS)))
                .isEqualTo("NOT_AN_IMAGE");
        byte[] huge = image("png", 8000, 8000, BufferedImage.TYPE_BYTE_BINARY);
        assertThat(
                        code(
                                () ->
                                        IncomingPdf.fromImages(
                                                List.of(new IncomingPdf.Page("big.png", huge)),
                                                LIMITS)))
                .isEqualTo("IMAGE_TOO_LARGE");
        byte[] png = image("png", 50, 50, BufferedImage.TYPE_INT_RGB);
        byte[] cut = Arrays.copyOf(png, png.length / 2);
        assertThat(
                        code(
                                () ->
                                        IncomingPdf.fromImages(
                                                List.of(new IncomingPdf.Page("cut.png", cut)),
                                                LIMITS)))
                .isEqualTo("IMAGE_CORRUPT");
        assertThat(
                        code(
                                () ->
                                        IncomingPdf.fromImages(
                                                List.of(
                                                        new IncomingPdf.Page(
                                                                "empty.png", new byte[0])),
                                                LIMITS)))
                .isEqualTo("FILE_EMPTY");
    }
}
