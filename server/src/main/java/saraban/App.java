package saraban;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import saraban.accounts.AccountService;
import saraban.accounts.UserAdminPages;
import saraban.accounts.UserRoutes;
import saraban.forms.FormRoutes;
import saraban.forms.FormService;
import saraban.forms.Offices;
import saraban.letters.LetterPages;
import saraban.letters.LetterRoutes;
import saraban.letters.LetterService;
import saraban.letters.NumberPage;
import saraban.letters.StoredLetter;
import saraban.pdf.FontSet;
import saraban.pdf.FontUnavailableException;
import saraban.pdf.PdfEngine;
import saraban.pdf.ReceiptStamper;
import saraban.portal.PortalApiRoutes;
import saraban.portal.PortalRoutes;
import saraban.portal.PortalService;
import saraban.receiving.IncomingPage;
import saraban.receiving.IncomingPages;
import saraban.receiving.IncomingRoutes;
import saraban.receiving.IncomingService;
import saraban.receiving.MetadataExtractor;
import saraban.registers.Office;
import saraban.registers.OfficeAdminPages;
import saraban.registers.OfficeRoutes;
import saraban.registers.OfficeService;
import saraban.registers.RegisterPages;
import saraban.registers.RegisterRoutes;
import saraban.registers.RegisterService;
import saraban.search.SearchPage;
import saraban.search.SearchRoutes;
import saraban.search.SearchService;
import saraban.signers.SignerPages;
import saraban.signers.SignerService;
import saraban.storage.Database;
import saraban.storage.FileStore;
import saraban.submitting.RequestStatusPage;
import saraban.submitting.SubmissionRoutes;
import saraban.submitting.SubmissionService;
import saraban.submitting.SubmitPages;
import saraban.thai.ThaiText;
import saraban.web.Access;
import saraban.web.DashboardPage;
import saraban.web.ErrorMapper;
import saraban.web.Json;
import saraban.web.Pages;
import saraban.web.SigninRoutes;
import saraban.web.ThaiFormat;
import saraban.web.WebAssets;

/** The composition root: builds every service from {@link Settings} and wires them into Javalin. */
public final class App {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private App() {}

    /** Builds the application; the caller starts it. Tests call this with their own settings. */
    public static Javalin create(Settings settings) {
        return create(settings, Clock.systemUTC());
    }

