package saraban.registers;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficeRulesTest {

    static List<OfficeStore.Row> sample() {
        List<OfficeStore.Row> rows = new ArrayList<>();
        for (Office o : OfficeTree.sample().offices()) {
            rows.add(new OfficeStore.Row(o, true, rows.size() + 1));
        }
        return rows;
    }

    static List<OfficeStore.Row> replacing(
            List<OfficeStore.Row> rows, String id, String parent, String unitCode, boolean active) {
        return rows.stream()
                .map(
                        r -> {
                            if (!r.id().equals(id)) {
                                return r;
                            }
                            Office o = r.office();
                            return new OfficeStore.Row(
                                    new Office(
                                            o.id(),
                                            o.name(),
                                            o.letterCode(),
                                            unitCode,
                                            parent,
                                            o.address(),
                                            o.phone(),
                                            o.policy()),
                                    active,
                                    r.position());
                        })
                .toList();
    }

    @Test
    void the_sample_keeps_every_rule() {
        List<OfficeStore.Row> rows = sample();
        Set<String> all = Set.copyOf(rows.stream().map(OfficeStore.Row::id).toList());
        assertThatCode(() -> OfficeRules.check(rows, all)).doesNotThrowAnyException();
    }

    @Test
    void names_the_whole_cycle_a_new_parent_would_close() {
        List<OfficeStore.Row> rows = replacing(sample(), "ss-hall", "ss-0017-4", null, true);
        assertThatThrownBy(() -> OfficeRules.check(rows, Set.of("ss-hall")))
                .hasMessage(
                        "PARENT_CYCLE: the parents would form a cycle: ss-hall → ss-0017-4 →"
                                + " ss-0017 → ss-hall (parent)");
    }

    @Test
    void refuses_a_parent_that_does_not_exist() {
        List<OfficeStore.Row> rows = replacing(sample(), "ss-amphawa", "ss-9999", "0320", true);
        assertThatThrownBy(() -> OfficeRules.check(rows, Set.of("ss-amphawa")))
                .hasMessage(
                        "UNKNOWN_PARENT: the parent ss-9999 of office ss-amphawa does not exist"
                                + " (parent)");
    }

    @Test
    void refuses_codes_that_another_office_prints() {
        List<OfficeStore.Row> rows = replacing(sample(), "ss-amphawa", "ss-hall", "0319", true);
        assertThatThrownBy(() -> OfficeRules.check(rows, Set.of("ss-amphawa")))
                .hasMessage(
                        "UNIT_CODE_TAKEN: office ss-amphawa would have the codes สส 0319 of office"
                                + " ss-bang-khonthi (unitCode)");
    }

    @Test
    void keeps_deactivated_offices_below_deactivated_ones_only() {
        List<OfficeStore.Row> hallOff = replacing(sample(), "ss-hall", null, null, false);
        assertThatThrownBy(() -> OfficeRules.check(hallOff, Set.of("ss-hall")))
                .hasMessageStartingWith(
                        "OFFICE_HAS_ACTIVE_CHILDREN: office ss-hall has active offices under it:"
                                + " [ss-0017, ss-mueang, ss-bang-khonthi, ss-amphawa]");
        List<OfficeStore.Row> districtOff =
                replacing(sample(), "ss-amphawa", "ss-hall", "0320", false);
        assertThatCode(() -> OfficeRules.check(districtOff, Set.of("ss-amphawa")))
                .doesNotThrowAnyException();
        List<OfficeStore.Row> under =
                replacing(districtOff, "ss-mueang", "ss-amphawa", "0318", true);
        assertThatThrownBy(() -> OfficeRules.check(under, Set.of("ss-mueang")))
                .hasMessage(
                        "PARENT_INACTIVE: the parent ss-amphawa of office ss-mueang is"
                                + " deactivated (parent)");
    }
}
