package saraban.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import saraban.Problem;
import saraban.ProblemException;
import saraban.storage.Database;

/**
 * The forms in {@code templates/forms/<id>/} ({@code form.json} and {@code form.fo}) and every
 * version of them ever published. The files are read again whenever a form is asked for, so an
 * edited definition is published without a restart; its content hash is its version, stored the
 * first time it is seen.
 */
final class FormLibrary {
    static final String DEFINITION = "form.json";
    static final String TEMPLATE = "form.fo";

    private final Database db;
    private final FormStore store;
    private final Path dir;
    private final Clock clock;
    private final Map<String, StoredVersion> known = new ConcurrentHashMap<>();

    FormLibrary(Database db, FormStore store, Path dir, Clock clock) {
        this.db = db;
        this.store = store;
        this.dir = dir;
        this.clock = clock;
    }

    /** The ids of the forms on disk, sorted. */
    List<String> ids() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(dir)) {
            return folders.filter(p -> Files.isRegularFile(p.resolve(DEFINITION)))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The version of form {@code id} its files hold now, stored as a version if new.
     *
     * @throws ProblemException {@code FORM_NOT_FOUND}
     * @throws FormDefinitionException when the definition is not usable
     */
    StoredVersion current(String id) {
        Path folder = dir.resolve(id).normalize();
        if (!folder.getParent().equals(dir.normalize())
                || !Files.isRegularFile(folder.resolve(DEFINITION))) {
            throw notFound(id, null);
        }
        String definition = read(folder.resolve(DEFINITION));
        Path templateFile = folder.resolve(TEMPLATE);
        if (!Files.isRegularFile(templateFile)) {
            throw new FormDefinitionException(
                    folder.resolve(TEMPLATE) + ": missing; every form needs its print template",
                    null);
        }
        String template = read(templateFile);
        String version = version(definition, template);
        StoredVersion cached = known.get(key(id, version));
        if (cached != null) {
            return cached;
        }
        FormDefinition form =
                DefinitionParser.parse(
                        dir.getFileName() + "/" + id + "/" + DEFINITION, definition, version);
        if (!form.id().equals(id)) {
            throw new FormDefinitionException(
                    dir.getFileName()
                            + "/"
                            + id
                            + "/"
                            + DEFINITION
                            + ": id: '"
                            + form.id()
                            + "' must be the folder's name, '"
                            + id
                            + "'",
                    null);
        }
        StoredVersion v = new StoredVersion(form, definition, template, clock.instant());
        db.inTransaction(
                c ->
                        store.addVersion(
                                c,
                                new FormStore.VersionRow(
                                        id, version, definition, template, v.createdAt())));
        StoredVersion stored = find(id, version).orElse(v);
        known.put(key(id, version), stored);
        return stored;
    }

    /** A version of form {@code id}, current or past. */
    Optional<StoredVersion> find(String id, String version) {
        StoredVersion cached = known.get(key(id, version));
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<FormStore.VersionRow> row = db.read(c -> store.findVersion(c, id, version));
        return row.map(
                r -> {
                    StoredVersion v =
                            new StoredVersion(
                                    DefinitionParser.parse(
                                            "form_versions " + id + "/" + version,
                                            r.definition(),
                                            version),
                                    r.definition(),
                                    r.template(),
                                    r.createdAt());
                    known.put(key(id, version), v);
                    return v;
                });
    }

    /** The versions of form {@code id} ever stored, oldest first. */
    List<FormStore.VersionRow> versions(String id) {
        return new ArrayList<>(db.read(c -> store.versions(c, id)));
    }

    /** The version of a definition and template: 12 hex digits of the SHA-256 of both. */
    static String version(String definition, String template) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(definition.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(template.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ProblemException notFound(String id, String version) {
        return new ProblemException(
                new Problem(
                        404,
                        "FORM_NOT_FOUND",
                        "no form " + id + (version == null ? "" : " in version " + version),
                        "ไม่พบแบบฟอร์ม " + id + (version == null ? "" : " ฉบับ " + version),
                        null));
    }

    private static String key(String id, String version) {
        return id + "@" + version;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
