package vn.thidua.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.support.IntegrationTest;

/** Demo accounts keep the published password on the evaluation database only. */
class DemoDataLoaderTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void onTheEmbeddedDatabaseTheDemoAccountsSignInWithTheDemoPasswordAsTheyAre() {
        assertThat(jdbc.queryForObject(
                        "select password_change_required from app_user where username = 'admin'", Boolean.class))
                .isFalse();
        loader(
                        new DatabaseSettings(
                                "", "", "", "", "", "", 10, new DatabaseSettings.Embedded("", 0), "true", null, null),
                        "99-test-embedded-account",
                        "demo.embedded")
                .loadPendingScripts();
        assertThat(passwordChangeRequired("demo.embedded")).isFalse();
    }

    @Test
    void onARealServerDemoAccountsMustChangeTheirPasswordAtTheFirstSignIn() {
        loader(
                        new DatabaseSettings(
                                "jdbc:postgresql://db.example/thidua",
                                "app",
                                "",
                                "",
                                "",
                                "",
                                10,
                                new DatabaseSettings.Embedded("", 0),
                                "true",
                                null,
                                null),
                        "99-test-real-account",
                        "demo.real")
                .loadPendingScripts();
        assertThat(passwordChangeRequired("demo.real")).isTrue();
        // Accounts that were there before are left alone.
        assertThat(passwordChangeRequired("admin")).isFalse();
    }

    private DemoDataLoader loader(DatabaseSettings settings, String step, String username) {
        DemoDataContributor account = new DemoDataContributor() {
            @Override
            public String name() {
                return step;
            }

            @Override
            public void load() {
                jdbc.update("""
                        insert into app_user (username, password_hash, full_name, role, organizer_id)
                        select ?, password_hash, 'Demo account test', 'VIEWER', organizer_id from app_user where username = 'admin'""", username);
            }
        };
        return new DemoDataLoader(dataSource, jdbc, transactions, settings, List.of(account));
    }

    private boolean passwordChangeRequired(String username) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select password_change_required from app_user where username = ?", Boolean.class, username));
    }
}
