package saraban.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test of the annotated class (or the annotated test), and each row of a parameterized
 * test, once under each of {@link MultiLocaleExtension#DEFAULTS}: default locales {@code en},
 * {@code th-TH} and {@code th-TH-u-ca-buddhist-nu-thai}, each with a different default time zone.
 * Code that secretly formats with the default locale, calendar, digits or zone then fails a test.
 * The defaults are restored afterwards.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(MultiLocaleExtension.class)
public @interface MultiLocaleTest {}
