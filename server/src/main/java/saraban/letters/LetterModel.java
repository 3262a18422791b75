package saraban.letters;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import saraban.thai.Digits;
import saraban.thai.ThaiDates;
import saraban.thai.ThaiDigits;

/**
 * What a letter template sees: the draft's values resolved and formatted (dates in the Buddhist
 * Era, digits as chosen, salutation and closing from the table), as plain maps and lists. No markup
 * is built here: Thymeleaf escapes every value.
 */
final class LetterModel {

    /** A numbered body item, e.g. "๑. ให้อำเภอ…": keeps its hanging indent. */
    private static final Pattern NUMBERED =
            Pattern.compile(
                    "^((?:[0-9๐-๙]+\\.)+(?:[0-9๐-๙]+)?|\\([0-9๐-๙]+\\))\\s+(.+)$", Pattern.DOTALL);

    private LetterModel() {}

    static Map<String, Object> of(
            LetterDraft draft,
            LocalDate date,
            SalutationTable.Pair pair,
            FontSizes sizes,
            Optional<URI> garuda) {
        Digits digits = draft.digits();
        Map<String, Object> m = new HashMap<>();
        m.put("size", sizes);
        m.put("kind", draft.kind().id());
        m.put("circular", draft.circular());
        m.put("urgency", draft.urgency() == null ? null : draft.urgency().thai());
        m.put("secrecy", draft.secrecy() == null ? null : draft.secrecy().thai());
        m.put("garuda", garuda.map(URI::toString).orElse(null));
        m.put("pageNumberFormat", digits == Digits.THAI ? "๑" : "1");
        m.put(
                "referenceNumber",
                draft.referenceNumber() == null
                        ? ""
                        : ThaiDigits.apply(draft.referenceNumber(), digits));
        m.put("date", ThaiDates.fullDate(date, digits));
        m.put("dateWithEra", ThaiDates.fullDateWithEra(date, digits));
        m.put("issuerName", draft.issuer().name());
        m.put("issuerAddress", lines(draft.issuer().address()));
        m.put("subject", draft.subject());
        m.put("recipient", draft.recipient());
        m.put("salutation", pair.salutation());
        m.put("closing", pair.closing());
        m.put("references", numberedIfMany(draft.references(), digits));
        m.put("enclosures", numberedIfMany(draft.enclosures(), digits));
        m.put("body", paragraphs(draft.body()));
        m.put("signerName", draft.signer().name());
        m.put("positions", draft.signer().positions());
        Map<String, Object> owner = new HashMap<>();
        owner.put("name", lines(draft.ownerUnit().name()));
        owner.put("phone", phone(draft.ownerUnit().phone(), digits));
        owner.put("fax", phone(draft.ownerUnit().fax(), digits));
        owner.put("email", draft.ownerUnit().email());
        m.put("owner", owner);
        return m;
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\n"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static String phone(String phone, Digits digits) {
        // a number must not break across lines: its spaces become no-break spaces
        return phone == null ? null : ThaiDigits.apply(phone, digits).replace(' ', '\u00A0');
    }

    /** One item prints as it is; several are numbered ๑. ๒. … as the regulation's examples do. */
    private static List<Map<String, String>> numberedIfMany(List<String> items, Digits digits) {
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String label = items.size() == 1 ? "" : ThaiDigits.apply((i + 1) + ".", digits);
            out.add(Map.of("label", label, "text", items.get(i)));
        }
        return out;
    }

    private static List<Map<String, String>> paragraphs(List<String> body) {
        List<Map<String, String>> out = new ArrayList<>();
        for (String p : body) {
            Matcher n = NUMBERED.matcher(p);
            if (n.matches()) {
                out.add(Map.of("label", n.group(1), "text", n.group(2).strip()));
            } else {
                out.add(Map.of("label", "", "text", p));
            }
        }
        return out;
    }
}
