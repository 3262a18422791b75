package saraban.letters;

/** ส่วนราชการเจ้าของเรื่อง: the working unit, with phone, fax and e-mail, printed bottom left. */
public record OwnerUnit(String name, String phone, String fax, String email) {
    public OwnerUnit {
        name = Fields.optional("ownerUnit.name", name, Fields.SHORT_TEXT);
        phone = Fields.optional("ownerUnit.phone", phone, 100);
        fax = Fields.optional("ownerUnit.fax", fax, 100);
        email = Fields.optional("ownerUnit.email", email, 254);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw Fields.invalid(
                    "ownerUnit.email",
                    "ownerUnit.email is not an e-mail address: " + email,
                    "ไปรษณีย์อิเล็กทรอนิกส์ไม่ถูกต้อง: " + email);
        }
    }
}
