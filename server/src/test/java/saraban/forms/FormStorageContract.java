package saraban.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saraban.ProblemException;
import saraban.testing.PdfText;

/** Versions, requests, drafts and revisions, run against each database by its subclasses. */
abstract class FormStorageContract {
    @TempDir Path dir;
    FormsFixture f;

    abstract String url();

    FormsFixture fixture(LateSubmissions late) {
        f = new FormsFixture(dir, url(), late);
        return f;
    }

    @AfterEach
    void close() throws Exception {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void a_draft_is_kept_reopened_changed_and_then_submitted() {
        FormService forms = fixture(LateSubmissions.ACCEPT).service;
        ObjectNode half = FormsFixture.sample().deepCopy();
        half.remove("meetingDate");
        Submission draft =
                forms.saveDraft("district-projects", FormsFixture.filled(half), "somchai");
        Submission reopened = forms.submission(draft.id());
        assertThat(reopened.status()).isEqualTo(Submission.Status.DRAFT);
        assertThat(reopened.data()).isEqualTo(half);
        assertThat(reopened.problems())
                .extracting(FieldError::field)
                .containsExactly("meetingDate");
        assertThatThrownBy(() -> forms.submitDraft(draft.id(), "somchai"))
                .isInstanceOf(FormInvalidException.class);
        assertThat(PdfText.pdfbox(forms.pdf(draft.id()))).contains("ร่าง");
        forms.updateDraft(draft.id(), FormsFixture.sample(), "somchai");
        Submission sent = forms.submitDraft(draft.id(), "somchai");
        assertThat(sent.status()).isEqualTo(Submission.Status.SUBMITTED);
        assertThat(sent.revision()).isEqualTo(1);
        assertThat(sent.pdfSha256()).isNotNull();
        assertThatThrownBy(() -> forms.updateDraft(draft.id(), half, "somchai"))
                .isInstanceOf(ProblemException.class)
                .hasMessageStartingWith("ALREADY_SUBMITTED");
    }

    @Test
    void a_submission_whose_receipt_fails_stays_a_draft_and_nothing_of_the_receipt_is_kept() {
        FormService.Receiver failing =
                (id, receipt, request, actor) -> {
                    f.db.inTransaction(
                            c -> {
                                try (var s =
                                        c.prepareStatement(
                                                "UPDATE submissions SET updated_by = 'registry'"
                                                        + " WHERE id = ?")) {
                                    s.setLong(1, id);
                                    return s.executeUpdate();
                                }
                            });
                    assertThat(receipt.subject()).contains("อำเภออัมพวา");
                    throw new ProblemException(
                            new saraban.Problem(
                                    422,
                                    "PDF_CORRUPT",
                                    "cannot stamp",
                                    "ประทับตรารับไม่ได้",
                                    null));
                };
        f = new FormsFixture(dir, url(), LateSubmissions.ACCEPT, failing);
        FormService forms = f.service;
        Submission draft =
                forms.saveDraft(
                        "district-projects", FormsFixture.filled(FormsFixture.sample()), "somchai");
        assertThatThrownBy(() -> forms.submitDraft(draft.id(), "somchai"))
                .isInstanceOf(ProblemException.class)
                .hasMessageStartingWith("PDF_CORRUPT");
        Submission after = forms.submission(draft.id());
        assertThat(after.status()).isEqualTo(Submission.Status.DRAFT);
        assertThat(after.revision()).isNull();
        assertThat(after.updatedBy()).isEqualTo("somchai");
        assertThatThrownBy(
                        () ->
                                forms.submit(
                                        "district-projects",
                                        FormsFixture.filled(FormsFixture.sample()),
                                        "somchai"))
                .isInstanceOf(ProblemException.class);
        // the one-step submission's row went with its transaction
        assertThatThrownBy(() -> forms.submission(draft.id() + 1))
                .hasMessageStartingWith("SUBMISSION_NOT_FOUND");
    }

    @Test
    void a_second_submission_is_a_new_revision_and_the_first_is_kept() {
        FormService forms = fixture(LateSubmissions.ACCEPT).service;
        FormRequest request = forms.request(1, "district-projects", LocalDate.of(2019, 6, 15), "p");
        Submission first =
                forms.submit(
                        "district-projects",
                        new FormService.Filled(
                                "ss-amphawa", request.id(), FormsFixture.sample(), null),
                        "a");
        ObjectNode changed = FormsFixture.sample().deepCopy();
        ((ObjectNode) changed.get("projects").get(0)).put("budget2563", "๙๙๙");
        Submission second =
                forms.submit(
                        "district-projects",
                        new FormService.Filled("ss-amphawa", request.id(), changed, null),
                        "a");
        assertThat(second.revision()).isEqualTo(2);
        assertThat(forms.submission(first.id()).data()).isEqualTo(first.data());
        assertThat(forms.submissionsFor(request.id()))
                .extracting(Submission::id)
                .containsExactly(first.id(), second.id());
        assertThat(PdfText.pdfbox(forms.pdf(second.id()))).contains("ส่งครั้งที่ ๒");
        FormService.SubmissionForReceipt r = forms.forReceipt(second.id());
        assertThat(r.subject())
                .isEqualTo(
                        "ส่งบัญชีโครงการตามแผนพัฒนาอำเภอที่ผ่านการพิจารณาของ ก.บ.อ. ของอำเภออัมพวา (ส่งครั้งที่ ๒)");
        assertThat(r.senderOffice()).isEqualTo("ss-amphawa");
        assertThat(r.date()).isEqualTo(LocalDate.of(2019, 6, 10));
        assertThat(r.inReplyTo()).isEqualTo("สส ๐๐๑๗.๒/ว ๕๒๕");
    }

    @Test
    void after_the_deadline_a_submission_is_marked_late_or_refused_as_configured() {
        FormService accepting = fixture(LateSubmissions.ACCEPT).service;
        FormRequest request =
                accepting.request(1, "district-projects", LocalDate.of(2019, 6, 15), "p");
        f.clock.set(Instant.parse("2019-06-15T16:59:00Z")); // 23:59 on the 15th in Bangkok
        assertThat(
                        accepting
                                .submit(
                                        "district-projects",
                                        new FormService.Filled(
                                                "ss-amphawa",
                                                request.id(),
                                                FormsFixture.sample(),
                                                null),
                                        "a")
                                .late())
                .isFalse();
        f.clock.set(Instant.parse("2019-06-15T17:01:00Z")); // 00:01 on the 16th
        Submission late =
                accepting.submit(
                        "district-projects",
                        new FormService.Filled(
                                "ss-amphawa", request.id(), FormsFixture.sample(), null),
                        "a");
        assertThat(late.late()).isTrue();
        assertThat(PdfText.pdfbox(accepting.pdf(late.id()))).contains("เกินกำหนดส่ง");
        f.close();

        FormsFixture refusing =
                new FormsFixture(dir.resolve("again"), url(), LateSubmissions.REFUSE);
        f = refusing;
        refusing.clock.set(Instant.parse("2019-06-20T03:00:00Z"));
        assertThatThrownBy(
                        () ->
                                refusing.service.submit(
                                        "district-projects",
                                        new FormService.Filled(
                                                "ss-bang-khonthi",
                                                request.id(),
                                                ((ObjectNode) FormsFixture.sample().deepCopy())
                                                        .put("district", "ss-bang-khonthi"),
                                                null),
                                        "b"))
                .isInstanceOf(ProblemException.class)
                .hasMessageStartingWith("SUBMISSION_LATE");
    }

    @Test
    void a_changed_definition_is_a_new_version_and_old_submissions_render_with_theirs()
            throws Exception {
        FormService forms = fixture(LateSubmissions.ACCEPT).service;
        Submission old =
                forms.submit("district-projects", FormsFixture.filled(FormsFixture.sample()), "a");
        Path file = f.formsDir.resolve("district-projects/form.json");
        Files.writeString(
                file,
                Files.readString(file, StandardCharsets.UTF_8)
                        .replace("บัญชีโครงการตามแผนพัฒนาอำเภอ", "บัญชีโครงการพัฒนาของอำเภอ"),
                StandardCharsets.UTF_8);
        FormService.FormSummary summary = forms.summary("district-projects");
        assertThat(summary.versions()).hasSize(2).endsWith(summary.current());
        assertThat(summary.current()).isNotEqualTo(old.version());
        Submission fresh =
                forms.submit("district-projects", FormsFixture.filled(FormsFixture.sample()), "a");
        assertThat(fresh.version()).isEqualTo(summary.current());
        assertThat(PdfText.pdfbox(forms.pdf(fresh.id()))).contains("บัญชีโครงการพัฒนาของอำเภอ");
        assertThat(forms.definition("district-projects", old.version()).title())
                .startsWith("บัญชีโครงการตามแผนพัฒนาอำเภอ");
        assertThat(PdfText.pdfbox(forms.blankPdf("district-projects", old.version())))
                .contains("บัญชีโครงการตามแผนพัฒนาอำเภอ");
    }

    @Test
    void a_bad_definition_is_reported_with_its_file_and_field() throws Exception {
        FormService forms = fixture(LateSubmissions.ACCEPT).service;
        Path file = f.formsDir.resolve("district-projects/form.json");
        Files.writeString(
                file,
                Files.readString(file, StandardCharsets.UTF_8)
                        .replace("\"type\": \"amount\"", "\"type\": \"money\""),
                StandardCharsets.UTF_8);
        assertThatThrownBy(forms::check)
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageStartingWith(
                        "forms/district-projects/form.json: fields[6].fields[7].type:"
                                + " unknown type 'money'");
    }

    @Test
    void a_request_needs_an_issued_letter() {
        FormService forms = fixture(LateSubmissions.ACCEPT).service;
        assertThatThrownBy(
                        () ->
                                forms.request(
                                        99, "district-projects", LocalDate.of(2019, 6, 15), "p"))
                .isInstanceOf(ProblemException.class)
                .hasMessageStartingWith("LETTER_NOT_ISSUED");
    }
}
