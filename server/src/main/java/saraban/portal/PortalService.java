package saraban.portal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import saraban.letters.LetterService;
import saraban.letters.StoredLetter;
import saraban.letters.Upload;
import saraban.registers.Office;
import saraban.registers.RegisterService;
import saraban.search.SearchService;
import saraban.storage.Database;
import saraban.storage.FileStore;

/**
 * The public portal: what anyone may see without signing in (published letters with their
 * enclosures, the library of forms and manuals, stable downloads) and the clerk's library actions.
 * Nothing unpublished is reachable through it: a draft, a secret letter, or a letter never
 * published is "not found", exactly like something that does not exist; a withdrawn one is "gone".
 */
public final class PortalService {
    /** Letters per page of the list. */
    static final int PAGE_SIZE = 20;

    private final Database db;
    private final FileStore files;
    private final LetterService letters;
    private final RegisterService registers;
    private final PublicStore published;
    private final LibraryStore libraryStore;
    private final Library library;
    private final SearchService search;

    public PortalService(
            Database db,
            FileStore files,
            LetterService letters,
            RegisterService registers,
            SearchService search,
            Clock clock) {
        this.search = search;
        this.db = db;
        this.files = files;
        this.letters = letters;
        this.registers = registers;
        this.published = new PublicStore(db.dialect());
        this.libraryStore = new LibraryStore(db.dialect());
        this.library = new Library(db, files, registers, libraryStore, clock);
    }

    /** One page of the published letters list, newest first, with what the filters offer. */
    public record Listing(
            List<Views.Circular> items,
            long total,
            int page,
            int pages,
            List<Integer> years,
            Map<String, String> offices) {}

