package saraban.letters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import saraban.thai.Digits;

/**
 * The compose page's form as typed: every field kept as text, so that a form with a mistake comes
 * back to the clerk exactly as sent. Field names are the API's ({@code subject}, {@code
 * issuer.name}, {@code body} repeated), so a problem's {@code field} names the input it is about.
 *
 * @param fields the single-valued fields by name
 * @param lists the repeatable rows: {@code body}, {@code references}, {@code enclosures}
 */
record LetterForm(String office, Map<String, String> fields, Map<String, List<String>> lists) {

    static final List<String> LISTS = List.of("body", "references", "enclosures");
    static final List<String> SINGLE =
            List.of(
                    "kind",
                    "urgency",
                    "secrecy",
                    "issuer.name",
                    "issuer.address",
                    "subject",
                    "recipient",
                    "salutation",
                    "closing",
                    "signer.name",
                    "signer.positions",
                    "ownerUnit.name",
                    "ownerUnit.phone",
                    "ownerUnit.fax",
                    "ownerUnit.email",
                    "digits",
                    "circular");

    /** The form as posted. */
    static LetterForm posted(Map<String, List<String>> params) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : SINGLE) {
            List<String> values = params.get(name);
            fields.put(name, values == null || values.isEmpty() ? "" : values.get(0));
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String name : LISTS) {
            lists.put(name, new ArrayList<>(params.getOrDefault(name, List.of())));
        }
        List<String> office = params.getOrDefault("office", List.of());
        return new LetterForm(office.isEmpty() ? "" : office.get(0).strip(), fields, lists);
    }

    /** A stored draft, to edit. */
    static LetterForm of(String office, LetterDraft d) {
        Map<String, String> f = new LinkedHashMap<>();
        String kind = d.kind() == LetterKind.EXTERNAL && d.circular() ? "circular" : d.kind().id();
        f.put("kind", kind);
        f.put("circular", d.circular() && d.kind() != LetterKind.EXTERNAL ? "true" : "");
        f.put("urgency", d.urgency() == null ? "" : d.urgency().thai());
        f.put("secrecy", d.secrecy() == null ? "" : d.secrecy().thai());
        f.put("issuer.name", text(d.issuer().name()));
        f.put("issuer.address", text(d.issuer().address()));
        f.put("subject", text(d.subject()));
        f.put("recipient", text(d.recipient()));
        f.put("salutation", text(d.salutation()));
        f.put("closing", text(d.closing()));
        f.put("signer.name", text(d.signer().name()));
        f.put("signer.positions", String.join("\n", d.signer().positions()));
        f.put("ownerUnit.name", text(d.ownerUnit().name()));
        f.put("ownerUnit.phone", text(d.ownerUnit().phone()));
        f.put("ownerUnit.fax", text(d.ownerUnit().fax()));
        f.put("ownerUnit.email", text(d.ownerUnit().email()));
        f.put("digits", d.digits() == Digits.ARABIC ? "arabic" : "thai");
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("body", new ArrayList<>(d.body()));
        lists.put("references", new ArrayList<>(d.references()));
        lists.put("enclosures", new ArrayList<>(d.enclosures()));
        return new LetterForm(office, f, lists);
    }

    /** A new letter of {@code office}, its name and address filled in as the issuer. */
    static LetterForm blank(String office, String officeName, String address, String phone) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String name : SINGLE) {
            f.put(name, "");
        }
        f.put("kind", "external");
        f.put("digits", "thai");
        f.put("issuer.name", text(officeName));
        f.put("issuer.address", text(address));
        f.put("ownerUnit.name", text(officeName));
        f.put("ownerUnit.phone", text(phone));
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("body", new ArrayList<>(List.of("")));
        lists.put("references", new ArrayList<>());
        lists.put("enclosures", new ArrayList<>());
        return new LetterForm(office, f, lists);
    }

    /**
     * The draft the form describes.
     *
     * @throws saraban.ProblemException the draft's own refusals, each naming its field
     */
    LetterDraft draft() {
        String kindText = fields.get("kind");
        LetterKind kind;
        boolean circular = !fields.get("circular").isBlank();
        if (kindText.isBlank()) {
            kind = null;
        } else if (kindText.equals("circular")) {
            kind = LetterKind.EXTERNAL;
            circular = true;
        } else {
            kind = parse("kind", () -> LetterKind.fromId(kindText), "ชนิดหนังสือไม่ถูกต้อง");
        }
        String urgency = fields.get("urgency");
        String secrecy = fields.get("secrecy");
        return new LetterDraft(
                kind,
                circular,
                urgency.isBlank()
                        ? null
                        : parse("urgency", () -> Urgency.parse(urgency), "ชั้นความเร็วไม่ถูกต้อง"),
                secrecy.isBlank()
                        ? null
                        : parse("secrecy", () -> Secrecy.parse(secrecy), "ชั้นความลับไม่ถูกต้อง"),
                null,
                null,
                new Issuer(fields.get("issuer.name"), fields.get("issuer.address")),
                fields.get("subject"),
                fields.get("recipient"),
                fields.get("salutation"),
                lists.get("references"),
                lists.get("enclosures"),
                lists.get("body"),
                fields.get("closing"),
                new Signer(
                        fields.get("signer.name"), fields.get("signer.positions").lines().toList()),
                new OwnerUnit(
                        fields.get("ownerUnit.name"),
                        fields.get("ownerUnit.phone"),
                        fields.get("ownerUnit.fax"),
                        fields.get("ownerUnit.email")),
                fields.get("digits").equals("arabic") ? Digits.ARABIC : Digits.THAI);
    }

    /**
     * The form after a row button without JavaScript: {@code add-body}, {@code remove-body-2},
     * {@code up-references-1}, {@code down-enclosures-0}. Anything else leaves it as it is.
     */
    LetterForm withRowAction(String action) {
        String[] parts = action.split("-");
        if (parts.length < 2 || !LISTS.contains(parts[1])) {
            return this;
        }
        List<String> rows = lists.get(parts[1]);
        if (parts[0].equals("add")) {
            rows.add("");
            return this;
        }
        int i;
        try {
            i = parts.length == 3 ? Integer.parseInt(parts[2]) : -1;
        } catch (NumberFormatException e) {
            return this;
        }
        if (i < 0 || i >= rows.size()) {
            return this;
        }
        switch (parts[0]) {
            case "remove" -> rows.remove(i);
            case "up" -> swap(rows, i, i - 1);
            case "down" -> swap(rows, i, i + 1);
            default -> {}
        }
        return this;
    }

    private static void swap(List<String> rows, int a, int b) {
        if (b >= 0 && b < rows.size()) {
            rows.set(a, rows.set(b, rows.get(a)));
        }
    }

    private static <T> T parse(String field, java.util.function.Supplier<T> read, String thai) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw Fields.invalid(field, e.getMessage(), thai);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
