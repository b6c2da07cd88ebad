package io.teaframe.demo;

import io.teaframe.demo.chat.ChatState;
import io.teaframe.demo.connection.ConnectionState;
import io.teaframe.demo.details.DetailsState;
import io.teaframe.demo.errors.ErrorsState;
import io.teaframe.demo.faults.FaultsState;
import io.teaframe.demo.network.ActivityState;
import io.teaframe.demo.notifications.NotificationsState;
import io.teaframe.demo.users.UsersState;

/**
 * The demo's whole state: one value per feature. Handlers return a new {@code App} with
 * one part replaced through the {@code with...} methods.
 */
public record App(Api api, UsersState users, DetailsState details, ChatState chat, ConnectionState connection,
        NotificationsState notifications, ErrorsState errors, FaultsState faults, ActivityState activity) {

    public static App initial(Api api) {
        return new App(api, UsersState.initial(), DetailsState.CLOSED, ChatState.initial(),
                ConnectionState.initial(), NotificationsState.initial(), ErrorsState.initial(), FaultsState.UNKNOWN,
                ActivityState.initial());
    }

    public App withUsers(UsersState value) {
        return new App(api, value, details, chat, connection, notifications, errors, faults, activity);
    }

    public App withDetails(DetailsState value) {
        return new App(api, users, value, chat, connection, notifications, errors, faults, activity);
    }

    public App withChat(ChatState value) {
        return new App(api, users, details, value, connection, notifications, errors, faults, activity);
    }

    public App withConnection(ConnectionState value) {
        return new App(api, users, details, chat, value, notifications, errors, faults, activity);
    }

    public App withNotifications(NotificationsState value) {
        return new App(api, users, details, chat, connection, value, errors, faults, activity);
    }

    public App withErrors(ErrorsState value) {
        return new App(api, users, details, chat, connection, notifications, value, faults, activity);
    }

    public App withFaults(FaultsState value) {
        return new App(api, users, details, chat, connection, notifications, errors, value, activity);
    }

    public App withActivity(ActivityState value) {
        return new App(api, users, details, chat, connection, notifications, errors, faults, value);
    }
}
