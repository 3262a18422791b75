package saraban.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FreeSpaceTest {

    /** A 300 × 200 pt area with its top right at (400, 700). */
    private static final Rectangle2D AREA = new Rectangle2D.Double(100, 500, 300, 200);

    private static Rectangle2D box(double x, double y, double w, double h) {
        return new Rectangle2D.Double(x, y, w, h);
    }

    @Test
    void an_empty_area_gives_its_top_right_corner() {
        Optional<Rectangle2D> place = new FreeSpace(AREA, List.of(), 5).find(140, 70);
        assertThat(place).contains(box(260, 630, 140, 70));
    }

    @Test
    void a_box_goes_beside_an_obstacle_at_the_top_right_when_its_rows_have_room() {
        Rectangle2D earlier = box(260, 630, 140, 70);
        Rectangle2D place = new FreeSpace(AREA, List.of(earlier), 5).find(140, 70).orElseThrow();
        assertThat(place.getMaxY()).isEqualTo(700);
        assertThat(place.getMaxX()).isLessThanOrEqualTo(260 - 5);
    }

    @Test
    void a_box_goes_below_an_obstacle_that_leaves_no_room_beside_it() {
        Rectangle2D band = box(0, 640, 600, 60);
        Rectangle2D place = new FreeSpace(AREA, List.of(band), 5).find(140, 70).orElseThrow();
        assertThat(place.getMaxX()).isEqualTo(400);
        assertThat(place.getMaxY()).isLessThanOrEqualTo(640 - 5).isGreaterThan(640 - 5 - 3);
    }

    @Test
    void the_gap_is_kept_on_every_side() {
        Rectangle2D dot = box(300, 600, 1, 1);
        FreeSpace space = new FreeSpace(AREA, List.of(dot), 10);
        Rectangle2D place = space.find(60, 60).orElseThrow();
        Rectangle2D grown = box(290, 590, 21, 21);
        assertThat(place.intersects(grown)).isFalse();
    }

    @Test
    void a_box_larger_than_the_free_space_finds_nothing() {
        Rectangle2D middle = box(200, 550, 100, 100);
        assertThat(new FreeSpace(AREA, List.of(middle), 5).find(250, 150)).isEmpty();
        assertThat(new FreeSpace(AREA, List.of(), 5).find(301, 50)).isEmpty();
    }

    @Test
    void obstacles_outside_the_area_are_ignored() {
        List<Rectangle2D> outside = List.of(box(0, 0, 90, 900), box(405, 0, 200, 900));
        assertThat(new FreeSpace(AREA, outside, 5).find(140, 70)).contains(box(260, 630, 140, 70));
    }

    @Test
    void zero_width_obstacles_such_as_thai_marks_still_take_their_cells() {
        Rectangle2D mark = box(330, 660, 0, 10);
        Rectangle2D place = new FreeSpace(AREA, List.of(mark), 2).find(100, 60).orElseThrow();
        assertThat(place.intersects(box(328, 658, 4, 14))).isFalse();
    }
}
