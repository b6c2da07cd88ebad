package io.teaframe.demo.notifications;

import static io.teaframe.view.Html.attr;
import static io.teaframe.view.Html.button;
import static io.teaframe.view.Html.children;
import static io.teaframe.view.Html.cls;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.id;
import static io.teaframe.view.Html.key;
import static io.teaframe.view.Html.on;
import static io.teaframe.view.Html.span;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.title;

import io.teaframe.Frame;
import io.teaframe.demo.App;
import io.teaframe.demo.notifications.NotificationsState.Notification;
import io.teaframe.effect.Effects;
import io.teaframe.sub.Query;
import io.teaframe.timer.StartTimeout;
import io.teaframe.timer.StopTimer;
import io.teaframe.view.Component;
import io.teaframe.view.EventType;
import io.teaframe.view.VNode;
import java.util.ArrayList;
import java.util.List;

/** Notifications that dismiss themselves after {@value #SHOWN_MILLIS} ms, or on a click. */
public final class Notifications {

    static final double SHOWN_MILLIS = 4_000;

    /** Shows a notification; {@code level} is {@code info}, {@code warning} or {@code error}. */
    public record Notify(String level, String text) {
    }

    public record Dismiss(int id) {
    }

    public record Shown() implements Query<NotificationsState> {
    }

    private Notifications() {
    }

    public static void register(Frame<App> frame) {
        frame.registerExtractor(Shown.class, (app, query) -> app.notifications());
        frame.onFx(Notify.class, (cofx, event) -> {
            App app = cofx.state();
            int id = app.notifications().nextId();
            return Effects.state(app.withNotifications(app.notifications().with(event.level(), event.text())))
                    .and(new StartTimeout(timerId(id), SHOWN_MILLIS, new Dismiss(id), null));
        });
        frame.onFx(Dismiss.class, (cofx, event) -> {
            App app = cofx.state();
            return Effects.state(app.withNotifications(app.notifications().without(event.id())))
                    .and(new StopTimer(timerId(event.id())));
        });
    }

    private static String timerId(int id) {
        return "notification-" + id;
    }

    public static final Component<Void> VIEW = Component.named("Notifications", (props, ctx) -> {
        List<VNode> items = new ArrayList<>();
        for (Notification notification : ctx.read(new Shown()).shown()) {
            items.add(div(key(notification.id()), cls("toast toast-" + notification.level()),
                    attr("data-level", notification.level()), attr("role", "status"),
                    span(cls("toast-text"), text(notification.text())),
                    button(cls("toast-close"), title("Dismiss"), on(EventType.CLICK, new Dismiss(notification.id())),
                            text("×"))));
        }
        return div(id("notifications"), attr("aria-live", "polite"), children(items));
    });
}
