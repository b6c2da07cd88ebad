package io.teaframe.demo.users;

import io.teaframe.sub.Query;
import java.util.List;

/** The events and the query of the users table. */
public final class UserEvents {

    private UserEvents() {
    }

    /** Loads the current page, from the HTTP cache when it holds a fresh copy. */
    public record LoadUsers() {
    }

    /** Drops the cached pages and loads the current page from the server. */
    public record RefreshUsers() {
    }

    public record UsersLoaded(List<User> rows, int total, int pages, int attempts, boolean fromCache) {
    }

    /** A load failed after its retries; {@code attempts} counts every try. */
    public record UsersFailed(String message, int attempts) {
    }

    public record ChangePage(int page) {
    }

    /** Sorts by {@code column}, or flips the direction when the table is already sorted by it. */
    public record SortBy(String column) {
    }

    /** The server pushed a user's new values. */
    public record UserPushed(User user) {
    }

    /** The server pushed that a user was deleted. */
    public record UserRemoved(int id) {
    }

    public record DismissNotice() {
    }

    /** The users table: rows, paging, sorting, search text and load state. */
    public record Users() implements Query<UsersState> {
    }
}
