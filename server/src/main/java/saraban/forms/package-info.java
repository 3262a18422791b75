/**
 * Forms that offices fill in and send back (the districts' project lists the province asks for):
 * definitions and print templates in {@code templates/forms/<id>/}, every published version kept,
 * blank, filled and fillable (AcroForm) PDFs, validation with an error per field path, drafts,
 * revisions and deadlines of a circular's request. Public face: {@link saraban.forms.FormService}
 * and {@link saraban.forms.FormRoutes}. Uses {@code thai}, {@code pdf}, {@code storage} and the
 * office directory of {@code registers}; knows nothing of web pages or sign-in, and leaves
 * receiving a submission as a letter to {@code receiving}.
 */
package saraban.forms;
