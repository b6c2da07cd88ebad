package io.teaframe.demo.users;

import io.teaframe.demo.Lists;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The users table: the page shown, how it is sorted and filtered, and the state of its
 * last load.
 *
 * @param searchText the text in the search box, which becomes {@code query} after the debounce
 * @param query the filter of the rows shown
 * @param sort the sort column: {@code name}, {@code email} or {@code created}
 * @param dir {@code asc} or {@code desc}
 * @param attempts the attempts the last load took, 1 when it needed no retry
 * @param saving the row values from before each optimistic save still in flight, by user id
 * @param notice the outcome of the last save, or an empty string
 * @param noticeKind {@code ok} or {@code error}
 */
public record UsersState(List<User> rows, String searchText, String query, String sort, String dir, int page,
        int pages, int total, LoadStatus status, String message, int attempts, boolean fromCache,
        Map<Integer, User> saving, String notice, String noticeKind) {

    public static final int PAGE_SIZE = 20;

    /** Where the table's last load is. */
    public enum LoadStatus { LOADING, LOADED, FAILED }

    public static UsersState initial() {
        return new UsersState(List.of(), "", "", "name", "asc", 1, 1, 0, LoadStatus.LOADING, "", 0, false,
                Map.of(), "", "");
    }

    public UsersState loading() {
        return new UsersState(rows, searchText, query, sort, dir, page, pages, total, LoadStatus.LOADING, "",
                attempts, fromCache, saving, notice, noticeKind);
    }

    public UsersState loaded(List<User> newRows, int newTotal, int newPages, int newAttempts, boolean cached) {
        return new UsersState(newRows, searchText, query, sort, dir, page, newPages, newTotal, LoadStatus.LOADED,
                "", newAttempts, cached, saving, notice, noticeKind);
    }

    public UsersState failed(String failure, int newAttempts) {
        return new UsersState(rows, searchText, query, sort, dir, page, pages, total, LoadStatus.FAILED, failure,
                newAttempts, false, saving, notice, noticeKind);
    }

    public UsersState withSearchText(String text) {
        return new UsersState(rows, text, query, sort, dir, page, pages, total, status, message, attempts,
                fromCache, saving, notice, noticeKind);
    }

    /** Returns this table filtered by {@code newQuery}, back on page 1. */
    public UsersState withQuery(String newQuery) {
        return new UsersState(rows, searchText, newQuery, sort, dir, 1, pages, total, status, message, attempts,
                fromCache, saving, notice, noticeKind);
    }

    public UsersState withSort(String newSort, String newDir) {
        return new UsersState(rows, searchText, query, newSort, newDir, 1, pages, total, status, message, attempts,
                fromCache, saving, notice, noticeKind);
    }

    public UsersState withPage(int newPage) {
        return new UsersState(rows, searchText, query, sort, dir, newPage, pages, total, status, message, attempts,
                fromCache, saving, notice, noticeKind);
    }

    /** Returns this table with the row of {@code user.id()} replaced, if it is on this page. */
    public UsersState withRow(User user) {
        List<User> newRows = Lists.replace(rows, row -> row.id() == user.id(), row -> user);
        return new UsersState(newRows, searchText, query, sort, dir, page, pages, total, status, message, attempts,
                fromCache, saving, notice, noticeKind);
    }

    public UsersState withoutRow(int id) {
        List<User> newRows = Lists.without(rows, row -> row.id() == id);
        int newTotal = newRows.size() < rows.size() ? total - 1 : total;
        return new UsersState(newRows, searchText, query, sort, dir, page, pages, newTotal, status, message,
                attempts, fromCache, saving, notice, noticeKind);
    }

    /** Returns the row of user {@code id} on this page, or null. */
    public User row(int id) {
        for (User row : rows) {
            if (row.id() == id) {
                return row;
            }
        }
        return null;
    }

    /** Returns this table with {@code original} kept as the value to restore if the save of its row fails. */
    public UsersState withSaving(User original) {
        Map<Integer, User> newSaving = new HashMap<>(saving);
        newSaving.put(original.id(), original);
        return new UsersState(rows, searchText, query, sort, dir, page, pages, total, status, message, attempts,
                fromCache, newSaving, notice, noticeKind);
    }

    public UsersState withoutSaving(int id) {
        Map<Integer, User> newSaving = new HashMap<>(saving);
        newSaving.remove(id);
        return new UsersState(rows, searchText, query, sort, dir, page, pages, total, status, message, attempts,
                fromCache, newSaving, notice, noticeKind);
    }

    public UsersState withNotice(String text, String kind) {
        return new UsersState(rows, searchText, query, sort, dir, page, pages, total, status, message, attempts,
                fromCache, saving, text, kind);
    }
}
