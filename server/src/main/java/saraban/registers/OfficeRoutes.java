package saraban.registers;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import saraban.web.Requests;

/** HTTP face of {@link OfficeService}: list, read, create, change, delete and import offices. */
public final class OfficeRoutes {
    private final OfficeService offices;
    private final ObjectMapper json;

    public OfficeRoutes(OfficeService offices, ObjectMapper json) {
        this.offices = offices;
        this.json = json;
    }

    public void register(Javalin app) {
        app.get("/api/offices", ctx -> ctx.json(offices.list()));
        app.post("/api/offices", this::create);
        app.post("/api/offices/import", this::importFile);
        app.get("/api/offices/{id}", ctx -> ctx.json(offices.get(ctx.pathParam("id"))));
        app.put("/api/offices/{id}", this::update);
        app.delete("/api/offices/{id}", this::delete);
    }

    private void create(Context ctx) throws Exception {
        OfficeRequest request = json.readValue(ctx.bodyInputStream(), OfficeRequest.class);
        OfficeView office = offices.create(request, Requests.actor(ctx));
        ctx.status(201).header("Location", "/api/offices/" + office.id()).json(office);
    }

    private void update(Context ctx) throws Exception {
        OfficeRequest request = json.readValue(ctx.bodyInputStream(), OfficeRequest.class);
        ctx.json(offices.update(ctx.pathParam("id"), request, Requests.actor(ctx)));
    }

    private void delete(Context ctx) {
        offices.delete(ctx.pathParam("id"), Requests.actor(ctx));
        ctx.status(204);
    }

    /** The body is the offices file as UTF-8 text; {@code ?name=} names it in messages. */
    private void importFile(Context ctx) {
        String text = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
        String name = ctx.queryParam("name");
        ImportReport report =
                offices.importOffices(
                        text.lines().toList(),
                        name == null || name.isBlank() ? "offices.ini" : name.strip(),
                        Requests.actor(ctx));
        ctx.json(report);
    }
}
