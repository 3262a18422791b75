package saraban.registers;

import java.util.List;
import java.util.Objects;
import saraban.thai.Digits;
import saraban.thai.ThaiDigits;

/**
 * A letter's number as printed after {@code ที่}: {@code สส ๐๐๑๗.๒/ว ๕๒๕} is letter code {@code
 * สส}, unit code {@code 0017.2}, a circular (ว), number 525; an order's {@code ๑๒/๒๕๖๒} is number
 * 12 of the Buddhist-Era year 2562.
 *
 * <p>The number is an integer, the position in its series: {@code ศธ 0527.10/ว 099} is number 99
 * and prints as {@code ศธ ๐๕๒๗.๑๐/ว ๙๙}. Registers allocate integers, and {@code ว 099} and {@code
 * ว 99} must find the same letter; the zero padding some agencies type is not part of the number.
 * The unit code, by contrast, is text: its leading zeros and dot levels are the code.
 *
 * @param letterCode รหัสตัวพยัญชนะ, two Thai consonants; {@code null} when the number has none (as
 *     written {@code 0017.2/ว 525}) and for an order
 * @param unitCode เลขประจำของเจ้าของเรื่อง with ASCII digits and dot levels; {@code null} for an
 *     order
 * @param circular whether {@code ว} stands before the number (หนังสือเวียน)
 * @param number the running number, from 1
 * @param buddhistYear for an order the Buddhist-Era year after the slash; 0 for a letter
 */
public record ReferenceNumber(
        String letterCode, String unitCode, boolean circular, int number, int buddhistYear) {

    /** The Buddhist-Era years an order may carry. */
    static final int FIRST_YEAR = 2400;

    static final int LAST_YEAR = 2999;

    public ReferenceNumber {
        if (number < 1) {
            throw new IllegalArgumentException("number must be 1 or more: " + number);
        }
        if (letterCode != null) {
            letterCode = Codes.letterCode("letterCode", letterCode);
        }
        if (unitCode != null) {
            unitCode = Codes.unitCode("unitCode", unitCode);
            if (buddhistYear != 0) {
                throw new IllegalArgumentException(
                        "buddhistYear must be 0 for a letter number, only orders carry a year: "
                                + buddhistYear);
            }
        } else {
            if (letterCode != null || circular) {
                throw new IllegalArgumentException(
                        "unitCode must be given for a letter number (an order has no letter"
                                + " code and no ว)");
            }
            if (buddhistYear < FIRST_YEAR || buddhistYear > LAST_YEAR) {
                throw new IllegalArgumentException(
                        "buddhistYear must be a Buddhist-Era year from "
                                + FIRST_YEAR
                                + " to "
                                + LAST_YEAR
                                + ": "
                                + buddhistYear);
            }
        }
    }

    /** A letter's number, {@code สส 0017.2/ว 525}; {@code letterCode} may be {@code null}. */
    public static ReferenceNumber letter(
            String letterCode, String unitCode, boolean circular, int number) {
        return new ReferenceNumber(
                letterCode, Objects.requireNonNull(unitCode, "unitCode"), circular, number, 0);
    }

    /** An order's number, {@code 12/2562}. */
    public static ReferenceNumber order(int number, int buddhistYear) {
        return new ReferenceNumber(null, null, false, number, buddhistYear);
    }

    /**
     * Reads a number as people write it, with or without {@code ที่}, with Thai or Arabic digits
     * and any spacing: {@code ที่ มท ๐๒๑๒.๑/ว๑๘๓๑}, {@code สส 0017.2/525}, {@code 0017.2/ว 525},
     * {@code ที่ ๑๒/๒๕๖๒}. Without a letter code, {@code n/yyyy} is an order when n has no dot and
     * no leading zero and yyyy is a Buddhist-Era year; {@code 0017/2562} stays a letter number.
     *
     * @throws IllegalArgumentException {@code "not a reference number: ..."} for anything else,
     *     such as the postal code in {@code ถนนเอกชัย สส ๗๕๐๐๐}
     */
    public static ReferenceNumber parse(String text) {
        return ReferenceNumberSyntax.parse(Objects.requireNonNull(text, "text"));
    }

    /**
     * Every reference number in running text, in order of appearance and repeats included: {@code
     * อ้างถึง หนังสือจังหวัดสมุทรสงคราม ที่ สส ๐๐๑๗.๒/ว ๕๒๕ ลงวันที่ …}. Postal codes ({@code สส
     * ๗๕๐๐๐}), dates ({@code ๑๔/๐๑/๒๕๖๒}) and house numbers ({@code เลขที่ ๑๒/๓}) are not numbers;
     * a number without a letter code counts only after the word {@code ที่}.
     */
    public static List<ReferenceNumber> findAll(String text) {
        return ReferenceNumberSyntax.findAll(Objects.requireNonNull(text, "text"));
    }

    /** Whether this is an order's number ({@code 12/2562}) rather than a letter's. */
    public boolean isOrder() {
        return unitCode == null;
    }

    /**
     * The number as printed after {@code ที่}, with a space after the letter code and after ว:
     * {@code สส ๐๐๑๗.๒/ว ๕๒๕}, {@code ๑๒/๒๕๖๒}.
     */
    public String format(Digits digits) {
        String text =
                isOrder()
                        ? number + "/" + buddhistYear
                        : (letterCode == null ? "" : letterCode + " ")
                                + unitCode
                                + "/"
                                + (circular ? "ว " : "")
                                + number;
        return ThaiDigits.apply(text, digits);
    }

    /**
     * A canonical form for exact matching: ASCII digits, no spaces, {@code สส0017.2/ว525}, {@code
     * 12/2562}. Every way of writing one number (spacing, digits, {@code ที่}, zero padding) has
     * the same key.
     */
    public String searchKey() {
        return format(Digits.ARABIC).replace(" ", "");
    }
}
