package vn.thidua.account;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.notification.RecipientAddress;
import vn.thidua.notification.Recipients;

/** The people notifications go to, read from the accounts, which this module owns. */
@Component
class AccountRecipients implements Recipients {

    private final UserAccountRepository users;

    AccountRecipients(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> officersOfUnits(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : users.findOfficersOfUnits(unitIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> administratorsOf(long organizerId) {
        return users.findAdministratorsOf(organizerId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> staffOf(long organizerId) {
        return users.findStaffOf(organizerId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecipientAddress> withEmail(Collection<Long> userIds) {
        return userIds.isEmpty() ? List.of() : users.findMailAddresses(userIds);
    }
}
