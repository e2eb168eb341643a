package vn.thidua.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.access.CurrentUser;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

class PasswordConfirmationTest extends IntegrationTest {

    @Autowired
    PasswordConfirmation confirmation;

    @Test
    void theRightPasswordConfirmsAndAWrongOneDoesNot() {
        CurrentUser user = newUser("confirm.ok");
        assertThat(confirmation.confirms(user, "thidua2026")).isTrue();
        assertThat(confirmation.confirms(user, "wrong")).isFalse();
        assertThat(confirmation.confirms(user, "")).isFalse();
    }

    @Test
    void guessingThePasswordWhenConfirmingLocksTheAccountLikeTheSignInForm() {
        CurrentUser user = newUser("confirm.guess");
        for (int i = 0; i < LoginAttempts.ACCOUNT.freeFailures(); i++) {
            assertThat(confirmation.confirms(user, "guess" + i)).isFalse();
        }
        assertThat(jdbc.queryForObject(
                        "select locked_until > now() from app_user where username = 'confirm.guess'", Boolean.class))
                .isTrue();
        assertThat(confirmation.confirms(user, "thidua2026")).isFalse();
    }

    private CurrentUser newUser(String username) {
        jdbc.update("""
                insert into app_user (username, password_hash, full_name, role, organizer_id, unit_id)
                select ?, password_hash, 'Confirmation test', 'UNIT_OFFICER', organizer_id, unit_id from app_user where username = 'anphu'""", username);
        return Users.principal(jdbc, username);
    }
}
