package saraban.registers;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How an office numbers: which series it takes from its parent's registers instead of keeping its
 * own, and when its own series restart.
 *
 * <p>Sharing is per series because agencies do both at once: a กลุ่มงาน may take its send numbers
 * from its สำนัก's book yet keep its own receive register (the seed letter carries the hall's
 * receive number and the กลุ่มงาน's).
 *
 * @param sharedWithParent the series numbered in the parent's register; empty when the office keeps
 *     all its own
 * @param year when the office's own series restart; a shared series follows the office that keeps
 *     it
 */
public record SeriesPolicy(Set<Series> sharedWithParent, NumberingYear year) {

    /** Every series its own, restarting on 1 January. */
    public static final SeriesPolicy OWN_SERIES =
            new SeriesPolicy(Set.of(), NumberingYear.CALENDAR);

    public SeriesPolicy {
        Objects.requireNonNull(sharedWithParent, "sharedWithParent must not be null");
        Objects.requireNonNull(year, "year must not be null");
        EnumSet<Series> shared = EnumSet.noneOf(Series.class);
        shared.addAll(sharedWithParent);
        sharedWithParent = Collections.unmodifiableSet(shared);
    }

    /** Whether {@code series} is numbered in the parent's register. */
    public boolean sharesParentSeries(Series series) {
        return sharedWithParent.contains(series);
    }
}
