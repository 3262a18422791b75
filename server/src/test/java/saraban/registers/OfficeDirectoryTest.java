package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficeDirectoryTest {

    @Test
    void answers_from_the_newest_tree_and_never_goes_back_to_an_older_one() {
        OfficeTree sample = OfficeTree.sample();
        OfficeTree smaller = OfficeTree.of(List.of(sample.get("ss-hall")));
        OfficeDirectory directory = OfficeDirectory.at(sample, 3);
        assertThat(directory.replace(smaller, 5)).isTrue();
        assertThat(directory.offices()).extracting(Office::id).containsExactly("ss-hall");
        assertThat(directory.replace(sample, 4)).as("an older revision").isFalse();
        assertThat(directory.replace(sample, 5)).as("the same revision").isFalse();
        assertThat(directory.find("ss-0017")).isEmpty();
        assertThat(directory.revision()).isEqualTo(5);
    }

    @Test
    void refuses_new_numbers_for_a_deactivated_office() {
        OfficeTree sample = OfficeTree.sample();
        OfficeDirectory directory =
                OfficeDirectory.at(OfficeTree.of(sample.offices(), Set.of("ss-amphawa")), 1);
        assertThatThrownBy(() -> directory.requireActive("ss-amphawa"))
                .hasMessageStartingWith("OFFICE_INACTIVE");
        assertThatCode(() -> directory.requireActive("ss-mueang")).doesNotThrowAnyException();
        assertThat(directory.numberingOffice("ss-amphawa", Series.SEND).id())
                .isEqualTo("ss-amphawa");
    }
}
