package io.teaframe.demo.notifications;

import static io.teaframe.demo.DemoHarness.push;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.teaframe.demo.DemoHarness;
import io.teaframe.demo.connection.ConnectionEvents.Connect;
import io.teaframe.demo.notifications.Notifications.Dismiss;
import io.teaframe.demo.notifications.Notifications.Notify;
import io.teaframe.demo.notifications.NotificationsState.Notification;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationsTest {

    private final DemoHarness app = new DemoHarness();

    @Test
    void notificationDismissesAfterItsDelay() {
        app.dispatch(new Notify("info", "Saved"));
        assertEquals(List.of(new Notification(1, "info", "Saved")), app.state().notifications().shown());

        app.advance(Notifications.SHOWN_MILLIS - 1);
        assertEquals(1, app.state().notifications().shown().size());

        app.advance(1);
        assertEquals(List.of(), app.state().notifications().shown());
    }

    @Test
    void eachNotificationHasItsOwnDelay() {
        app.dispatch(new Notify("info", "first"));
        app.advance(1_000);
        app.dispatch(new Notify("warning", "second"));

        app.advance(Notifications.SHOWN_MILLIS - 1_000);

        assertEquals(List.of(new Notification(2, "warning", "second")), app.state().notifications().shown());
        app.advance(1_000);
        assertEquals(List.of(), app.state().notifications().shown());
    }

    @Test
    void dismissRemovesItAtOnce() {
        app.dispatch(new Notify("info", "first")).dispatch(new Notify("info", "second"));

        app.dispatch(new Dismiss(1));

        assertEquals(List.of(new Notification(2, "info", "second")), app.state().notifications().shown());
    }

    @Test
    void serverNotificationIsShown() {
        app.dispatch(new Connect());
        app.acceptSocket().send(push("{\"type\":\"notification\",\"level\":\"info\",\"text\":\"Ada was renamed\"}"));
        app.test.drain();

        assertEquals(List.of(new Notification(1, "info", "Ada was renamed")), app.state().notifications().shown());
    }

    @Test
    void atMostFiveAreShown() {
        for (int i = 1; i <= 7; i++) {
            app.dispatch(new Notify("info", "n" + i));
        }

        List<Notification> shown = app.state().notifications().shown();
        assertEquals(NotificationsState.MAX_SHOWN, shown.size());
        assertEquals("n3", shown.get(0).text());
    }
}
