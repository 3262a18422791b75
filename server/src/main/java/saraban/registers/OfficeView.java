package saraban.registers;

import java.util.List;

/**
 * An office as the API answers it and as audit events record it: {@code GET /api/offices} and
 * {@code /api/offices/{id}}. Digits are ASCII; the field names are those of {@link OfficeRequest}.
 *
 * @param code รหัสตัวพยัญชนะ, as {@code สส}
 * @param unitCode เลขประจำของเจ้าของเรื่อง, as {@code 0017.2}; {@code null} when it has none
 * @param parent the id of the office above; {@code null} at the top
 * @param sharesParentSeries path ids of the series numbered in the parent's register
 * @param numberingYear {@code calendar} or {@code fiscal}
 * @param active {@code false} once deactivated: it keeps its registers but takes no new numbers
 */
public record OfficeView(
        String id,
        String name,
        String code,
        String unitCode,
        String parent,
        String address,
        String phone,
        List<String> sharesParentSeries,
        String numberingYear,
        boolean active) {

    public OfficeView {
        sharesParentSeries = List.copyOf(sharesParentSeries);
    }

    static OfficeView of(Office office, boolean active) {
        return new OfficeView(
                office.id(),
                office.name(),
                office.letterCode(),
                office.unitCode(),
                office.parentId(),
                office.address(),
                office.phone(),
                office.policy().sharedWithParent().stream().map(Series::pathId).toList(),
                office.policy().year().configId(),
                active);
    }
}
