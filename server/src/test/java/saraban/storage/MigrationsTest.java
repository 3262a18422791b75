package saraban.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The migration files packed with Saraban, and how they are read. */
class MigrationsTest {
    static final Migrations PACKED =
            Migrations.fromClasspath(MigrationsTest.class.getClassLoader());

    @TempDir Path temp;

    /**
     * Versions taken by branches not merged yet (none now: V008–V011 are all here): a branch after
     * it may miss it until both are merged. Empty this once they are; never deploy with a gap,
     * since a database past a missing version would never apply it.
     */
    static final java.util.Set<Integer> TAKEN_ON_OTHER_BRANCHES = java.util.Set.of();

    @Test
    void packed_migrations_are_numbered_from_one_without_gaps() {
        List<Migration> all = PACKED.all();
        assertThat(all).isNotEmpty();
        int expected = 1;
        for (Migration m : all) {
            while (m.version() != expected && TAKEN_ON_OTHER_BRANCHES.contains(expected)) {
                expected++;
            }
            assertThat(m.version()).as(m.fileName()).isEqualTo(expected);
            expected++;
        }
        assertThat(all.get(0).fileName()).isEqualTo("V001__files.sql");
        assertThat(all.get(0).description()).isEqualTo("files");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void every_packed_migration_expands_to_plain_sql_for_each_database(Dialect dialect) {
        for (Migration m : PACKED.all()) {
            assertThat(dialect.expand(m.sql(), m.fileName())).as(m.fileName()).doesNotContain("${");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"V1__files.sql", "V001_files.sql", "V001__Files.sql", "001__files.sql"})
    void refuses_a_file_name_without_a_three_digit_version_and_a_lower_case_description(
            String name) {
        assertThatThrownBy(() -> Migration.of(name, "SELECT 1;"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a migration file name (like V001__create_files.sql): " + name);
    }

    @Test
    void line_endings_do_not_change_a_checksum() {
        assertThat(
                        Migration.of("V001__a.sql", "CREATE TABLE a (x INTEGER);\r\nSELECT 1;")
                                .checksum())
                .isEqualTo(
                        Migration.of("V001__a.sql", "CREATE TABLE a (x INTEGER);\nSELECT 1;")
                                .checksum())
                .isNotEqualTo(
                        Migration.of("V001__a.sql", "CREATE TABLE a (y INTEGER);\nSELECT 1;")
                                .checksum());
    }

    @Test
    void refuses_two_migrations_with_one_version() throws IOException {
        Files.writeString(temp.resolve("V002__a.sql"), "SELECT 1;", StandardCharsets.UTF_8);
        Files.writeString(temp.resolve("V0002__b.sql"), "SELECT 2;", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Migrations.fromFolder(temp))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("two migrations have version 2: V0002__b.sql and V002__a.sql");
    }

    @Test
    void reads_migrations_packed_in_a_jar_as_the_server_runs_them() throws IOException {
        Path jar = temp.resolve("server.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            for (String folder :
                    List.of("saraban/", "saraban/storage/", Migrations.RESOURCE_FOLDER)) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            for (String name : List.of("V001__first.sql", "V002__second.sql")) {
                out.putNextEntry(new JarEntry(Migrations.RESOURCE_FOLDER + name));
                out.write(("-- " + name + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(Migrations.fromClasspath(loader).all())
                    .extracting(Migration::description)
                    .containsExactly("first", "second");
        }
    }
}
