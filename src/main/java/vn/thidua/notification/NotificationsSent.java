package vn.thidua.notification;

import java.util.List;

/** Published when notifications were stored, so that e-mails go out once the transaction has committed. */
record NotificationsSent(List<Long> userIds, NotificationMessage message) {}
