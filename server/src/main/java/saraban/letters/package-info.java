/**
 * The official letter kinds (หนังสือภายนอก, บันทึกข้อความ, หนังสือประทับตรา, คำสั่ง, ประกาศ), their
 * validation, the salutation/closing table and their rendering from {@code templates/letters/}.
 * Public face: {@link saraban.letters.LetterService} and {@link saraban.letters.LetterRoutes}. Uses
 * {@code thai} and {@code pdf}.
 */
package saraban.letters;
