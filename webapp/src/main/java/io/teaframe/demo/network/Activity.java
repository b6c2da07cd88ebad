package io.teaframe.demo.network;

import static io.teaframe.view.Html.attr;
import static io.teaframe.view.Html.children;
import static io.teaframe.view.Html.cls;
import static io.teaframe.view.Html.code;
import static io.teaframe.view.Html.h2;
import static io.teaframe.view.Html.id;
import static io.teaframe.view.Html.key;
import static io.teaframe.view.Html.li;
import static io.teaframe.view.Html.ol;
import static io.teaframe.view.Html.p;
import static io.teaframe.view.Html.section;
import static io.teaframe.view.Html.span;
import static io.teaframe.view.Html.text;

import io.teaframe.Frame;
import io.teaframe.demo.App;
import io.teaframe.demo.network.ActivityState.Attempt;
import io.teaframe.sub.Query;
import io.teaframe.view.Component;
import io.teaframe.view.VNode;
import java.util.ArrayList;
import java.util.List;

/** The activity log: each HTTP attempt with its status, newest first. */
public final class Activity {

    public record AttemptStarted(int number, String method, String url) {
    }

    /** An attempt ended with {@code status}, or with -1 when no response arrived. */
    public record AttemptEnded(int number, int status) {
    }

    public record Attempts() implements Query<ActivityState> {
    }

    private Activity() {
    }

    public static void register(Frame<App> frame) {
        frame.registerExtractor(Attempts.class, (app, query) -> app.activity());
        frame.on(AttemptStarted.class, (app, event) -> app.withActivity(app.activity().withStarted(event.number(),
                event.method(), event.url())));
        frame.on(AttemptEnded.class, (app, event) -> app.withActivity(app.activity().withEnded(event.number(),
                event.status())));
    }

    public static final Component<Void> VIEW = Component.named("Activity", (props, ctx) -> {
        List<Attempt> attempts = ctx.read(new Attempts()).attempts();
        List<VNode> items = new ArrayList<>();
        for (int i = attempts.size() - 1; i >= 0; i--) {
            Attempt attempt = attempts.get(i);
            String outcome = attempt.status() == 0 ? "…" : attempt.status() < 0 ? "failed" : Integer.toString(
                    attempt.status());
            String kind = attempt.status() == 0 ? "pending" : attempt.status() >= 200 && attempt.status() < 300
                    ? "ok" : "error";
            items.add(li(key(attempt.number()), cls("attempt attempt-" + kind),
                    attr("data-status", Integer.toString(attempt.status())),
                    span(cls("attempt-status"), text(outcome)),
                    code(text(attempt.method() + " " + shortUrl(attempt.url())))));
        }
        return section(id("activity"), cls("panel"), h2(text("Network activity")),
                items.isEmpty() ? p(cls("muted"), text("No requests yet.")) : ol(cls("attempts"), children(items)));
    });

    /** Returns the path and query of {@code url}, dropping the scheme and host of an absolute URL. */
    private static String shortUrl(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int path = url.indexOf('/', scheme + 3);
        return path < 0 ? "/" : url.substring(path);
    }
}
