package vn.thidua.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    private static DatabaseSettings settings(String url, String springUrl, String demoData) {
        return new DatabaseSettings(
                url,
                "u",
                "p",
                springUrl,
                "su",
                "sp",
                10,
                new DatabaseSettings.Embedded("./data/postgres", 0),
                demoData,
                null,
                null);
    }

    @Test
    void withoutAServerTheEmbeddedDatabaseRunsWithDemoData() {
        DatabaseSettings embedded = settings("", "", "");
        assertThat(embedded.usesExternalServer()).isFalse();
        assertThat(embedded.loadsDemoData()).isTrue();
    }

    @Test
    void aServerUrlTurnsTheEmbeddedDatabaseAndTheDemoDataOff() {
        DatabaseSettings external = settings("jdbc:postgresql://db:5432/thidua", "", "");
        assertThat(external.usesExternalServer()).isTrue();
        assertThat(external.loadsDemoData()).isFalse();
        assertThat(external.resolvedUsername()).isEqualTo("u");
    }

    @Test
    void theStandardSpringDatasourceUrlIsHonoured() {
        DatabaseSettings spring = settings("", "jdbc:postgresql://db:5432/thidua", null);
        assertThat(spring.usesExternalServer()).isTrue();
        assertThat(spring.resolvedUrl()).isEqualTo("jdbc:postgresql://db:5432/thidua");
        assertThat(spring.resolvedUsername()).isEqualTo("su");
        assertThat(spring.resolvedPassword()).isEqualTo("sp");
    }

    @Test
    void demoDataOnARealServerOnlyWhenAskedFor() {
        assertThat(settings("jdbc:postgresql://db/thidua", "", "true").loadsDemoData())
                .isTrue();
        assertThat(settings("", "", "false").loadsDemoData()).isFalse();
    }

    @Test
    void migrationsRunAsTheOwnerAndTheApplicationAsItsOwnAccount() {
        DatabaseSettings embedded = settings("", "", "");
        assertThat(embedded.hasSeparateOwner()).isTrue();
        assertThat(embedded.migrationUsername()).isEqualTo("postgres");
        assertThat(embedded.applicationUsername()).isEqualTo("thidua_app");

        DatabaseSettings twoAccounts = new DatabaseSettings(
                "jdbc:postgresql://db/thidua",
                "app",
                "ap",
                "",
                null,
                null,
                10,
                new DatabaseSettings.Embedded("", 0),
                null,
                "owner",
                "op");
        assertThat(twoAccounts.hasSeparateOwner()).isTrue();
        assertThat(twoAccounts.migrationUsername()).isEqualTo("owner");
        assertThat(twoAccounts.migrationPassword()).isEqualTo("op");
        assertThat(twoAccounts.applicationUsername()).isEqualTo("app");
        assertThat(twoAccounts.applicationPassword()).isEqualTo("ap");

        DatabaseSettings oneAccount = settings("jdbc:postgresql://db/thidua", "", "");
        assertThat(oneAccount.hasSeparateOwner()).isFalse();
        assertThat(oneAccount.migrationUsername()).isEqualTo("u");
        assertThat(oneAccount.migrationPassword()).isEqualTo("p");
    }
}
