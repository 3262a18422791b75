package saraban.registers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The offices of an agency at one moment, with their parents and children: which office's codes a
 * letter carries and which office's register numbers it ({@link #numberingOffice}). No two offices
 * have the same codes, and the parents form no cycle.
 *
 * <p>The offices live in the database ({@link OfficeService}); this is an immutable snapshot of
 * them, which {@link OfficeDirectory} replaces after each change. {@link #load(Path)} reads an
 * offices file, the format described in {@code offices-samut-songkhram.ini} beside this class, the
 * sample a fresh install starts from ({@link #sample()}); every problem in the file is reported
 * with its line. Thread-safe.
 */
public final class OfficeTree {

    /** The sample on the classpath: the offices of Samut Songkhram province. */
    static final String SAMPLE = "offices-samut-songkhram.ini";

    private final List<Office> order;
    private final Map<String, Office> byId;
    private final Map<String, List<Office>> children;
    private final Set<String> inactive;

    private OfficeTree(List<OfficeConfig.Entry> entries, Set<String> inactive) {
        Map<String, Office> offices = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        Map<String, String> byCodes = new LinkedHashMap<>();
        for (OfficeConfig.Entry e : entries) {
            String id = e.office().id();
            if (offices.putIfAbsent(id, e.office()) != null) {
                throw new IllegalArgumentException(
                        e.where()
                                + ": office id "
                                + id
                                + " is already defined at "
                                + where.get(id));
            }
            where.put(id, e.where());
            if (e.office().unitCode() != null) {
                String codes = e.office().letterCode() + " " + e.office().unitCode();
                String other = byCodes.putIfAbsent(codes, id);
                if (other != null) {
                    throw new IllegalArgumentException(
                            e.where()
                                    + ": the codes "
                                    + codes
                                    + " are already those of office "
                                    + other
                                    + "; two offices with the same codes would print the same"
                                    + " reference numbers");
                }
            }
        }
        for (String id : inactive) {
            if (!offices.containsKey(id)) {
                throw new IllegalArgumentException("inactive office " + id + " is not defined");
            }
        }
        Map<String, List<Office>> kids = new LinkedHashMap<>();
        for (Office office : offices.values()) {
            String parent = office.parentId();
            if (parent != null && !offices.containsKey(parent)) {
                throw new IllegalArgumentException(
                        where.get(office.id())
                                + ": parent "
                                + parent
                                + " is not defined; add a ["
                                + parent
                                + "] section or correct the parent");
            }
            kids.computeIfAbsent(office.id(), k -> new ArrayList<>());
            if (parent != null) {
                kids.computeIfAbsent(parent, k -> new ArrayList<>()).add(office);
            }
        }
        for (Office office : offices.values()) {
            checkNoCycle(office, offices, where);
        }
        this.byId = Map.copyOf(offices);
        this.children =
                kids.entrySet().stream()
                        .collect(
                                Collectors.toUnmodifiableMap(
                                        Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        this.order = List.copyOf(offices.values());
        this.inactive = Set.copyOf(inactive);
    }

    /** Reads the configuration file (UTF-8). */
    public static OfficeTree load(Path file) {
        try {
            return parse(
                    Files.readAllLines(file, StandardCharsets.UTF_8),
                    file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the office configuration " + file, e);
        }
    }

    /**
     * Reads configuration lines; {@code source} names them in error messages ({@code "offices.ini
     * line 12 [ss-0017-2]: parent ss-0018 is not defined; …"}).
     */
    public static OfficeTree parse(List<String> lines, String source) {
        return new OfficeTree(OfficeConfig.parse(lines, source), Set.of());
    }

    /** A tree of offices made in code, every one active; errors name the office. */
    public static OfficeTree of(Collection<Office> offices) {
        return of(offices, Set.of());
    }

    /** A tree of offices of which those in {@code inactive} are deactivated. */
    static OfficeTree of(Collection<Office> offices, Set<String> inactive) {
        return new OfficeTree(
                offices.stream().map(o -> new OfficeConfig.Entry(o, "office " + o.id())).toList(),
                inactive);
    }

    /**
     * The offices of Samut Songkhram province shipped with Saraban, for a fresh install and for
     * tests. Its unit codes other than 0017 and 0017.2 are examples, to be replaced by the
     * agency's.
     */
    public static OfficeTree sample() {
        try (InputStream in = OfficeTree.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(SAMPLE + " is missing from the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(text.lines().toList(), SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SAMPLE, e);
        }
    }

    /** Every office, in the order of the configuration. */
    public List<Office> offices() {
        return order;
    }

    /**
     * Whether the office takes new numbers: a deactivated office keeps its registers, which can
     * still be read and whose numbers can still be cancelled, but is given no new numbers.
     */
    public boolean isActive(String id) {
        get(id);
        return !inactive.contains(id);
    }

    /** The offices without a parent. */
    public List<Office> roots() {
        return order.stream().filter(o -> o.parentId() == null).toList();
    }

    public Optional<Office> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The office with this id.
     *
     * @throws IllegalArgumentException {@code "no office with id: ..."}
     */
    public Office get(String id) {
        Office office = byId.get(Objects.requireNonNull(id, "id"));
        if (office == null) {
            throw new IllegalArgumentException("no office with id: " + id);
        }
        return office;
    }

    /** The office's parent, empty at the top. */
    public Optional<Office> parent(String id) {
        return Optional.ofNullable(get(id).parentId()).map(byId::get);
    }

    /** The offices directly under this one, in the order of the configuration. */
    public List<Office> children(String id) {
        get(id);
        return children.get(id);
    }

    /**
     * The office whose register numbers {@code series} for office {@code id}: the office itself,
     * or, while an office shares that series with its parent, the first ancestor that keeps it. The
     * series restart by that office's {@link SeriesPolicy#year()}.
     */
    public Office numberingOffice(String id, Series series) {
        Objects.requireNonNull(series, "series");
        Office office = get(id);
        while (office.policy().sharesParentSeries(series)) {
            office = byId.get(office.parentId());
        }
        return office;
    }

    private static void checkNoCycle(
            Office start, Map<String, Office> offices, Map<String, String> where) {
        Set<String> path = new LinkedHashSet<>();
        Office office = start;
        while (office != null) {
            if (!path.add(office.id())) {
                if (office.id().equals(start.id())) {
                    throw new IllegalArgumentException(
                            where.get(start.id())
                                    + ": the parents form a cycle, "
                                    + String.join(" → ", path)
                                    + " → "
                                    + start.id()
                                    + "; one of them must have no parent or another parent");
                }
                return; // a cycle above this office, reported when checking an office on it
            }
            office = office.parentId() == null ? null : offices.get(office.parentId());
        }
    }
}
