package vn.thidua.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.notification.RecipientAddress;
import vn.thidua.notification.Recipients;
import vn.thidua.support.IntegrationTest;

/** Who notifications go to, as the accounts tell it: only enabled people, only the roles that act for a unit. */
class RecipientsTest extends IntegrationTest {

    @Autowired
    Recipients recipients;

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private long user(
            String prefix, String name, String role, long organizerId, Long unitId, boolean enabled, String email) {
        return id(
                "insert into app_user (username, password_hash, full_name, role, organizer_id, unit_id, enabled, email)"
                        + " values (?, 'x', ?, ?, ?, ?, ?, ?) returning id",
                prefix + "-" + name,
                "Người nhận " + name,
                role,
                organizerId,
                unitId,
                enabled,
                email);
    }

    @Test
    void officersAdministratorsAndAddressesAreTheEnabledOnesOfTheRightRoles() {
        String prefix = "rcp" + Long.toString(System.nanoTime() % 1_000_000, 36);
        long organizer = id(
                "insert into organizer (code, name, kind, working_year) values (?, ?, 'PROVINCE', 2021) returning id",
                prefix.toUpperCase(),
                "Hội đồng " + prefix);
        long unit = id(
                "insert into unit (organizer_id, code, name, short_name, level) values (?, 'U', ?, 'U', 'COMMUNE') returning id",
                organizer,
                "Đơn vị " + prefix);
        long officer = user(prefix, "officer", "UNIT_OFFICER", organizer, unit, true, "officer@example.org");
        long head = user(prefix, "head", "CLUSTER_HEAD", organizer, unit, true, null);
        long disabledOfficer = user(prefix, "gone", "UNIT_OFFICER", organizer, unit, false, "gone@example.org");
        long admin = user(prefix, "admin", "PROVINCE_ADMIN", organizer, null, true, "admin@example.org");
        user(prefix, "oldadmin", "PROVINCE_ADMIN", organizer, null, false, "old@example.org");
        user(prefix, "review", "PROVINCE_REVIEWER", organizer, null, true, "review@example.org");

        assertThat(recipients.officersOfUnits(List.of(unit))).containsExactly(officer, head);
        assertThat(recipients.officersOfUnits(List.of())).isEmpty();
        assertThat(recipients.administratorsOf(organizer)).containsExactly(admin);
        assertThat(recipients.withEmail(List.of(officer, head, disabledOfficer, admin)))
                .containsExactlyInAnyOrder(
                        new RecipientAddress(officer, "officer@example.org", "Người nhận officer"),
                        new RecipientAddress(admin, "admin@example.org", "Người nhận admin"));
        assertThat(recipients.withEmail(List.of())).isEmpty();
    }
}
