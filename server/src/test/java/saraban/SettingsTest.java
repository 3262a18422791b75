package saraban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where Saraban keeps its state, as read from the environment. */
class SettingsTest {
    static final Path HOME = Path.of("/srv/saraban");

    @Test
    void keeps_the_database_and_files_in_home_data_by_default() {
        Settings s = Settings.fromEnvironment(Map.of("SARABAN_HOME", HOME.toString()));
        assertThat(s.dataDir()).isEqualTo(HOME.resolve("data"));
        assertThat(s.dbUrl()).isEqualTo("jdbc:sqlite:" + HOME.resolve("data/saraban.db"));
    }

    @Test
    void a_data_folder_of_its_own_carries_the_default_database_with_it() {
        Settings s =
                Settings.fromEnvironment(
                        Map.of(
                                "SARABAN_HOME",
                                HOME.toString(),
                                "SARABAN_DATA",
                                "/var/lib/saraban"));
        assertThat(s.dataDir()).isEqualTo(Path.of("/var/lib/saraban"));
        assertThat(s.dbUrl()).isEqualTo("jdbc:sqlite:" + Path.of("/var/lib/saraban/saraban.db"));
    }

    @Test
    void keeps_the_search_index_in_home_search_index_unless_told_otherwise() {
        assertThat(
                        Settings.fromEnvironment(Map.of("SARABAN_HOME", HOME.toString()))
                                .searchIndexDir())
                .isEqualTo(HOME.resolve("search-index"));
        assertThat(
                        Settings.fromEnvironment(
                                        Map.of(
                                                "SARABAN_HOME",
                                                HOME.toString(),
                                                "SARABAN_SEARCH_INDEX",
                                                "/var/cache/saraban-index"))
                                .searchIndexDir())
                .isEqualTo(Path.of("/var/cache/saraban-index"));
    }

    @Test
    void a_test_data_folder_holds_its_own_search_index() {
        Settings s = Settings.forHome(HOME).withDataDir(Path.of("/tmp/t1"));
        assertThat(s.searchIndexDir()).isEqualTo(Path.of("/tmp/t1/search-index"));
    }

    @Test
    void takes_a_postgresql_url_as_given() {
        String url = "jdbc:postgresql://db:5432/saraban?user=saraban";
        Settings s =
                Settings.fromEnvironment(
                        Map.of("SARABAN_HOME", HOME.toString(), "SARABAN_DB_URL", url));
        assertThat(s.dbUrl()).isEqualTo(url);
    }

    @Test
    void refuses_another_database_without_repeating_its_parameters() {
        assertThatThrownBy(
                        () ->
                                Settings.fromEnvironment(
                                        Map.of(
                                                "SARABAN_HOME",
                                                HOME.toString(),
                                                "SARABAN_DB_URL",
                                                "jdbc:mysql://db/saraban?password=secret")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "SARABAN_DB_URL must start with jdbc:sqlite: or jdbc:postgresql:, not"
                                + " 'jdbc:mysql://db/saraban'");
    }
}
