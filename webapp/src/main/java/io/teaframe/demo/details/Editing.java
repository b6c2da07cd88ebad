package io.teaframe.demo.details;

import io.teaframe.Frame;
import io.teaframe.demo.App;
import io.teaframe.demo.details.DetailsEvents.CancelEdit;
import io.teaframe.demo.details.DetailsEvents.EditField;
import io.teaframe.demo.details.DetailsEvents.SaveEdit;
import io.teaframe.demo.details.DetailsEvents.SaveFailed;
import io.teaframe.demo.details.DetailsEvents.StartEdit;
import io.teaframe.demo.details.DetailsEvents.UserSaved;
import io.teaframe.demo.users.User;
import io.teaframe.demo.users.UsersHandlers;
import io.teaframe.demo.users.UsersState;
import io.teaframe.effect.Effects;
import io.teaframe.http.FailureKind;
import io.teaframe.http.HttpFailure;
import io.teaframe.http.HttpRequest;
import io.teaframe.json.Json;

/**
 * Editing a user with an optimistic update: the table and the panel show the new values
 * as soon as the user saves, and go back to the server's values if the save fails. A
 * 409 carries the user as someone else saved it, and that is what the row then shows.
 */
final class Editing {

    private Editing() {
    }

    static void register(Frame<App> frame) {
        frame.on(StartEdit.class, (app, event) -> app.details().user() == null ? app
                : app.withDetails(app.details().withDraft(app.details().user())));
        frame.on(CancelEdit.class, (app, event) -> app.withDetails(app.details().withDraft(null)));
        frame.on(EditField.class, (app, event) -> app.details().draft() == null ? app
                : app.withDetails(app.details().withDraft(edit(app.details().draft(), event))));
        frame.onFx(SaveEdit.class, (cofx, event) -> save(cofx.state()));
        frame.onFx(UserSaved.class, (cofx, event) -> {
            App app = cofx.state();
            User user = event.user();
            UsersState users = app.users().withoutSaving(user.id()).withRow(user)
                    .withNotice("Saved " + user.name() + " (version " + user.version() + ").", "ok");
            return Effects.state(showInPanel(app.withUsers(users), user)).and(UsersHandlers.invalidatePages(app));
        });
        frame.onFx(SaveFailed.class, (cofx, event) -> {
            App app = cofx.state();
            User restored = event.current() != null ? event.current() : app.users().saving().get(event.userId());
            String notice = event.current() != null
                    ? "Not saved: someone else changed " + event.current().name() + " meanwhile (now version "
                            + event.current().version() + "). The row shows their values."
                    : "Not saved: " + event.message() + ". The row was rolled back.";
            UsersState users = app.users().withoutSaving(event.userId()).withNotice(notice, "error");
            if (restored != null) {
                users = users.withRow(restored);
            }
            App next = app.withUsers(users);
            return Effects.state(restored == null ? next : showInPanel(next, restored))
                    .and(UsersHandlers.invalidatePages(app));
        });
    }

    private static Effects save(App app) {
        User draft = app.details().draft();
        if (draft == null) {
            return Effects.none();
        }
        User shown = app.users().row(draft.id());
        User original = shown != null ? shown : app.details().user();
        UsersState users = app.users().withSaving(original).withRow(draft).withNotice("Saving " + draft.name() + "…",
                "pending");
        App next = app.withUsers(users).withDetails(app.details().withUser(draft).withDraft(null));
        HttpRequest request = HttpRequest.put(app.api().url("/api/users/" + draft.id()))
                .json(draft.toSaveJson())
                .id("save-user-" + draft.id())
                .retry(UsersHandlers.RETRY)
                .onSuccess(response -> new UserSaved(User.fromJson(response.json())))
                .onFailure(failure -> saveFailed(draft.id(), failure))
                .build();
        return Effects.state(next).and(request);
    }

    private static SaveFailed saveFailed(int userId, HttpFailure failure) {
        User current = null;
        if (failure.kind() == FailureKind.HTTP && failure.status() == 409 && failure.json() != null) {
            Json body = failure.json().get("current");
            if (!body.isMissing()) {
                current = User.fromJson(body);
            }
        }
        return new SaveFailed(userId, failure.status(), UsersHandlers.describe(failure), current);
    }

    private static App showInPanel(App app, User user) {
        return app.details().userId() == user.id() ? app.withDetails(app.details().withUser(user)) : app;
    }

    private static User edit(User draft, EditField event) {
        String value = event.value();
        return switch (event.field()) {
            case "name" -> new User(draft.id(), value, draft.email(), draft.role(), draft.team(), draft.active(),
                    draft.created(), draft.version());
            case "email" -> new User(draft.id(), draft.name(), value, draft.role(), draft.team(), draft.active(),
                    draft.created(), draft.version());
            case "role" -> new User(draft.id(), draft.name(), draft.email(), value, draft.team(), draft.active(),
                    draft.created(), draft.version());
            case "team" -> new User(draft.id(), draft.name(), draft.email(), draft.role(), value, draft.active(),
                    draft.created(), draft.version());
            case "active" -> new User(draft.id(), draft.name(), draft.email(), draft.role(), draft.team(),
                    Boolean.parseBoolean(value), draft.created(), draft.version());
            default -> throw new IllegalArgumentException("Unknown user field '" + event.field()
                    + "'; expected name, email, role, team or active");
        };
    }
}
