package io.teaframe.demo.details;

import io.teaframe.Frame;
import io.teaframe.demo.App;
import io.teaframe.demo.details.DetailsEvents.CloseDetails;
import io.teaframe.demo.details.DetailsEvents.DetailUserFailed;
import io.teaframe.demo.details.DetailsEvents.DetailUserLoaded;
import io.teaframe.demo.details.DetailsEvents.Details;
import io.teaframe.demo.details.DetailsEvents.OpenDetails;
import io.teaframe.demo.details.DetailsEvents.PermissionsFailed;
import io.teaframe.demo.details.DetailsEvents.PermissionsLoaded;
import io.teaframe.demo.users.User;
import io.teaframe.demo.users.UsersHandlers;
import io.teaframe.effect.Effects;
import io.teaframe.flow.CancelFlow;
import io.teaframe.flow.EventMatcher;
import io.teaframe.flow.Sequence;
import io.teaframe.flow.StartSequence;
import io.teaframe.http.HttpRequest;
import io.teaframe.json.Json;

/**
 * Loads the details panel with a sequence of two requests, the user and then the
 * user's permissions. The requests' group is the sequence's id, so closing the panel
 * cancels the sequence and aborts whichever request is in flight.
 */
public final class DetailsHandlers {

    /** The id of the loading sequence, and the scope of its requests. */
    public static final String SEQUENCE_ID = "user-details";

    private DetailsHandlers() {
    }

    public static void register(Frame<App> frame) {
        frame.registerExtractor(Details.class, (app, query) -> app.details());

        frame.onFx(OpenDetails.class, (cofx, event) -> {
            App app = cofx.state();
            // Starting a sequence with the id of a running one cancels the old one first.
            return Effects.state(app.withDetails(DetailsState.opening(event.userId())))
                    .and(new StartSequence(loading(app, event.userId()), event.userId()));
        });
        frame.onFx(CloseDetails.class, (cofx, event) -> Effects.state(cofx.<App>state().withDetails(DetailsState.CLOSED))
                .and(new CancelFlow(SEQUENCE_ID)));
        frame.on(DetailUserLoaded.class, (app, event) -> current(app, event.userId())
                ? app.withDetails(app.details().withUser(event.user())) : app);
        frame.on(DetailUserFailed.class, (app, event) -> current(app, event.userId())
                ? app.withDetails(app.details().withMessage("Could not load the user. " + event.message())) : app);
        frame.on(PermissionsLoaded.class, (app, event) -> current(app, event.userId())
                ? app.withDetails(app.details().withPermissions(event.permissions())) : app);
        frame.on(PermissionsFailed.class, (app, event) -> current(app, event.userId())
                ? app.withDetails(app.details().withMessage("Could not load the permissions. " + event.message()))
                : app);

        Editing.register(frame);
    }

    private static boolean current(App app, int userId) {
        return app.details().userId() == userId;
    }

    private static Sequence loading(App app, int userId) {
        return Sequence.named(SEQUENCE_ID)
                .step(input -> userRequest(app, userId),
                        EventMatcher.of(DetailUserLoaded.class, e -> e.userId() == userId),
                        EventMatcher.of(DetailUserFailed.class, e -> e.userId() == userId))
                .step(loaded -> permissionsRequest(app, userId),
                        EventMatcher.of(PermissionsLoaded.class, e -> e.userId() == userId),
                        EventMatcher.of(PermissionsFailed.class, e -> e.userId() == userId));
    }

    private static HttpRequest userRequest(App app, int userId) {
        return HttpRequest.get(app.api().url("/api/users/" + userId))
                .group(SEQUENCE_ID)
                .retry(UsersHandlers.RETRY)
                .onSuccess(response -> new DetailUserLoaded(userId, User.fromJson(response.json())))
                .onFailure(failure -> new DetailUserFailed(userId, UsersHandlers.describe(failure)))
                .build();
    }

    private static HttpRequest permissionsRequest(App app, int userId) {
        return HttpRequest.get(app.api().url("/api/users/" + userId + "/permissions"))
                .group(SEQUENCE_ID)
                .retry(UsersHandlers.RETRY)
                .onSuccess(response -> new PermissionsLoaded(userId, response.json().list("permissions",
                        Json::asString)))
                .onFailure(failure -> new PermissionsFailed(userId, UsersHandlers.describe(failure)))
                .build();
    }
}
