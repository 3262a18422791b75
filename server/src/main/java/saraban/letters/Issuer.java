package saraban.letters;

/** ส่วนราชการเจ้าของหนังสือ: the issuing agency and its address, printed under the Garuda. */
public record Issuer(String name, String address) {
    public Issuer {
        name = Fields.optional("issuer.name", name, Fields.SHORT_TEXT);
        address = Fields.optional("issuer.address", address, Fields.SHORT_TEXT);
    }
}
