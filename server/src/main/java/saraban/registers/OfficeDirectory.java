package saraban.registers;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The offices as they are now: an immutable {@link OfficeTree} that {@link OfficeService} replaces,
 * as a whole, after every committed change, and when it sees that another server changed them. Each
 * call reads the snapshot current at that moment; to ask several questions of one state of the
 * offices, take {@link #tree()} once and ask it. Thread-safe.
 *
 * <pre>{@code
 * Office numbering = directory.numberingOffice("ss-0017-2", Series.SEND); // ss-hall
 * }</pre>
 */
public final class OfficeDirectory {

    /** A tree and the database revision it was read at. */
    record Snapshot(OfficeTree tree, long revision) {}

    private volatile Snapshot current;

    private OfficeDirectory(Snapshot first) {
        this.current = first;
    }

    /**
     * A directory that always answers with {@code tree}: for tools and tests that need no editing.
     */
    public static OfficeDirectory of(OfficeTree tree) {
        return new OfficeDirectory(new Snapshot(Objects.requireNonNull(tree, "tree"), 0));
    }

    static OfficeDirectory at(OfficeTree tree, long revision) {
        return new OfficeDirectory(new Snapshot(tree, revision));
    }

    /** The offices now, to ask several questions of one state. */
    public OfficeTree tree() {
        return current.tree();
    }

    /** Every office, active or not, in the order they were defined. */
    public List<Office> offices() {
        return tree().offices();
    }

    public Optional<Office> find(String id) {
        return tree().find(id);
    }

    /** The office that registers {@code series} for office {@code id}; see {@link OfficeTree}. */
    public Office numberingOffice(String id, Series series) {
        return tree().numberingOffice(id, series);
    }

    /**
     * Refuses a deactivated office with {@code OFFICE_INACTIVE}: what every way of handing out a
     * new number calls first.
     */
    public void requireActive(String id) {
        OfficeTree tree = tree();
        if (tree.find(id).isPresent() && !tree.isActive(id)) {
            throw OfficeProblems.inactive(id);
        }
    }

    long revision() {
        return current.revision();
    }

    /**
     * Takes {@code tree} if it is newer than the one held: a slow reader never puts back an older
     * state than a change that finished after it.
     */
    synchronized boolean replace(OfficeTree tree, long revision) {
        if (revision <= current.revision()) {
            return false;
        }
        current = new Snapshot(tree, revision);
        return true;
    }
}
