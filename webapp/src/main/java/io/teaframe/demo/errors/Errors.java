package io.teaframe.demo.errors;

import static io.teaframe.view.Html.button;
import static io.teaframe.view.Html.children;
import static io.teaframe.view.Html.cls;
import static io.teaframe.view.Html.code;
import static io.teaframe.view.Html.h2;
import static io.teaframe.view.Html.id;
import static io.teaframe.view.Html.key;
import static io.teaframe.view.Html.li;
import static io.teaframe.view.Html.on;
import static io.teaframe.view.Html.p;
import static io.teaframe.view.Html.section;
import static io.teaframe.view.Html.span;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.ul;

import io.teaframe.Frame;
import io.teaframe.FrameError;
import io.teaframe.demo.App;
import io.teaframe.demo.errors.ErrorsState.Entry;
import io.teaframe.sub.Query;
import io.teaframe.view.Component;
import io.teaframe.view.EventType;
import io.teaframe.view.VNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The error panel, fed by the frame's error boundary: every failure no handler dealt
 * with (a handler or effect that threw, a socket message that did not route, a render
 * that failed) becomes an {@link ErrorRaised} event.
 */
public final class Errors {

    public record ErrorRaised(FrameError error) {
    }

    public record ClearErrors() {
    }

    public record Reported() implements Query<ErrorsState> {
    }

    private Errors() {
    }

    public static void register(Frame<App> frame) {
        frame.registerExtractor(Reported.class, (app, query) -> app.errors());
        frame.onError(ErrorRaised::new);
        frame.on(ErrorRaised.class, (app, event) -> {
            FrameError error = event.error();
            String cause = error.cause() == null ? "unknown cause" : String.valueOf(error.cause().getMessage());
            String where = error.event() == null ? "" : " while handling " + error.event().getClass().getSimpleName();
            return app.withErrors(app.errors().with(String.valueOf(error.phase()), cause + where,
                    error.timeMillis()));
        });
        frame.on(ClearErrors.class, (app, event) -> app.withErrors(ErrorsState.initial()));
    }

    public static final Component<Void> VIEW = Component.named("Errors", (props, ctx) -> {
        ErrorsState errors = ctx.read(new Reported());
        List<VNode> items = new ArrayList<>();
        for (Entry entry : errors.entries()) {
            items.add(li(key(entry.id()), cls("error-entry"), code(text(entry.phase())), span(text(" " + entry.text()))));
        }
        return section(id("errors"), cls("panel"),
                h2(text("Errors"), span(cls("count"), text(Integer.toString(errors.entries().size())))),
                errors.entries().isEmpty() ? p(cls("muted"), text("Nothing went wrong that no handler caught."))
                        : ul(cls("error-list"), children(items)),
                errors.entries().isEmpty() ? null
                        : button(id("clear-errors"), on(EventType.CLICK, new ClearErrors()), text("Clear")));
    });
}
