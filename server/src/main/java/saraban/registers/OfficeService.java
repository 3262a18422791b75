package saraban.registers;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import saraban.audit.AuditLog;
import saraban.storage.Database;
import saraban.storage.Dialect;

/**
 * The offices, kept in the database: read, created, changed, deactivated and deleted, each change
 * checked against the whole tree and against the numbers already handed out, and written with its
 * audit event in one transaction. After each change the {@link #directory()} that {@link
 * RegisterService} numbers by holds the new tree.
 *
 * <p>A fresh database is filled from the offices file, or from the Samut Songkhram sample when
 * there is none ({@link #open}); after that the database is the truth, and the file is applied
 * again only on request ({@link #importOffices}).
 */
public final class OfficeService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OfficeService.class);

    /** How often a server on PostgreSQL looks for changes that other servers made. */
    static final Duration FOLLOW_EVERY = Duration.ofSeconds(2);

    /** The actor of the audit events of filling a fresh database. */
    static final String SEED_ACTOR = "system";

    private final Database db;
    private final OfficeStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final OfficeDirectory directory;
    private final ScheduledExecutorService follower;

    /**
     * What a change leaves: all offices after it, the audit action of each office it touched, the
     * answer to the caller, and the field a refused change of numbering names.
     */
    private record Plan<T>(List<OfficeStore.Row> after, String action, T result, String field) {}

    private record Done<T>(T result, OfficeTree tree, long revision) {}

    @FunctionalInterface
    private interface Planner<T> {
        Plan<T> plan(Connection c, List<OfficeStore.Row> before) throws SQLException;
    }

    private OfficeService(Database db, OfficeStore store, ObjectMapper json, Clock clock) {
        this.db = db;
        this.store = store;
        this.audit = new AuditLog(db.dialect(), clock, json);
        this.clock = clock;
        OfficeDirectory.Snapshot now = db.read(this::snapshot);
        this.directory = OfficeDirectory.at(now.tree(), now.revision());
        if (db.dialect() == Dialect.POSTGRESQL) {
            this.follower =
                    Executors.newSingleThreadScheduledExecutor(
                            r -> {
                                Thread t = new Thread(r, "saraban-offices");
                                t.setDaemon(true);
                                return t;
                            });
            long every = FOLLOW_EVERY.toMillis();
            follower.scheduleWithFixedDelay(
                    this::followQuietly, every, every, TimeUnit.MILLISECONDS);
        } else {
            this.follower = null;
        }
    }

    /**
     * The offices of {@code db}. An empty table (a fresh install) is first filled from {@code
     * officesFile}, or from the bundled sample; otherwise the file is only compared with the
     * database, and a difference is logged with what to do.
     *
     * @throws IllegalArgumentException when the table is empty and the file has an error
     */
    public static OfficeService open(
            Database db, Optional<Path> officesFile, Clock clock, ObjectMapper json) {
        OfficeStore store = new OfficeStore(db.dialect());
        List<OfficeStore.Row> rows = db.read(store::all);
        OfficeService service;
        if (rows.isEmpty()) {
            OfficeTree seed;
            try {
                seed = officesFile.map(OfficeTree::load).orElseGet(OfficeTree::sample);
            } catch (UncheckedIOException e) {
                throw new IllegalArgumentException(
                        e.getMessage() + " (SARABAN_OFFICES): " + e.getCause(), e);
            }
            service = new OfficeService(db, store, json, clock);
            service.seed(seed, officesFile.map(Path::toString).orElse(OfficeTree.SAMPLE));
        } else {
            service = new OfficeService(db, store, json, clock);
            officesFile.ifPresent(service::compareWithFile);
        }
        return service;
    }

    /** The offices as they are now, for {@link RegisterService}. */
    public OfficeDirectory directory() {
        return directory;
    }

    /** Every office, active or not, in listing order. */
    public List<OfficeView> list() {
        OfficeTree tree = directory.tree();
        return tree.offices().stream().map(o -> OfficeView.of(o, tree.isActive(o.id()))).toList();
    }

    /** The office with this id, or {@code UNKNOWN_OFFICE}. */
    public OfficeView get(String id) {
        OfficeTree tree = directory.tree();
        Office office = tree.find(id).orElseThrow(() -> RegisterProblems.unknownOffice(id));
        return OfficeView.of(office, tree.isActive(id));
    }

    /** Adds an office, active unless the request says otherwise, after the others in listings. */
    public OfficeView create(OfficeRequest request, String actor) {
        if (request.id() == null) {
            throw OfficeProblems.required("id");
        }
        Office office = request.toOffice(request.id());
        boolean active = request.active() == null || request.active();
        return change(
                actor,
                (c, before) -> {
                    if (before.stream().anyMatch(r -> r.id().equals(office.id()))) {
                        throw OfficeProblems.idTaken(office.id());
                    }
                    int position =
                            before.stream().mapToInt(OfficeStore.Row::position).max().orElse(0) + 1;
                    List<OfficeStore.Row> after = new ArrayList<>(before);
                    after.add(new OfficeStore.Row(office, active, position));
                    return new Plan<>(
                            after, "office.create", OfficeView.of(office, active), "parent");
                });
    }

    /**
     * Replaces the office's fields with the request's; {@code active} absent keeps it as it is. A
     * request that changes nothing writes nothing.
     */
    public OfficeView update(String id, OfficeRequest request, String actor) {
        if (request.id() != null && !request.id().equals(id)) {
            throw OfficeProblems.idFixed(id, request.id());
        }
        return change(
                actor,
                (c, before) -> {
                    OfficeStore.Row old = find(before, id);
                    Office office = request.toOffice(id);
                    boolean active = request.active() == null ? old.active() : request.active();
                    OfficeStore.Row row = new OfficeStore.Row(office, active, old.position());
                    List<OfficeStore.Row> after =
                            before.stream().map(r -> r.id().equals(id) ? row : r).toList();
                    return new Plan<>(
                            after,
                            "office.update",
                            OfficeView.of(office, active),
                            changedField(old.office(), office));
                });
    }

    /**
     * Deletes an office entered by mistake: one with no office under it and no number in any
     * register. An office that has numbered letters is deactivated instead ({@code OFFICE_IN_USE}
     * says so).
     */
    public void delete(String id, String actor) {
        change(
                actor,
                (c, before) -> {
                    OfficeStore.Row old = find(before, id);
                    List<String> children =
                            before.stream()
                                    .filter(r -> id.equals(r.office().parentId()))
                                    .map(OfficeStore.Row::id)
                                    .toList();
                    if (!children.isEmpty()) {
                        throw OfficeProblems.hasChildren(id, children);
                    }
                    if (store.hasNumbers(c, id)) {
                        throw OfficeProblems.inUse(id);
                    }
                    List<OfficeStore.Row> after = before.stream().filter(r -> r != old).toList();
                    return new Plan<>(after, "office.delete", null, null);
                });
    }

    /**
     * Applies an offices file (the format of {@code offices-samut-songkhram.ini}): offices it names
     * are created or updated to match it, offices it does not name are left as they are, so a file
     * may hold only new or changed offices and name parents that are only in the database. The
     * result is checked like any other change, all or nothing.
     *
     * @param source the file's name, for messages: {@code "offices.ini line 12 [ss-0017-2]: …"}
     */
    public ImportReport importOffices(List<String> lines, String source, String actor) {
        List<Office> file = OfficeFiles.read(lines, source);
        return change(
                actor,
                (c, before) -> {
                    OfficeFiles.Merge merged = OfficeFiles.merge(before, file);
                    return new Plan<>(merged.after(), "office.import", merged.report(), null);
                });
    }

    /**
     * Reloads the offices if another server changed them; answers whether it did. Runs every {@link
     * #FOLLOW_EVERY} on PostgreSQL, where several servers may share the database.
     */
    boolean follow() {
        long revision = db.read(store::revision);
        if (revision <= directory.revision()) {
            return false;
        }
        OfficeDirectory.Snapshot now = db.read(this::snapshot);
        return directory.replace(now.tree(), now.revision());
    }

    /** Stops looking for other servers' changes. */
    @Override
    public void close() {
        if (follower != null) {
            follower.shutdownNow();
            try {
                follower.awaitTermination(FOLLOW_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void followQuietly() {
        try {
            if (follow()) {
                LOG.info(
                        "Offices changed on another server: now at revision {}",
                        directory.revision());
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not look for changes to the offices: {}", e.toString());
        }
    }

    private <T> T change(String actor, Planner<T> planner) {
        Done<T> done =
                db.inTransaction(
                        c -> {
                            List<OfficeStore.Row> before = store.all(c);
                            Plan<T> plan = planner.plan(c, before);
                            OfficeTree tree = apply(c, actor, before, plan);
                            return tree == null
                                    ? new Done<>(plan.result(), null, 0)
                                    : new Done<>(plan.result(), tree, store.revision(c));
                        });
        if (done.tree() != null) {
            directory.replace(done.tree(), done.revision());
        }
        return done.result();
    }

    /**
     * Checks the plan and writes what differs from {@code before}, with an audit event per office;
     * answers the new tree, or {@code null} when nothing differs.
     */
    private OfficeTree apply(Connection c, String actor, List<OfficeStore.Row> before, Plan<?> plan)
            throws SQLException {
        OfficeDiff diff = OfficeDiff.between(before, plan.after());
        if (diff.isEmpty()) {
            return null;
        }
        OfficeRules.check(plan.after(), diff.touched());
        OfficeTree tree = OfficeStore.tree(plan.after());
        NumberingChange.refuseRepeats(
                c,
                store,
                NumberingChange.between(OfficeStore.tree(before), tree),
                LocalDate.now(clock.withZone(NumberingPeriod.BANGKOK)),
                plan.field());

        store.nextRevision(c);
        Instant at = Instant.now(clock);
        for (OfficeStore.Row row : diff.inserted()) {
            store.insert(c, row, at);
            audit.record(c, at, actor, plan.action(), entity(row), null, view(row));
        }
        Map<String, OfficeStore.Row> old = OfficeDiff.byId(before);
        for (OfficeStore.Row row : diff.updated()) {
            store.update(c, row, at);
            audit.record(
                    c, at, actor, plan.action(), entity(row), view(old.get(row.id())), view(row));
        }
        for (OfficeStore.Row row : diff.deleted()) {
            store.delete(c, row.id());
            audit.record(c, at, actor, plan.action(), entity(row), view(row), null);
        }
        return tree;
    }

    private void seed(OfficeTree offices, String source) {
        int position = 0;
        List<OfficeStore.Row> rows = new ArrayList<>();
        for (Office office : offices.offices()) {
            rows.add(new OfficeStore.Row(office, true, ++position));
        }
        Boolean seeded =
                db.inTransaction(
                        c -> {
                            if (!store.all(c).isEmpty()) {
                                return false; // another server filled it first
                            }
                            apply(
                                    c,
                                    SEED_ACTOR,
                                    List.of(),
                                    new Plan<>(rows, "office.seed", null, null));
                            return true;
                        });
        if (seeded) {
            follow();
            LOG.info(
                    "A fresh database: {} offices from {}; from now on the database holds them",
                    rows.size(),
                    source);
        }
    }

    /** Says in the log when the offices file no longer matches the database. */
    private void compareWithFile(Path file) {
        ImportReport differences;
        try {
            List<Office> offices =
                    OfficeFiles.read(
                            Files.readAllLines(file, StandardCharsets.UTF_8),
                            String.valueOf(file.getFileName()));
            differences = OfficeFiles.merge(db.read(store::all), offices).report();
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "The offices file {} is not used, the offices are in the database; it also has"
                            + " an error: {}",
                    file,
                    e.getMessage());
            return;
        }
        if (!differences.created().isEmpty() || !differences.updated().isEmpty()) {
            LOG.warn(
                    "The offices file {} differs from the offices in the database (not in the"
                            + " database: {}; different: {}). The database is used; to apply the file,"
                            + " POST it to /api/offices/import",
                    file,
                    differences.created(),
                    differences.updated());
        }
    }

    private OfficeDirectory.Snapshot snapshot(Connection c) throws SQLException {
        return new OfficeDirectory.Snapshot(OfficeStore.tree(store.all(c)), store.revision(c));
    }

    private static OfficeStore.Row find(List<OfficeStore.Row> rows, String id) {
        return rows.stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> RegisterProblems.unknownOffice(id));
    }

    /** The field a user changed that moves numbering: named by a refused change. */
    private static String changedField(Office before, Office after) {
        if (!Objects.equals(before.parentId(), after.parentId())) {
            return "parent";
        }
        if (!before.policy().sharedWithParent().equals(after.policy().sharedWithParent())) {
            return "sharesParentSeries";
        }
        return "numberingYear";
    }

    private static String entity(OfficeStore.Row row) {
        return "office/" + row.id();
    }

    private static OfficeView view(OfficeStore.Row row) {
        return OfficeView.of(row.office(), row.active());
    }
}
