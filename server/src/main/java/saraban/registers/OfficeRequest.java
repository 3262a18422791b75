package saraban.registers;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import saraban.thai.ThaiDigits;

/**
 * An office as a client sends it, to create one ({@code POST /api/offices}) or to replace one's
 * fields ({@code PUT /api/offices/{id}}): the shape {@code GET} answers, so that a client can send
 * back what it read. Checks every field on construction and answers a problem naming the field.
 *
 * @param id required to create; when updating, absent or the id in the path (ids never change)
 * @param code รหัสตัวพยัญชนะ, two Thai consonants
 * @param unitCode เลขประจำของเจ้าของเรื่อง, Thai or ASCII digits with dot levels; absent for an
 *     office that only receives
 * @param parent the id of the office above; absent at the top
 * @param sharesParentSeries path ids of the series numbered in the parent's register ({@code send},
 *     {@code receive}, {@code circular}, {@code order}, {@code announcement}); absent for none
 * @param numberingYear {@code calendar} (the default) or {@code fiscal}
 * @param active {@code false} deactivates; absent keeps the office as it is (new offices active)
 */
public record OfficeRequest(
        String id,
        String name,
        String code,
        String unitCode,
        String parent,
        String address,
        String phone,
        List<String> sharesParentSeries,
        String numberingYear,
        Boolean active) {

    /** As {@link Office}: longer text does not fit where letters print it. */
    static final int MAX_TEXT = 300;

    public OfficeRequest {
        id = blankToNull(id);
        if (id != null) {
            id = checkedId("id", id);
        }
        name = text("name", name, false);
        if (name == null) {
            throw OfficeProblems.required("name");
        }
        if (code == null || code.isBlank()) {
            throw OfficeProblems.required("code");
        }
        code = code.strip();
        try {
            code = Codes.letterCode("code", code);
        } catch (IllegalArgumentException e) {
            throw OfficeProblems.letterCodeInvalid(code);
        }
        unitCode = blankToNull(unitCode);
        if (unitCode != null) {
            try {
                unitCode = Codes.unitCode("unitCode", unitCode);
            } catch (IllegalArgumentException e) {
                throw OfficeProblems.unitCodeInvalid(unitCode);
            }
        }
        parent = blankToNull(parent);
        if (parent != null) {
            parent = checkedId("parent", parent);
        }
        address = text("address", address, true);
        phone = text("phone", phone, false);
        Set<Series> shared = series(sharesParentSeries);
        if (parent == null && !shared.isEmpty()) {
            throw OfficeProblems.sharesWithoutParent();
        }
        sharesParentSeries = shared.stream().map(Series::pathId).toList();
        numberingYear = year(numberingYear).configId();
        if (shared.size() == Series.values().length
                && !numberingYear.equals(NumberingYear.CALENDAR.configId())) {
            throw OfficeProblems.yearWithoutEffect();
        }
    }

    /**
     * The office with id {@code officeId} as requested.
     *
     * @throws saraban.ProblemException {@code PARENT_CYCLE} when it would be its own parent
     */
    Office toOffice(String officeId) {
        if (officeId.equals(parent)) {
            throw OfficeProblems.parentCycle(List.of(officeId, officeId));
        }
        Set<Series> shared = EnumSet.noneOf(Series.class);
        sharesParentSeries.forEach(s -> shared.add(Series.fromPath(s)));
        return new Office(
                officeId,
                name,
                code,
                unitCode,
                parent,
                address,
                phone,
                new SeriesPolicy(shared, year(numberingYear)));
    }

    private static String checkedId(String field, String id) {
        try {
            return Codes.id(field, id.strip());
        } catch (IllegalArgumentException e) {
            throw OfficeProblems.idInvalid(field, id);
        }
    }

    private static Set<Series> series(List<String> pathIds) {
        Set<Series> shared = EnumSet.noneOf(Series.class);
        if (pathIds != null) {
            for (String pathId : pathIds) {
                try {
                    shared.add(Series.fromPath(pathId == null ? "" : pathId.strip()));
                } catch (IllegalArgumentException e) {
                    throw OfficeProblems.unknownSeries(pathId);
                }
            }
        }
        return shared;
    }

    private static NumberingYear year(String configId) {
        if (configId == null || configId.isBlank()) {
            return NumberingYear.CALENDAR;
        }
        try {
            return NumberingYear.fromConfig(configId.strip());
        } catch (IllegalArgumentException e) {
            throw OfficeProblems.numberingYearInvalid(configId);
        }
    }

    /**
     * Stripped text with ASCII digits, {@code null} when blank; line breaks only where {@code
     * lines} allows them (an address may take several lines).
     */
    private static String text(String field, String value, boolean lines) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            throw OfficeProblems.tooLong(field, MAX_TEXT);
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean allowed = c == '\n' && lines;
            if ((Character.getType(c) == Character.CONTROL && !allowed)
                    || c == '\uFFFE'
                    || c == '\uFFFF') {
                throw OfficeProblems.controlCharacter(field);
            }
        }
        return ThaiDigits.toArabic(v);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
