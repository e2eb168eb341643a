package vn.thidua.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import vn.thidua.common.BusinessTime;

/** A message for one person, by message key and arguments so that it shows in their language. */
@Entity
@Table(name = "notification")
public class Notification {

    /** Separates the arguments in their column; no one types it. */
    static final char SEPARATOR = '\u001f';

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    private String arguments;

    private String link;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    Notification(long userId, NotificationMessage message, Instant createdAt) {
        this.userId = userId;
        this.messageKey = message.key();
        this.arguments = message.arguments().isEmpty()
                ? null
                : String.join(
                        String.valueOf(SEPARATOR),
                        message.arguments().stream()
                                .map(argument -> argument.replace(SEPARATOR, ' '))
                                .toList());
        this.link = message.link();
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getCreatedAtLocal() {
        return BusinessTime.localDateTime(createdAt);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return argumentList().toArray();
    }

    List<String> argumentList() {
        return arguments == null ? List.of() : Arrays.asList(arguments.split(String.valueOf(SEPARATOR), -1));
    }

    public String getLink() {
        return link;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
