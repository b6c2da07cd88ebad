package io.teaframe.demo.users;

import io.teaframe.Frame;
import io.teaframe.demo.App;
import io.teaframe.demo.users.UserEvents.ChangePage;
import io.teaframe.demo.users.UserEvents.DismissNotice;
import io.teaframe.demo.users.UserEvents.LoadUsers;
import io.teaframe.demo.users.UserEvents.RefreshUsers;
import io.teaframe.demo.users.UserEvents.SortBy;
import io.teaframe.demo.users.UserEvents.UserPushed;
import io.teaframe.demo.users.UserEvents.UserRemoved;
import io.teaframe.demo.users.UserEvents.Users;
import io.teaframe.demo.users.UserEvents.UsersFailed;
import io.teaframe.demo.users.UserEvents.UsersLoaded;
import io.teaframe.effect.Dispatch;
import io.teaframe.effect.Effects;
import io.teaframe.http.CachePolicy;
import io.teaframe.http.FailureKind;
import io.teaframe.http.HttpFailure;
import io.teaframe.http.HttpRequest;
import io.teaframe.http.InvalidateCache;
import io.teaframe.http.RetryPolicy;
import io.teaframe.json.Json;

/** The handlers of the users table: loading pages, paging, sorting and live updates. */
public final class UsersHandlers {

    /** The id of the page load: a new load supersedes and aborts the one in flight. */
    public static final String LOAD_ID = "users-page";

    /** How long a loaded page is served from the cache without a request. */
    static final double CACHE_TTL_MILLIS = 30_000;

    /** Retries with short waits, so that the demo's fault controls show them within seconds. */
    public static final RetryPolicy RETRY = RetryPolicy.retries(3).withBackoff(500, 4_000);

    private UsersHandlers() {
    }

    public static void register(Frame<App> frame) {
        frame.registerExtractor(Users.class, (app, query) -> app.users());

        frame.onFx(LoadUsers.class, (cofx, event) -> {
            App app = cofx.state();
            return Effects.state(app.withUsers(app.users().loading())).and(pageRequest(app));
        });
        frame.onFx(RefreshUsers.class, (cofx, event) -> {
            App app = cofx.state();
            return Effects.of(invalidatePages(app), new Dispatch(new LoadUsers()));
        });
        frame.on(UsersLoaded.class, (app, event) ->
                app.withUsers(app.users().loaded(event.rows(), event.total(), event.pages(), event.attempts(),
                        event.fromCache())));
        frame.on(UsersFailed.class, (app, event) -> app.withUsers(app.users().failed(event.message(),
                event.attempts())));
        frame.onFx(ChangePage.class, (cofx, event) -> {
            App app = cofx.state();
            int page = Math.max(1, Math.min(event.page(), app.users().pages()));
            return Effects.state(app.withUsers(app.users().withPage(page))).and(new Dispatch(new LoadUsers()));
        });
        frame.onFx(SortBy.class, (cofx, event) -> {
            App app = cofx.state();
            UsersState users = app.users();
            String dir = users.sort().equals(event.column()) && users.dir().equals("asc") ? "desc" : "asc";
            return Effects.state(app.withUsers(users.withSort(event.column(), dir)))
                    .and(new Dispatch(new LoadUsers()));
        });
        frame.onFx(UserPushed.class, (cofx, event) -> {
            App app = cofx.state();
            User shown = app.users().row(event.user().id());
            boolean newer = shown != null && event.user().version() > shown.version();
            // A row with a save in flight keeps the optimistic value; the save's outcome settles it.
            boolean saving = app.users().saving().containsKey(event.user().id());
            App next = newer && !saving ? app.withUsers(app.users().withRow(event.user())) : app;
            return Effects.state(next).and(invalidatePages(app));
        });
        frame.onFx(UserRemoved.class, (cofx, event) -> {
            App app = cofx.state();
            return Effects.state(app.withUsers(app.users().withoutRow(event.id()))).and(invalidatePages(app));
        });
        frame.on(DismissNotice.class, (app, event) -> app.withUsers(app.users().withNotice("", "")));
    }

    /** Returns the cache command that drops every cached page of the table. */
    public static InvalidateCache invalidatePages(App app) {
        return InvalidateCache.prefix("GET " + app.api().url("/api/users?"));
    }

    private static HttpRequest pageRequest(App app) {
        UsersState users = app.users();
        HttpRequest.Builder request = HttpRequest.get(app.api().url("/api/users"));
        if (!users.query().isEmpty()) {
            request.query("q", users.query());
        }
        return request
                .query("sort", users.sort())
                .query("dir", users.dir())
                .query("page", users.page())
                .query("size", UsersState.PAGE_SIZE)
                .id(LOAD_ID)
                .cache(CachePolicy.ttl(CACHE_TTL_MILLIS))
                .retry(RETRY)
                .onSuccess(response -> {
                    Json body = response.json();
                    return new UsersLoaded(body.list("users", User::fromJson), body.integer("total"),
                            Math.max(1, body.integer("pages")), response.attempts(), response.fromCache());
                })
                .onFailure(failure -> failure.kind() == FailureKind.ABORTED ? null
                        : new UsersFailed(describe(failure), failure.attempts()))
                .build();
    }

    /** Describes a failed request for people: the server's error message when it sent one. */
    public static String describe(HttpFailure failure) {
        if (failure.kind() == FailureKind.HTTP) {
            Json message = failure.json() == null ? null : failure.json().get("error").get("message");
            String text = message != null && !message.isMissing() ? message.asString() : failure.statusText();
            return "HTTP " + failure.status() + ": " + text;
        }
        return failure.kind() + ": " + failure.message();
    }
}
