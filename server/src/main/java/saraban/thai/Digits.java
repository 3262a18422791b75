package saraban.thai;

/** Which digits to write numbers with: Thai {@code ๑๒๓} or Arabic {@code 123}. */
public enum Digits {
    /** Thai digits {@code ๐๑๒๓๔๕๖๗๘๙}, as official letters use them. */
    THAI,
    /** ASCII digits {@code 0123456789}. */
    ARABIC
}
