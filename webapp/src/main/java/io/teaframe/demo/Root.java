package io.teaframe.demo;

import static io.teaframe.view.Html.cls;
import static io.teaframe.view.Html.component;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.h1;
import static io.teaframe.view.Html.header;
import static io.teaframe.view.Html.main;
import static io.teaframe.view.Html.span;
import static io.teaframe.view.Html.text;

import io.teaframe.demo.chat.ChatView;
import io.teaframe.demo.connection.ConnectionView;
import io.teaframe.demo.details.DetailsView;
import io.teaframe.demo.errors.Errors;
import io.teaframe.demo.faults.FaultsView;
import io.teaframe.demo.network.Activity;
import io.teaframe.demo.notifications.Notifications;
import io.teaframe.demo.search.Search;
import io.teaframe.demo.users.UsersView;
import io.teaframe.view.Component;

/**
 * The page layout. It reads no subscription, so it renders once. Each panel is a
 * component that renders again only when the part of the state it reads changes.
 */
final class Root {

    private Root() {
    }

    static final Component<Void> PAGE = Component.named("Page", (props, ctx) -> div(cls("page"),
            header(cls("top"),
                    h1(text("teaframe"), span(cls("subtitle"), text(" user directory demo"))),
                    component(ConnectionView.BADGE, null)),
            component(Notifications.VIEW, null),
            main(cls("grid"),
                    div(cls("column-main"), component(Search.VIEW, null), component(UsersView.TABLE, null)),
                    div(cls("column-side"), component(DetailsView.PANEL, null), component(ChatView.PANEL, null))),
            div(cls("grid grid-bottom"),
                    component(FaultsView.PANEL, null),
                    component(Activity.VIEW, null),
                    component(Errors.VIEW, null))));
}
