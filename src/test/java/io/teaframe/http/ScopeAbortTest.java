package io.teaframe.http;

import static io.teaframe.http.HttpFixture.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.flow.CancelFlow;
import io.teaframe.flow.EventMatcher;
import io.teaframe.flow.Flow;
import io.teaframe.flow.Flows;
import io.teaframe.flow.Rule;
import io.teaframe.flow.StartFlow;
import io.teaframe.scope.CancelScope;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A request's group is a scope: ending the owner ends its requests silently. */
class ScopeAbortTest {

    private final HttpFixture f = new HttpFixture();

    @Test
    void cancelScopeEndsRequestSilently() {
        f.run(get("/api/user", "user").group("panel").build());
        assertEquals(1, f.t.frame().scopes().count("panel"));

        f.run(new CancelScope("panel"));
        assertTrue(f.transport.last().isCancelled());
        f.transport.last().respondJson(200, "{}");
        f.drain();

        assertEquals(List.of(), f.handled);
        assertEquals(0, f.http.runningRequests());
        assertEquals(0, f.t.frame().scopes().size());
        f.t.assertNoErrors();
    }

    @Test
    void finishedRequestLeavesScope() {
        f.run(get("/api/user", "user").group("panel").build());
        f.transport.last().respondJson(200, "{}");
        f.drain();

        assertEquals(List.of("Ok user"), f.handled);
        assertEquals(0, f.t.frame().scopes().size());
    }

    @Test
    void abortedRequestLeavesScope() {
        f.run(get("/api/user", "user").id("load").group("panel").build());
        f.run(new AbortRequest("load"));

        assertEquals(List.of("Failed user"), f.handled);
        assertEquals(0, f.t.frame().scopes().size());
    }

    @Test
    void cancelledFlowAbortsItsRequests() {
        Flows.install(f.t.frame());
        Flow details = Flow.named("details")
                .rule(Rule.whenAny(EventMatcher.of(HttpFixture.Noop.class)).dispatch(new HttpFixture.Noop()).halt());
        f.run(new StartFlow(details), get("/api/user", "user").group("details").build(),
                get("/api/other", "other").build());

        f.run(new CancelFlow("details"));
        assertTrue(f.transport.request(0).isCancelled());
        f.transport.request(1).respondJson(200, "{}");
        f.drain();

        assertEquals(List.of("Ok other"), f.handled);
        assertEquals(0, f.http.runningRequests());
        f.t.assertNoErrors();
    }
}
