package saraban.thai;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Amounts of money in Thai words, as cheques, receipts and budget letters write them: {@code
 * 123,450.50} is {@code หนึ่งแสนสองหมื่นสามพันสี่ร้อยห้าสิบบาทห้าสิบสตางค์}; a whole amount ends in
 * {@code บาทถ้วน}.
 *
 * <p>ICU's Thai spell-out rules read the numbers; the Thai เอ็ด convention is applied on top.
 */
public final class BahtText {

    /** ICU's Thai cardinal spell-out rules; used only under its own lock. */
    private static final RuleBasedNumberFormat SPELLOUT =
            new RuleBasedNumberFormat(ULocale.forLanguageTag("th"), RuleBasedNumberFormat.SPELLOUT);

    private static final String ONE = "หนึ่ง";

    /**
     * ONE at the end of a number, or of the count before ล้าน (million), with other words before
     * it: the units digit of a number of two or more digits.
     */
    private static final Pattern UNITS_ONE = Pattern.compile("(?<=.)" + ONE + "(?=ล้าน|$)");

    /** ICU's ZERO WIDTH SPACEs between number words: line-break hints, not text. */
    private static final Pattern ZERO_WIDTH_SPACE = Pattern.compile("\u200B");

    /**
     * ICU's Thai rules spell out numbers below 10^18 and fall back to digits from there; no amount
     * in correspondence comes near it.
     */
    private static final BigInteger LIMIT = BigInteger.TEN.pow(18);

    /** Grouped or plain digits with an optional fraction, after Thai digits became ASCII. */
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    private BahtText() {}

    /**
     * The amount in words; satang are rounded half-up to two places: {@code 21} is {@code
     * ยี่สิบเอ็ดบาทถ้วน}, {@code 0.25} is {@code ยี่สิบห้าสตางค์}, {@code 0} is {@code
     * ศูนย์บาทถ้วน}.
     *
     * @throws IllegalArgumentException for a negative amount or one of 10^18 baht or more
     */
    public static String of(BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(
                    "amount must not be negative, not " + amount.toPlainString());
        }
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        if (rounded.toBigInteger().compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException(
                    "amount must be less than 10^18 baht, not " + amount.toPlainString());
        }
        long baht = rounded.longValue();
        int satang = rounded.remainder(BigDecimal.ONE).movePointRight(2).intValueExact();
        if (satang == 0) {
            return spellOut(baht) + "บาทถ้วน";
        }
        String satangText = spellOut(satang) + "สตางค์";
        return baht == 0 ? satangText : spellOut(baht) + "บาท" + satangText;
    }

    /**
     * An amount in figures as budget tables print it: thousands grouped with commas, satang only
     * when there are some ({@code 1200000} is {@code ๑,๒๐๐,๐๐๐}, {@code 1500.5} is {@code
     * ๑,๕๐๐.๕๐}), in the chosen digits.
     */
    public static String figures(BigDecimal amount, Digits digits) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        boolean whole = rounded.remainder(BigDecimal.ONE).signum() == 0;
        String plain = (whole ? rounded.setScale(0) : rounded).abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder(plain.length() + integer.length() / 3);
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(integer.charAt(i));
        }
        if (dot >= 0) {
            grouped.append(plain, dot, plain.length());
        }
        String sign = rounded.signum() < 0 ? "-" : "";
        return ThaiDigits.apply(sign + grouped, digits);
    }

    /**
     * Reads an amount written with Thai or Arabic digits and optional thousands commas: {@code
     * ๑๒๓,๔๕๐.๕๐}, {@code 123450.50}.
     *
     * @throws IllegalArgumentException {@code "not an amount: ..."} for anything else
     */
    public static BigDecimal parseAmount(String text) {
        String ascii = text == null ? "" : ThaiDigits.toArabic(text).strip();
        if (!AMOUNT.matcher(ascii).matches()) {
            throw new IllegalArgumentException("not an amount: '" + text + "'");
        }
        return new BigDecimal(ascii.replace(",", ""));
    }

    /**
     * ICU's reading of a whole number, with two changes. ICU separates the words with ZERO WIDTH
     * SPACE, which would end up inside a cheque's text, so it is removed. And ICU reads a units
     * digit 1 as หนึ่ง after ร้อย, พัน, หมื่น, แสน and ล้าน (101 = หนึ่งร้อยหนึ่ง), while Thai
     * amounts in words (cheques, Excel's BAHTTEXT) say เอ็ด whenever the number has other digits:
     * หนึ่งร้อยเอ็ด, หนึ่งล้านเอ็ด; ICU already says สิบเอ็ด and ยี่สิบเอ็ด. The count of millions
     * is read as a number of its own, so 1,001,000,000 is หนึ่งพันเอ็ดล้าน.
     */
    static String spellOut(long number) {
        String icu;
        // A RuleBasedNumberFormat is not thread-safe; formatting is quick, so calls take turns.
        synchronized (SPELLOUT) {
            icu = SPELLOUT.format(number);
        }
        String words = ZERO_WIDTH_SPACE.matcher(icu).replaceAll("");
        return UNITS_ONE.matcher(words).replaceAll("เอ็ด");
    }
}