    /** As {@link #create(Settings)}, with the clock every date and time is taken from. */
    public static Javalin create(Settings settings, Clock clock) {
        // Two cores start faster than one: FOP and the font warm up, and the database opens, on
        // helper threads while this one loads ICU's dictionary and builds the web server.
        ExecutorService startup =
                Executors.newFixedThreadPool(
                        2,
                        r -> {
                            Thread t = new Thread(r, "saraban-startup");
                            t.setDaemon(true);
                            return t;
                        });
        try {
            Future<PdfEngine> pdfReady = startup.submit(() -> pdfEngine(settings));
            Future<Registers> registersReady = startup.submit(() -> registers(settings, clock));
            ThaiText.forPdf("ตรวจความพร้อมของระบบตัดคำภาษาไทย");
            ObjectMapper json = Json.mapper();
            Path webDir = settings.templatesDir().resolve("web");
            Javalin app =
                    Javalin.create(
                            config -> {
                                config.showJavalinBanner = false;
                                config.jsonMapper(new JavalinJackson(json, false));
                                WebAssets.configure(config, webDir.resolve("static"));
                                config.http.maxRequestSize = 2_000_000L;
                                // Uploads are limited by Saraban itself, with a clear answer;
                                // Jetty's
                                // own limit only stops a request far over it.
                                long upload = settings.uploads().maxBytes();
                                config.jetty.multipartConfig.maxFileSize(
                                        upload + 1024 * 1024, SizeUnit.BYTES);
                                config.jetty.multipartConfig.maxTotalRequestSize(
                                        2 * upload + 1024 * 1024, SizeUnit.BYTES);
                                config.jetty.multipartConfig.maxInMemoryFileSize(
                                        8 * 1024 * 1024, SizeUnit.BYTES);
                            });
            ErrorMapper.install(app);
            Pages pages = new Pages(webDir);
            pages.install(app);
            pages.contribute((ctx, model) -> model.put("fmt", ThaiFormat.INSTANCE));
            app.get("/health", ctx -> ctx.json(Map.of("status", "ok")));

            Registers stores = await(registersReady);
            RegisterService registers = stores.numbers();
            AccountService accounts = accounts(settings, clock, stores, json);
            new Access(accounts, settings.security()).install(app, pages);
            new SigninRoutes(accounts, pages, settings.security()).register(app);
            new UserRoutes(accounts, json).register(app);
            FileStore files = FileStore.open(registers.database(), settings.dataDir());
            PdfEngine pdf = await(pdfReady);
            WebAssets.serveFonts(app, pdf.fonts());
            LetterService letters =
                    new LetterService(
                            pdf,
                            settings.templatesDir().resolve("letters"),
                            settings.garuda(),
                            clock,
                            registers,
                            files);
            letters.checkTemplates();
            new LetterRoutes(letters, json, settings.uploads().maxBytes()).register(app);
            new NumberPage(registers, pages).register(app);
            new LetterPages(letters, registers, pages).register(app);

            IncomingService incoming =
                    new IncomingService(
                            registers,
                            files,
                            IncomingService.stampWith(
                                    new ReceiptStamper(
                                            pdf.fonts(),
                                            settings.templatesDir().resolve("stamps"))),
                            bytes -> IncomingService.details(MetadataExtractor.fromPdf(bytes)),
                            settings.uploads(),
                            clock);
            new IncomingRoutes(incoming, json).register(app);
            new IncomingPages(incoming, stores.offices(), pages, clock).register(app);
            new IncomingPage(incoming, registers, pages).register(app);
            new DashboardPage(pages, incoming, letters, registers, clock).register(app);

            SubmissionService submissions =
                    new SubmissionService(
                            registers.database(),
                            incoming,
                            () -> stores.offices().directory(),
                            letterId -> letters.letter(letterId).office(),
                            clock);
            FormService forms =
                    new FormService(
                            registers.database(),
                            files,
                            pdf,
                            settings.templatesDir().resolve("forms"),
                            Offices.of(stores.offices().directory()),
                            letterId -> issuedLetter(letters, letterId),
                            settings.lateSubmissions(),
                            clock,
                            json,
                            submissions::received);
            forms.check();
            new FormRoutes(forms, json).register(app);
            new SubmissionRoutes(submissions, forms, pdf).register(app);
            new SubmitPages(submissions, forms, pages, settings.lateSubmissions()).register(app);
            new RequestStatusPage(submissions, forms, pages).register(app);

            SearchService search =
                    SearchService.start(registers.database(), files, settings.searchIndexDir());
            new SearchRoutes(search).register(app);
            new SearchPage(
                            search,
                            pages,
                            id ->
                                    stores.offices()
                                            .directory()
                                            .find(id)
                                            .map(Office::name)
                                            .orElse(id),
                            () ->
                                    stores.offices().list().stream()
                                            .map(o -> Map.of("id", o.id(), "name", o.name()))
                                            .toList())
                    .register(app);

            PortalService portal =
                    new PortalService(
                            registers.database(), files, letters, registers, search, clock);
            new PortalRoutes(portal, pages, forms).register(app);
            new PortalApiRoutes(portal, settings.uploads().maxBytes()).register(app);

            ScheduledExecutorService expiry = expireReservationsEveryMinute(registers);
            app.events(
                    events ->
                            events.serverStopped(
                                    () -> {
                                        expiry.shutdownNow();
                                        search.close();
                                        stores.close();
                                    }));
            new OfficeRoutes(stores.offices(), json).register(app);
            new RegisterRoutes(
                            registers,
                            json,
                            await(pdfReady),
                            settings.templatesDir().resolve("registers"),
                            clock)
                    .register(app);
            new RegisterPages(registers, stores.offices(), pages).register(app);
            adminPages(app, pages, accounts, stores.offices(), registers.database(), clock, json);
            return app;
        } finally {
            startup.shutdownNow();
        }
    }

    /** {@code /admin/**}: offices and their series, users, signers. */
    private static void adminPages(
            Javalin app,
            Pages pages,
            AccountService accounts,
            OfficeService offices,
            Database db,
            Clock clock,
            ObjectMapper json) {
        java.util.function.Supplier<java.util.List<Map<String, String>>> choices =
                () ->
                        offices.list().stream()
                                .map(o -> Map.of("id", o.id(), "name", o.name()))
                                .toList();
        new UserAdminPages(accounts, pages, choices).register(app);
        new OfficeAdminPages(offices, pages).register(app);
        SignerService signers =
                new SignerService(db, clock, json, id -> offices.directory().find(id).isPresent());
        new SignerPages(signers, pages, choices).register(app);
    }

