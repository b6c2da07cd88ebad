package io.teaframe.demo.users;

import static io.teaframe.view.Html.attr;
import static io.teaframe.view.Html.button;
import static io.teaframe.view.Html.children;
import static io.teaframe.view.Html.classIf;
import static io.teaframe.view.Html.cls;
import static io.teaframe.view.Html.disabled;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.id;
import static io.teaframe.view.Html.key;
import static io.teaframe.view.Html.on;
import static io.teaframe.view.Html.p;
import static io.teaframe.view.Html.span;
import static io.teaframe.view.Html.table;
import static io.teaframe.view.Html.tbody;
import static io.teaframe.view.Html.td;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.th;
import static io.teaframe.view.Html.thead;
import static io.teaframe.view.Html.tr;

import io.teaframe.demo.details.DetailsEvents.OpenDetails;
import io.teaframe.demo.users.UserEvents.ChangePage;
import io.teaframe.demo.users.UserEvents.DismissNotice;
import io.teaframe.demo.users.UserEvents.RefreshUsers;
import io.teaframe.demo.users.UserEvents.SortBy;
import io.teaframe.demo.users.UserEvents.Users;
import io.teaframe.view.Component;
import io.teaframe.view.EventType;
import io.teaframe.view.VNode;
import java.util.ArrayList;
import java.util.List;

/** The users table with its status line, pager and save notice. */
public final class UsersView {

    private UsersView() {
    }

    public static final Component<Void> TABLE = Component.named("UsersTable", (props, ctx) -> {
        UsersState users = ctx.read(new Users());
        List<VNode> rows = new ArrayList<>();
        for (User user : users.rows()) {
            rows.add(row(user, users.saving().containsKey(user.id())));
        }
        return div(id("users"), cls("panel users-panel"), attr("data-status", users.status().name().toLowerCase()),
                status(users),
                notice(users),
                table(id("users-table"), cls("users-table"),
                        thead(tr(
                                sortHeader(users, "name", "Name"),
                                sortHeader(users, "email", "Email"),
                                th(text("Role")),
                                th(text("Team")),
                                th(text("Active")),
                                sortHeader(users, "created", "Created"))),
                        tbody(id("users-rows"), children(rows))),
                rows.isEmpty() && users.status() == UsersState.LoadStatus.LOADED
                        ? p(id("no-users"), cls("muted"), text("No user matches “" + users.query() + "”."))
                        : null,
                pager(users));
    });

    private static VNode row(User user, boolean saving) {
        return tr(key(user.id()), cls("user-row"), classIf("saving", saving), classIf("inactive", !user.active()),
                attr("data-id", Integer.toString(user.id())), attr("data-version", Integer.toString(user.version())),
                on(EventType.CLICK, new OpenDetails(user.id())),
                td(cls("user-name"), text(user.name())),
                td(cls("user-email"), text(user.email())),
                td(cls("user-role"), span(cls("role role-" + user.role()), text(user.role()))),
                td(cls("user-team"), text(user.team())),
                td(cls("user-active"), text(user.active() ? "yes" : "no")),
                td(cls("user-created"), text(user.created())));
    }

    private static VNode sortHeader(UsersState users, String column, String label) {
        boolean sorted = users.sort().equals(column);
        String arrow = !sorted ? "" : users.dir().equals("asc") ? " ▲" : " ▼";
        return th(cls("sortable"), classIf("sorted", sorted), attr("data-sort", column),
                attr("aria-sort", !sorted ? "none" : users.dir().equals("asc") ? "ascending" : "descending"),
                on(EventType.CLICK, new SortBy(column)), text(label + arrow));
    }

    private static VNode status(UsersState users) {
        String line = switch (users.status()) {
            case LOADING -> "Loading…";
            case FAILED -> "Could not load the users after " + attemptsText(users.attempts()) + ". " + users.message();
            case LOADED -> users.total() + " users" + (users.query().isEmpty() ? "" : " matching “" + users.query() + "”")
                    + (users.fromCache() ? ", from the cache" : ", loaded after " + attemptsText(users.attempts()));
        };
        return div(id("users-status"), cls("status-line"), attr("data-attempts", Integer.toString(users.attempts())),
                classIf("error", users.status() == UsersState.LoadStatus.FAILED),
                span(text(line)),
                button(id("refresh"), cls("link"), on(EventType.CLICK, new RefreshUsers()), text("Refresh")));
    }

    private static String attemptsText(int attempts) {
        return attempts == 1 ? "1 attempt" : attempts + " attempts";
    }

    private static VNode notice(UsersState users) {
        if (users.notice().isEmpty()) {
            return null;
        }
        return div(id("save-notice"), cls("notice notice-" + users.noticeKind()), attr("data-kind", users.noticeKind()),
                span(text(users.notice())),
                button(cls("link"), on(EventType.CLICK, new DismissNotice()), text("Dismiss")));
    }

    private static VNode pager(UsersState users) {
        return div(cls("pager"),
                button(id("page-prev"), disabled(users.page() <= 1), on(EventType.CLICK, new ChangePage(users.page() - 1)),
                        text("‹ Previous")),
                span(id("page-info"), text("Page " + users.page() + " of " + users.pages())),
                button(id("page-next"), disabled(users.page() >= users.pages()),
                        on(EventType.CLICK, new ChangePage(users.page() + 1)), text("Next ›")));
    }
}
