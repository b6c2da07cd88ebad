package io.teaframe.demo.notifications;

import io.teaframe.demo.Lists;
import java.util.List;

/**
 * The notifications on screen, oldest first.
 *
 * @param nextId the id of the next notification
 */
public record NotificationsState(List<Notification> shown, int nextId) {

    static final int MAX_SHOWN = 5;

    /** One notification; {@code level} is {@code info}, {@code warning} or {@code error}. */
    public record Notification(int id, String level, String text) {
    }

    public static NotificationsState initial() {
        return new NotificationsState(List.of(), 1);
    }

    NotificationsState with(String level, String text) {
        return new NotificationsState(Lists.appendCapped(shown, new Notification(nextId, level, text), MAX_SHOWN),
                nextId + 1);
    }

    NotificationsState without(int id) {
        return new NotificationsState(Lists.without(shown, notification -> notification.id() == id), nextId);
    }
}
