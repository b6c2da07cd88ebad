package io.teaframe.demo.details;

import io.teaframe.demo.users.User;
import io.teaframe.sub.Query;
import java.util.List;

/** The events and the query of the details panel and its edit form. */
public final class DetailsEvents {

    private DetailsEvents() {
    }

    public record OpenDetails(int userId) {
    }

    /** Closes the panel and cancels the loading sequence with its requests. */
    public record CloseDetails() {
    }

    public record DetailUserLoaded(int userId, User user) {
    }

    public record DetailUserFailed(int userId, String message) {
    }

    public record PermissionsLoaded(int userId, List<String> permissions) {
    }

    public record PermissionsFailed(int userId, String message) {
    }

    /** The loading sequence ended with a failure at step {@code step} (0 for the user, 1 for the permissions). */
    public record DetailsFailed(int step) {
    }

    public record StartEdit() {
    }

    public record CancelEdit() {
    }

    /** The user changed one field of the edit form: {@code name}, {@code email}, {@code role}, {@code team} or {@code active}. */
    public record EditField(String field, String value) {
    }

    /** Saves the draft: the table shows it at once and goes back if the server rejects it. */
    public record SaveEdit() {
    }

    public record UserSaved(User user) {
    }

    /**
     * The save failed.
     *
     * @param status the HTTP status, or 0 when no response arrived
     * @param current the server's current user from a 409 response, or null
     */
    public record SaveFailed(int userId, int status, String message, User current) {
    }

    /** The details panel. */
    public record Details() implements Query<DetailsState> {
    }
}
