package saraban.letters;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import saraban.Problem;
import saraban.ProblemException;

/** HTTP face of {@link LetterService}: parse, call, answer. */
public final class LetterRoutes {
    private final LetterService letters;
    private final ObjectMapper json;

    public LetterRoutes(LetterService letters, ObjectMapper json) {
        this.letters = letters;
        this.json = json;
    }

    public void register(Javalin app) {
        app.post("/api/letters/render", this::render);
    }

    /** {@code POST /api/letters/render}: a letter as JSON in, {@code application/pdf} out. */
    private void render(Context ctx) throws Exception {
        String type = ctx.contentType();
        if (type == null
                || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ProblemException(
                    new Problem(
                            415,
                            "UNSUPPORTED_MEDIA_TYPE",
                            "send the letter as application/json",
                            "ต้องส่งข้อมูลหนังสือเป็น JSON",
                            null));
        }
        LetterDraft draft = json.readValue(ctx.bodyInputStream(), LetterDraft.class);
        byte[] pdf = letters.render(draft);
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"letter.pdf\"")
                .result(pdf);
    }
}
