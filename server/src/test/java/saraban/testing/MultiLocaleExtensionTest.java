package saraban.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import saraban.SuppressForbidden;

class MultiLocaleExtensionTest {

    private static final List<String> SEEN = new ArrayList<>();
    private static Locale localeBefore;
    private static TimeZone zoneBefore;

    @BeforeAll
    static void rememberDefaults() {
        localeBefore = Locale.getDefault();
        zoneBefore = TimeZone.getDefault();
    }

    @MultiLocaleTest
    @ParameterizedTest
    @ValueSource(strings = {"first row", "second row"})
    void runs_each_row_once_under_each_default_locale_and_zone(String row) {
        SEEN.add(
                row
                        + " "
                        + Locale.getDefault().toLanguageTag()
                        + " "
                        + TimeZone.getDefault().getID());
    }

    @AfterAll
    static void ran_every_row_under_every_default_and_restored_the_originals() {
        assertThat(SEEN)
                .containsExactly(
                        "first row en Pacific/Pago_Pago",
                        "first row th-TH Asia/Bangkok",
                        "first row th-TH-u-ca-buddhist-nu-thai Pacific/Kiritimati",
                        "second row en Pacific/Pago_Pago",
                        "second row th-TH Asia/Bangkok",
                        "second row th-TH-u-ca-buddhist-nu-thai Pacific/Kiritimati");
        assertThat(Locale.getDefault()).isEqualTo(localeBefore);
        assertThat(TimeZone.getDefault()).isEqualTo(zoneBefore);
        assertThat(com.ibm.icu.util.TimeZone.getDefault().getID()).isEqualTo(zoneBefore.getID());
    }

    @Test
    void a_failure_names_the_defaults_it_happened_under() {
        assertThatThrownBy(
                        () ->
                                MultiLocaleExtension.underEachDefault(
                                        () ->
                                                assertThat(formatWithDefaultLocale(12))
                                                        .isEqualTo("12")))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(
                        "under default locale th-TH-u-ca-buddhist-nu-thai and time zone"
                                + " Pacific/Kiritimati: ")
                .hasMessageContaining("๑๒");
        assertThat(Locale.getDefault()).isEqualTo(localeBefore);
    }

    @SuppressForbidden(reason = "formats with the default locale on purpose, to be caught")
    private static String formatWithDefaultLocale(int number) {
        return String.format("%d", number);
    }
}