    /** An issued letter as a form request names it; empty for a draft or no letter. */
    private static java.util.Optional<FormService.Circular> issuedLetter(
            LetterService letters, long id) {
        try {
            StoredLetter letter = letters.letter(id);
            return letter.status() == StoredLetter.Status.ISSUED
                    ? java.util.Optional.of(
                            new FormService.Circular(letter.referenceNumber(), letter.subject()))
                    : java.util.Optional.empty();
        } catch (ProblemException notFound) {
            return java.util.Optional.empty();
        }
    }

    /** The PDF engine, checked by rendering a small Thai document: a broken font stops start-up. */
    private static PdfEngine pdfEngine(Settings settings) {
        FontSet fonts = FontSet.load(settings.fontsDir(), settings.fontFamily());
        LOG.info(
                "Body font {}: draws {}x larger than TH SarabunPSK",
                fonts.name(),
                fonts.sizeVsPsk());
        PdfEngine pdf = new PdfEngine(fonts, settings.home().toUri());
        pdf.selfCheck();
        return pdf;
    }

    /**
     * The accounts, on the registers' database. On the first start there are none: the
     * administrator's account is created, and its one-time password printed here, once.
     */
    private static AccountService accounts(
            Settings settings, Clock clock, Registers stores, ObjectMapper json) {
        AccountService accounts =
                AccountService.open(
                        stores.numbers().database(),
                        clock,
                        new AccountService.SessionPolicy(
                                settings.security().sessionIdle(),
                                settings.security().sessionMax()),
                        id -> stores.offices().directory().find(id).isPresent(),
                        json);
        accounts.createFirstAdmin()
                .ifPresent(
                        password ->
                                LOG.warn(
                                        "\n\n*** First start: created the administrator account"
                                                + " '{}' with the one-time password  {}  —"
                                                + " sign in at /signin and choose a new"
                                                + " password. This password is not shown"
                                                + " again. ***\n",
                                        AccountService.FIRST_ADMIN,
                                        password));
        return accounts;
    }

    /** The offices and the registers, on one database. */
    private record Registers(OfficeService offices, RegisterService numbers) {
        void close() {
            offices.close();
            numbers.close();
        }
    }

    /**
     * The registers on the configured database, migrated; its offices, which a fresh database takes
     * from the offices file or the sample.
     */
    private static Registers registers(Settings settings, Clock clock) {
        Database db = Database.open(settings.dbUrl(), clock);
        try {
            OfficeService offices =
                    OfficeService.open(db, settings.officesFile(), clock, Json.mapper());
            return new Registers(
                    offices, new RegisterService(db, offices.directory(), clock, Json.mapper()));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Cancels the numbers left in expired reservations once a minute, so that the register shows
     * them cancelled even when nobody looks at it; a failure is logged and tried again next time.
     */
    private static ScheduledExecutorService expireReservationsEveryMinute(
            RegisterService registers) {
        ScheduledExecutorService timer =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "saraban-reservation-expiry");
                            t.setDaemon(true);
                            return t;
                        });
        timer.scheduleWithFixedDelay(
                () -> {
                    try {
                        int expired = registers.expireReservations();
                        if (expired > 0) {
                            LOG.info("Cancelled {} numbers of expired reservations", expired);
                        }
                    } catch (RuntimeException e) {
                        LOG.warn("Could not cancel the numbers of expired reservations", e);
                    }
                },
                0,
                1,
                TimeUnit.MINUTES);
        return timer;
    }

    /**
     * The helper thread's result, with its own exception (a missing font, say) rethrown as it was.
     */
    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * {@code java -jar saraban-server.jar reindex}: rebuilds the search index from the database,
     * progress in the log; the server must not be running on the same index.
     */
    private static void reindex(Settings settings) {
        try (Database db = Database.open(settings.dbUrl(), Clock.systemUTC())) {
            SearchService.reindex(
                    db, FileStore.open(db, settings.dataDir()), settings.searchIndexDir());
        }
    }

    @SuppressForbidden(
            reason = "the one place that reads the environment and reports a start-up failure")
    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("warm-up")) {
            WarmUp.run(Settings.fromEnvironment(System.getenv()));
            return;
        }
        if (args.length == 1 && args[0].equals("reindex")) {
            reindex(Settings.fromEnvironment(System.getenv()));
            return;
        }
        try {
            Settings settings = Settings.fromEnvironment(System.getenv());
            Javalin app = create(settings).start(settings.port());
            LOG.info(
                    "Saraban is listening on port {}, {} ms after the JVM started",
                    app.port(),
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        } catch (FontUnavailableException | IllegalArgumentException | ProblemException e) {
            // a FormDefinitionException is an IllegalArgumentException naming the file and field
            System.err.println("Saraban cannot start: " + e.getMessage());
            System.exit(2);
        }
    }
}
