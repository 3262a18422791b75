package saraban.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.function.Executable;

/**
 * The extension behind {@link MultiLocaleTest}: it calls each test method once per {@link Defaults}
 * with that default locale and time zone set, then restores the originals. A failure says under
 * which defaults it happened.
 */
public final class MultiLocaleExtension implements InvocationInterceptor {

    /** A default locale and time zone to run a test under. */
    public record Defaults(String languageTag, String zoneId) {
        @Override
        public String toString() {
            return "default locale " + languageTag + " and time zone " + zoneId;
        }
    }

    /**
     * English in the Pacific (UTC-11), Thai in Bangkok, and Thai with the Buddhist calendar and
     * Thai digits on the other side of the date line (UTC+14).
     */
    public static final List<Defaults> DEFAULTS =
            List.of(
                    new Defaults("en", "Pacific/Pago_Pago"),
                    new Defaults("th-TH", "Asia/Bangkok"),
                    new Defaults("th-TH-u-ca-buddhist-nu-thai", "Pacific/Kiritimati"));

    @Override
    public void interceptTestMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> call,
            ExtensionContext context)
            throws Throwable {
        invocation.skip();
        underEachDefault(() -> invoke(call));
    }

    @Override
    public void interceptTestTemplateMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> call,
            ExtensionContext context)
            throws Throwable {
        invocation.skip();
        underEachDefault(() -> invoke(call));
    }

    /**
     * Runs {@code test} once under each of {@link #DEFAULTS}, restoring the JVM's defaults after.
     *
     * @throws AssertionError naming the defaults of the first run that failed, caused by its
     *     failure
     */
    public static void underEachDefault(Executable test) {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        com.ibm.icu.util.TimeZone icuZone = com.ibm.icu.util.TimeZone.getDefault();
        try {
            for (Defaults defaults : DEFAULTS) {
                setDefaults(
                        Locale.forLanguageTag(defaults.languageTag()),
                        TimeZone.getTimeZone(defaults.zoneId()),
                        com.ibm.icu.util.TimeZone.getTimeZone(defaults.zoneId()));
                try {
                    test.execute();
                } catch (Throwable failure) {
                    throw new AssertionError(
                            "under " + defaults + ": " + failure.getMessage(), failure);
                }
            }
        } finally {
            setDefaults(locale, zone, icuZone);
        }
    }

    /** ICU keeps its own default zone; both are set so neither library sees a stale one. */
    private static void setDefaults(
            Locale locale, TimeZone zone, com.ibm.icu.util.TimeZone icuZone) {
        Locale.setDefault(locale);
        TimeZone.setDefault(zone);
        com.ibm.icu.util.TimeZone.setDefault(icuZone);
    }

    private static void invoke(ReflectiveInvocationContext<Method> call) throws Throwable {
        Method method = call.getExecutable();
        method.setAccessible(true);
        try {
            method.invoke(call.getTarget().orElse(null), call.getArguments().toArray());
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
