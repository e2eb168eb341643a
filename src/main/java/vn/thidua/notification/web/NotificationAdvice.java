package vn.thidua.notification.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.thidua.access.CurrentUsers;
import vn.thidua.notification.Notifications;

/** Gives every page the signed-in person's number of unread notifications, for the navigation bar. */
@ControllerAdvice
class NotificationAdvice {

    private final Notifications notifications;

    NotificationAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications() {
        return CurrentUsers.find().map(notifications::unreadCount).orElse(null);
    }
}
