package saraban.letters;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import saraban.pdf.PdfEngine;

/**
 * Renders official letters of every {@link LetterKind} to PDF from the templates in {@code
 * templates/letters/}. Use {@link #render(LetterDraft)} for the PDF; {@link #toFo(LetterDraft)}
 * gives the FO a template produced, before Thai preparation.
 */
public final class LetterService {

    /** Dates are shown and numbered in Thailand's time zone, whatever the server's. */
    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final PdfEngine pdf;
    private final LetterTemplates templates;
    private final Path salutationsFile;
    private final FontSizes sizes;
    private final Optional<URI> garuda;
    private final Clock clock;

    /**
     * @param lettersDir the folder with one {@code .fo} template per kind and {@code
     *     salutations.tsv}
     * @param garuda the agency's Garuda emblem (SVG or PNG); empty draws the labelled placeholder
     */
    public LetterService(PdfEngine pdf, Path lettersDir, Optional<Path> garuda, Clock clock) {
        this.pdf = pdf;
        this.templates = new LetterTemplates(lettersDir);
        this.salutationsFile = lettersDir.resolve("salutations.tsv");
        this.sizes = new FontSizes(pdf.fonts());
        this.garuda = garuda.map(p -> p.toAbsolutePath().toUri());
        this.clock = clock;
        salutations(); // fail at start-up, not on the first letter
    }

    /**
     * Fills every kind's template once with a minimal letter, at start-up: a template that does not
     * parse stops the server with its name instead of failing a clerk's first letter.
     *
     * @throws saraban.ProblemException {@code TEMPLATE_FAILED} naming the template
     */
    public void checkTemplates() {
        for (LetterKind kind : LetterKind.values()) {
            LetterDraft minimal =
                    new LetterDraft(
                            kind,
                            false,
                            Urgency.MOST_URGENT,
                            Secrecy.CONFIDENTIAL,
                            null,
                            LocalDate.of(2019, 3, 29),
                            new Issuer("ศาลากลางจังหวัด", "ถนนเอกชัย"),
                            "ตรวจแม่แบบ",
                            "ผู้ว่าราชการจังหวัด",
                            null,
                            List.of("อ้างถึง"),
                            List.of("สิ่งที่ส่งมาด้วย"),
                            List.of("ข้อความ", "๑. ข้อแรก"),
                            null,
                            new Signer("ผู้ลงนาม", List.of("ตำแหน่ง")),
                            new OwnerUnit("กลุ่มงาน", "๐ ๓๔๗๑ ๓๓๐๘", null, null),
                            null);
            toFo(minimal);
        }
    }

    /** The letter as a PDF/A-2b document. */
    public byte[] render(LetterDraft draft) {
        return pdf.render(toFo(draft), Date.from(clock.instant()));
    }

    /** The XSL-FO the letter's template produces for {@code draft}. */
    public String toFo(LetterDraft draft) {
        SalutationTable table = salutations();
        LocalDate date =
                draft.date() != null ? draft.date() : LocalDate.now(clock.withZone(BANGKOK));
        SalutationTable.Pair pair = resolvePair(table, draft);
        return templates.render(
                draft.kind().id(), LetterModel.of(draft, date, pair, sizes, garuda));
    }

    private volatile SalutationTable salutations;
    private volatile java.nio.file.attribute.FileTime salutationsModified;

    /** The table as the file is now: read again only when the file changed. */
    private SalutationTable salutations() {
        java.nio.file.attribute.FileTime modified;
        try {
            modified = java.nio.file.Files.getLastModifiedTime(salutationsFile);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + salutationsFile, e);
        }
        if (!modified.equals(salutationsModified)) {
            salutations = SalutationTable.load(salutationsFile);
            salutationsModified = modified;
        }
        return salutations;
    }

    /** Salutation and closing come from one row of the table; a clerk's own pair must match it. */
    private static SalutationTable.Pair resolvePair(SalutationTable table, LetterDraft draft) {
        Optional<SalutationTable.Pair> row =
                draft.salutation() == null
                        ? Optional.of(table.forRecipient(draft.recipient()))
                        : table.forSalutation(draft.salutation());
        if (row.isEmpty()) {
            if (draft.closing() == null && draft.kind() != LetterKind.MEMO) {
                throw new saraban.ProblemException(
                        saraban.Problem.badField(
                                "FIELD_REQUIRED",
                                "closing",
                                "salutation '"
                                        + draft.salutation()
                                        + "' is not in the table: give the closing too",
                                "คำขึ้นต้น \""
                                        + draft.salutation()
                                        + "\" ไม่อยู่ในตาราง ต้องระบุคำลงท้ายด้วย"));
            }
            return new SalutationTable.Pair(draft.salutation(), draft.closing(), Set.of(), false);
        }
        SalutationTable.Pair pair = row.get();
        if (draft.closing() != null && !draft.closing().equals(pair.closing())) {
            throw Fields.invalid(
                    "closing",
                    "closing '"
                            + draft.closing()
                            + "' does not go with salutation '"
                            + pair.salutation()
                            + "'",
                    "คำลงท้าย \""
                            + draft.closing()
                            + "\" ไม่เข้าคู่กับคำขึ้นต้น \""
                            + pair.salutation()
                            + "\" (ต้องเป็น \""
                            + pair.closing()
                            + "\")");
        }
        return pair;
    }
}
