package vn.thidua.notification;

import java.util.List;

/**
 * What to tell people: a message key (with its arguments, already formatted as text) and the page it is about,
 * as an application path such as {@code /pledges/12}.
 */
public record NotificationMessage(String key, List<String> arguments, String link) {

    public NotificationMessage {
        arguments = arguments == null
                ? List.of()
                : arguments.stream().map(a -> a == null ? "" : a).toList();
    }

    public static NotificationMessage of(String key, String link, String... arguments) {
        return new NotificationMessage(key, List.of(arguments), link);
    }
}
