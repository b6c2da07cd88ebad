package io.teaframe.demo.details;

import io.teaframe.demo.users.User;
import java.util.List;

/**
 * The details panel of one user: closed, or open while the user and then the
 * permissions load, with an optional edit form.
 *
 * @param userId the user shown, or 0 when the panel is closed
 * @param user the loaded user, or null while it loads
 * @param permissions the loaded permissions, or null while they load
 * @param message why loading failed, or an empty string
 * @param draft the values in the edit form, or null when not editing
 */
public record DetailsState(int userId, User user, List<String> permissions, String message, User draft) {

    public static final DetailsState CLOSED = new DetailsState(0, null, null, "", null);

    public static DetailsState opening(int userId) {
        return new DetailsState(userId, null, null, "", null);
    }

    public boolean isOpen() {
        return userId != 0;
    }

    public DetailsState withUser(User value) {
        return new DetailsState(userId, value, permissions, message, draft);
    }

    public DetailsState withPermissions(List<String> value) {
        return new DetailsState(userId, user, value, message, draft);
    }

    public DetailsState withMessage(String value) {
        return new DetailsState(userId, user, permissions, value, draft);
    }

    public DetailsState withDraft(User value) {
        return new DetailsState(userId, user, permissions, message, value);
    }
}
