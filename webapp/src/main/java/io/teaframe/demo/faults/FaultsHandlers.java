package io.teaframe.demo.faults;

import io.teaframe.Frame;
import io.teaframe.demo.App;
import io.teaframe.demo.faults.FaultsEvents.DropSockets;
import io.teaframe.demo.faults.FaultsEvents.Faults;
import io.teaframe.demo.faults.FaultsEvents.FaultsLoaded;
import io.teaframe.demo.faults.FaultsEvents.LoadFaults;
import io.teaframe.demo.faults.FaultsEvents.ResetFaults;
import io.teaframe.demo.faults.FaultsEvents.SetFault;
import io.teaframe.demo.faults.FaultsEvents.ThrowInHandler;
import io.teaframe.demo.notifications.Notifications.Notify;
import io.teaframe.effect.Effects;
import io.teaframe.http.HttpFailure;
import io.teaframe.http.HttpRequest;
import io.teaframe.http.RetryPolicy;
import io.teaframe.json.JsonBuilder;

/**
 * Reads and changes the server's faults through {@code /api/admin}, which the faults
 * themselves never apply to. The server pushes each change to every tab.
 */
public final class FaultsHandlers {

    private FaultsHandlers() {
    }

    public static void register(Frame<App> frame) {
        frame.registerExtractor(Faults.class, (app, query) -> app.faults());

        frame.onFx(LoadFaults.class, (cofx, event) -> Effects.of(admin(cofx.state(),
                HttpRequest.get(cofx.<App>state().api().url("/api/admin/faults")))));
        frame.on(FaultsLoaded.class, (app, event) -> app.withFaults(event.faults()));
        frame.onFx(SetFault.class, (cofx, event) -> Effects.of(admin(cofx.state(),
                HttpRequest.put(cofx.<App>state().api().url("/api/admin/faults"))
                        .json(JsonBuilder.object().putRaw(event.member(), event.json())))));
        frame.onFx(ResetFaults.class, (cofx, event) -> Effects.of(admin(cofx.state(),
                HttpRequest.post(cofx.<App>state().api().url("/api/admin/faults/reset")))));
        frame.onFx(DropSockets.class, (cofx, event) -> Effects.of(HttpRequest
                .post(cofx.<App>state().api().url("/api/admin/faults/drop-sockets"))
                .onSuccess(response -> new Notify("info", "The server dropped "
                        + response.json().integer("dropped") + " socket(s)."))
                .onFailure(FaultsHandlers::failed)
                .build()));
        frame.on(ThrowInHandler.class, (app, event) -> {
            throw new IllegalStateException("Thrown on purpose by the fault panel's button");
        });
    }

    private static HttpRequest admin(App app, HttpRequest.Builder request) {
        return request
                .retry(RetryPolicy.NONE)
                .onSuccess(response -> new FaultsLoaded(FaultsState.fromJson(response.json())))
                .onFailure(FaultsHandlers::failed)
                .build();
    }

    private static Notify failed(HttpFailure failure) {
        return new Notify("error", "The fault controls failed: " + failure.message());
    }
}