    /**
     * Published letters of Buddhist-Era {@code year} (or all) from {@code office} (or all).
     *
     * @param page from 1; past the last page the list is empty
     */
    public Listing circulars(Integer year, String office, int page) {
        int p = Math.max(1, Math.min(page, 10_000));
        return db.read(
                c -> {
                    long total = published.count(c, year, office);
                    List<Views.Circular> items =
                            published.page(c, year, office, (p - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                                    .map(this::circular)
                                    .toList();
                    Map<String, String> offices = new java.util.LinkedHashMap<>();
                    for (String id : published.offices(c)) {
                        offices.put(id, officeName(id));
                    }
                    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
                    return new Listing(items, total, p, pages, published.years(c), offices);
                });
    }

    /**
     * Searches what is published, and only that.
     *
     * @throws saraban.ProblemException {@code QUERY_INVALID} for a query over 200 characters
     */
    public PublicSearch.Found search(String query, int page) {
        return new PublicSearch(search, this::officeName).search(query, page);
    }

    /** The letters published last, newest first, and when the portal last changed: the feed. */
    public record Feed(List<Views.Circular> entries, List<Instant> published, Instant updated) {}

    public Feed feed(int limit) {
        return db.read(
                c -> {
                    List<PublicStore.Row> rows = published.newest(c, limit);
                    return new Feed(
                            rows.stream().map(this::circular).toList(),
                            rows.stream().map(PublicStore.Row::publishedAt).toList(),
                            published.lastChange(c));
                });
    }

    /**
     * A published letter's page.
     *
     * @throws saraban.ProblemException {@code NOT_PUBLISHED} (404) for anything not public, {@code
     *     WITHDRAWN} (410) once withdrawn
     */
    public Views.CircularPage circular(long id) {
        StoredLetter letter = publicLetter(id);
        Views.Circular circular =
                new Views.Circular(
                        letter.id(),
                        "/portal/circulars/" + letter.id(),
                        Views.thaiNumber(letter.referenceNumber()),
                        Views.thaiDate(letter.date()),
                        letter.subject(),
                        officeName(letter.office()),
                        Views.kindLabel(letter.kind().id(), letter.referenceNumber()),
                        pdfUrl(letter.pdfSha256(), letter.referenceNumber()));
        String pdfName = Views.letterPdfName(letter.referenceNumber());
        long pdfSize = files.get(letter.pdfSha256()).map(f -> f.size()).orElse(0L);
        List<Views.File> enclosures = new ArrayList<>();
        for (var a : letter.attachments()) {
            enclosures.add(
                    Views.file(a.sha256(), a.fileName(), a.title(), a.mediaType(), a.size()));
        }
        return new Views.CircularPage(
                circular,
                letter.draft().recipient(),
                Views.thaiDate(
                        LocalDate.ofInstant(
                                letter.publication().publishedAt(), LetterService.BANGKOK)),
                Views.file(letter.pdfSha256(), pdfName, null, "application/pdf", pdfSize),
                letter.draft().enclosures(),
                enclosures);
    }

    /** The letter, when it is public now; else the problem a visitor gets. */
    StoredLetter publicLetter(long id) {
        StoredLetter letter;
        try {
            letter = letters.letter(id);
        } catch (saraban.ProblemException e) {
            throw PortalProblems.notFound("/portal/circulars/" + id);
        }
        if (letter.status() != StoredLetter.Status.ISSUED
                || letter.draft().secrecy() != null
                || letter.publication() == null) {
            throw PortalProblems.notFound("/portal/circulars/" + id);
        }
        if (!letter.publication().live()) {
            throw PortalProblems.withdrawn("/portal/circulars/" + id);
        }
        return letter;
    }

    /** The library, live documents only, optionally of one category and one office. */
    public List<Views.Document> library(Category category, String office) {
        return db.read(c -> libraryStore.live(c, category, office)).stream()
                .map(this::document)
                .toList();
    }

    /**
     * A library document's page.
     *
     * @throws saraban.ProblemException {@code NOT_PUBLISHED} (404), {@code WITHDRAWN} (410)
     */
    public Views.Document document(long id) {
        return document(publicDocument(id));
    }

    /** A version of a library document, to download; {@code 0} is the newest. */
    public Download version(long id, int version) {
        LibraryDocument d = publicDocument(id);
        LibraryVersion v =
                version == 0
                        ? d.current()
                        : d.versions().stream()
                                .filter(x -> x.version() == version)
                                .findFirst()
                                .orElseThrow(
                                        () ->
                                                PortalProblems.notFound(
                                                        "/portal/forms/"
                                                                + id
                                                                + "/versions/"
                                                                + version));
        return new Download(v.sha256(), v.fileName(), v.mediaType(), v.size());
    }

    /**
     * A stored file by its SHA-256, when something published names it.
     *
     * @param name the name in the address; the file keeps the name it was published under
     */
    public Download file(String sha256, String name) {
        List<PublicStore.Named> named =
                sha256.matches("[0-9a-f]{64}")
                        ? db.read(c -> published.named(c, sha256))
                        : List.of();
        List<PublicStore.Named> live = named.stream().filter(PublicStore.Named::live).toList();
        if (live.isEmpty()) {
            throw named.isEmpty()
                    ? PortalProblems.notFound("/portal/files/" + sha256)
                    : PortalProblems.withdrawn("/portal/files/" + sha256);
        }
        PublicStore.Named chosen =
                live.stream()
                        .filter(n -> n.fileName().equals(name))
                        .findFirst()
                        .orElse(live.get(0));
        return new Download(chosen.sha256(), chosen.fileName(), chosen.mediaType(), chosen.size());
    }

    /** A file to send: what and how big; {@link #open} reads it. */
    public record Download(String sha256, String fileName, String mediaType, long size) {}

    public InputStream open(Download d) {
        return files.open(d.sha256());
    }

    /**
     * Adds a document to the library with its first version.
     *
     * @throws saraban.ProblemException {@code UNKNOWN_OFFICE}
     */
    public LibraryDocument addDocument(NewDocument d, Upload upload, String note, String actor) {
        return library.add(d, upload, note, actor);
    }

    /**
     * Uploads a new version; the old ones stay downloadable.
     *
     * @throws saraban.ProblemException {@code DOCUMENT_NOT_FOUND}, {@code DOCUMENT_WITHDRAWN}
     */
    public LibraryDocument addVersion(long id, Upload upload, String note, String actor) {
        return library.addVersion(id, upload, note, actor);
    }

    /** Takes a document off the portal; its addresses then answer 410 Gone. */
    public LibraryDocument withdrawDocument(long id, String actor) {
        return library.withdraw(id, actor);
    }

    /** A library document in whatever state, for the clerk's API. */
    public LibraryDocument libraryDocument(long id) {
        LibraryDocument d = db.read(c -> libraryStore.find(c, id));
        if (d == null) {
            throw PortalProblems.documentNotFound(id);
        }
        return d;
    }

    /** The office names by id, for filters. */
    public Map<String, String> officeNames() {
        return registers.offices().stream()
                .collect(
                        Collectors.toMap(
                                Office::id,
                                Office::name,
                                (a, b) -> a,
                                java.util.LinkedHashMap::new));
    }

    String officeName(String id) {
        return registers.offices().stream()
                .filter(o -> o.id().equals(id))
                .map(Office::name)
                .findFirst()
                .orElse(id);
    }

    private LibraryDocument publicDocument(long id) {
        LibraryDocument d = db.read(c -> libraryStore.find(c, id));
        if (d == null) {
            throw PortalProblems.notFound("/portal/forms/" + id);
        }
        if (!d.live()) {
            throw PortalProblems.withdrawn("/portal/forms/" + id);
        }
        return d;
    }

    private Views.Circular circular(PublicStore.Row r) {
        return new Views.Circular(
                r.id(),
                "/portal/circulars/" + r.id(),
                Views.thaiNumber(r.referenceNumber()),
                Views.thaiDate(r.date()),
                r.subject(),
                officeName(r.office()),
                Views.kindLabel(r.kind(), r.referenceNumber()),
                pdfUrl(r.pdfSha256(), r.referenceNumber()));
    }

    private static String pdfUrl(String sha256, String referenceNumber) {
        return Views.fileUrl(sha256, Views.letterPdfName(referenceNumber));
    }

    private Views.Document document(LibraryDocument d) {
        Function<LibraryVersion, Views.File> file =
                v -> Views.file(v.sha256(), v.fileName(), null, v.mediaType(), v.size());
        List<Views.Version> versions = new ArrayList<>();
        for (LibraryVersion v : reversed(d.versions())) {
            versions.add(
                    new Views.Version(
                            "ฉบับที่ " + Views.thaiNumber(Integer.toString(v.version())),
                            Views.thaiDate(
                                    LocalDate.ofInstant(v.createdAt(), LetterService.BANGKOK)),
                            v.note(),
                            file.apply(v),
                            "/portal/forms/" + d.id() + "/versions/" + v.version()));
        }
        return new Views.Document(
                d.id(),
                "/portal/forms/" + d.id(),
                d.title(),
                d.category().id(),
                d.category().thai(),
                officeName(d.office()),
                Views.thaiNumber(Integer.toString(d.year())),
                d.description(),
                file.apply(d.current()),
                "/portal/forms/" + d.id() + "/latest",
                versions);
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** What the 410 page of a withdrawn letter says: which letter, when and why. */
    public record Withdrawal(String referenceNumber, String subject, String date, String reason) {}

    /** The withdrawal of letter {@code id}, when it was published and then withdrawn. */
    public java.util.Optional<Withdrawal> withdrawal(long id) {
        try {
            StoredLetter letter = letters.letter(id);
            if (letter.publication() == null
                    || letter.publication().live()
                    || letter.draft().secrecy() != null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(
                    new Withdrawal(
                            Views.thaiNumber(letter.referenceNumber()),
                            letter.subject(),
                            Views.thaiDate(
                                    LocalDate.ofInstant(
                                            letter.publication().withdrawnAt(),
                                            LetterService.BANGKOK)),
                            letter.publication().withdrawnReason()));
        } catch (saraban.ProblemException e) {
            return java.util.Optional.empty();
        }
    }
}
