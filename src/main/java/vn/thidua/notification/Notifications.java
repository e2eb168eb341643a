package vn.thidua.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.PageRequests;

/** Tells people about what concerns them, and lets each read and clear their own notifications. */
@Service
public class Notifications {

    public static final int PAGE_SIZE = 20;

    private final NotificationRepository notifications;
    private final Recipients recipients;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(
            NotificationRepository notifications,
            Recipients recipients,
            ApplicationEventPublisher events,
            Clock clock) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.events = events;
        this.clock = clock;
    }

    /** Notifies the officers of these units, in the caller's transaction. Returns how many people were told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int notifyUnits(Collection<Long> unitIds, NotificationMessage message) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return notifyUsers(recipients.officersOfUnits(unitIds), message);
    }

    /** Notifies the organiser's administrators, in the caller's transaction. Returns how many people were told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int notifyAdministrators(long organizerId, NotificationMessage message) {
        return notifyUsers(recipients.administratorsOf(organizerId), message);
    }

    /** Notifies the organiser's staff (administrators and reviewers), in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int notifyStaff(long organizerId, NotificationMessage message) {
        return notifyUsers(recipients.staffOf(organizerId), message);
    }

    /** Notifies these people, in the caller's transaction. Returns how many were told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int notifyUsers(Collection<Long> userIds, NotificationMessage message) {
        List<Long> told = List.copyOf(new LinkedHashSet<>(userIds));
        for (Long userId : told) {
            notifications.save(new Notification(userId, message, clock.instant()));
        }
        if (!told.isEmpty()) {
            events.publishEvent(new NotificationsSent(told, message));
        }
        return told.size();
    }

    @Transactional(readOnly = true)
    public long unreadCount(CurrentUser user) {
        return notifications.countUnread(user.id());
    }

    @Transactional(readOnly = true)
    public Page<Notification> mine(int page) {
        CurrentUser user = CurrentUsers.require();
        return PageRequests.within(
                PageRequest.of(
                        PageRequests.page(page),
                        PAGE_SIZE,
                        Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))),
                request -> notifications.findByUserId(user.id(), request));
    }

    /** Marks one of the user's notifications read and returns the page it is about. */
    @Transactional
    public Optional<String> open(long id) {
        CurrentUser user = CurrentUsers.require();
        Notification notification = notifications
                .findById(id)
                .filter(n -> n.getUserId().equals(user.id()))
                .orElseThrow(() -> new NotFoundException("notification"));
        notification.markRead(clock.instant());
        return Optional.ofNullable(notification.getLink());
    }

    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(CurrentUsers.require().id(), clock.instant());
    }
}
