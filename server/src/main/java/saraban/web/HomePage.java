package saraban.web;

import io.javalin.Javalin;
import java.util.List;
import java.util.Map;
import saraban.accounts.User;
import saraban.registers.Office;
import saraban.registers.OfficeService;

/**
 * {@code GET /}: the signed-in landing page, who you are, your roles and offices. A placeholder for
 * the dashboard, which replaces this class.
 */
public final class HomePage {
    private final Pages pages;
    private final OfficeService offices;

    public HomePage(Pages pages, OfficeService offices) {
        this.pages = pages;
        this.offices = offices;
    }

    public void register(Javalin app) {
        app.get(
                "/",
                ctx -> {
                    User user = Requests.user(ctx).orElseThrow();
                    List<Map<String, String>> mine =
                            user.offices().stream()
                                    .map(
                                            id ->
                                                    Map.of(
                                                            "id",
                                                            id,
                                                            "name",
                                                            offices.directory()
                                                                    .find(id)
                                                                    .map(Office::name)
                                                                    .orElse(id)))
                                    .toList();
                    pages.render(ctx, "home", Map.of("offices", mine));
                });
    }
}
