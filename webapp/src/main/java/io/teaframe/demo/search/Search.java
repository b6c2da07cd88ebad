package io.teaframe.demo.search;

import static io.teaframe.view.Html.attr;
import static io.teaframe.view.Html.cls;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.id;
import static io.teaframe.view.Html.input;
import static io.teaframe.view.Html.onEvent;
import static io.teaframe.view.Html.placeholder;
import static io.teaframe.view.Html.type;
import static io.teaframe.view.Html.value;

import io.teaframe.Frame;
import io.teaframe.demo.App;
import io.teaframe.demo.DomValues;
import io.teaframe.demo.users.UserEvents.LoadUsers;
import io.teaframe.demo.users.UserEvents.Users;
import io.teaframe.effect.Dispatch;
import io.teaframe.effect.Effects;
import io.teaframe.timer.Debounce;
import io.teaframe.view.Component;
import io.teaframe.view.EventType;

/**
 * The search box. Each keystroke only stores the text and restarts a debounce, so a burst
 * of typing loads the table once, {@value #DEBOUNCE_MILLIS} ms after the last key. The
 * load has the table's request id, so it also aborts a load still in flight.
 */
public final class Search {

    static final double DEBOUNCE_MILLIS = 300;

    /** The user changed the search text. */
    public record SearchTyped(String text) {
    }

    /** The debounce fired with the text typed last. */
    public record SearchSettled(String text) {
    }

    private Search() {
    }

    public static void register(Frame<App> frame) {
        frame.onFx(SearchTyped.class, (cofx, event) -> {
            App app = cofx.state();
            return Effects.state(app.withUsers(app.users().withSearchText(event.text())))
                    .and(Debounce.of("search", DEBOUNCE_MILLIS, new SearchSettled(event.text())));
        });
        frame.onFx(SearchSettled.class, (cofx, event) -> {
            App app = cofx.state();
            String query = event.text().strip();
            if (query.equals(app.users().query())) {
                return Effects.none();
            }
            return Effects.state(app.withUsers(app.users().withQuery(query))).and(new Dispatch(new LoadUsers()));
        });
    }

    public static final Component<Void> VIEW = Component.named("Search", (props, ctx) -> div(cls("search"),
            input(id("search"), type("search"), placeholder("Search by name or email"), attr("autocomplete", "off"),
                    attr("aria-label", "Search users"),
                    value(ctx.read(new Users()).searchText()),
                    onEvent(EventType.INPUT, (domEvent, dispatcher) ->
                            dispatcher.dispatch(new SearchTyped(DomValues.inputValue(domEvent)))))));
}
