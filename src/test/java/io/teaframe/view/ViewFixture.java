package io.teaframe.view;

import io.teaframe.sub.Query;
import io.teaframe.testkit.TestFrame;
import io.teaframe.testkit.VirtualTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test frame with a small app state, a {@link FakeDom}, and components that count
 * their renders. Components made with {@link #counted} log "render NAME" in order.
 */
final class ViewFixture {

    record App(String title, int count, boolean showTitle, List<String> items) {
    }

    record Title() implements Query<String> {
    }

    record Count() implements Query<Integer> {
    }

    record ShowTitle() implements Query<Boolean> {
    }

    record Items() implements Query<List<String>> {
    }

    record Increment() {
    }

    record SetTitle(String title) {
    }

    record SetShowTitle(boolean show) {
    }

    record SetItems(List<String> items) {
    }

    final TestFrame<App> t = TestFrame.create(new App("hello", 0, true, List.of("a", "b", "c")));
    final FakeDom dom = new FakeDom();
    final FakeDom.Node container = dom.container();
    final List<String> log = new ArrayList<>();
    private final Map<String, Integer> renders = new HashMap<>();

    ViewFixture() {
        t.frame().registerExtractor(Title.class, (state, query) -> state.title());
        t.frame().registerExtractor(Count.class, (state, query) -> state.count());
        t.frame().registerExtractor(ShowTitle.class, (state, query) -> state.showTitle());
        t.frame().registerExtractor(Items.class, (state, query) -> state.items());
        t.frame().on(Increment.class, (state, e) -> new App(state.title(), state.count() + 1, state.showTitle(), state.items()));
        t.frame().on(SetTitle.class, (state, e) -> new App(e.title(), state.count(), state.showTitle(), state.items()));
        t.frame().on(SetShowTitle.class, (state, e) -> new App(state.title(), state.count(), e.show(), state.items()));
        t.frame().on(SetItems.class, (state, e) -> new App(state.title(), state.count(), state.showTitle(), e.items()));
    }

    /** Returns a component that counts and logs each call of {@code body}. */
    <P> Component<P> counted(String name, RenderFunction<P> body) {
        return Component.named(name, (props, context) -> {
            renders.merge(name, 1, Integer::sum);
            log.add("render " + name);
            return body.render(props, context);
        });
    }

    <P> View<P> mount(Component<P> root, P props) {
        return View.mount(t.frame(), dom, container, root, props);
    }

    int renders(String name) {
        return renders.getOrDefault(name, 0);
    }

    /** Queues {@code event} and handles it, without running any animation frame. */
    ViewFixture dispatch(Object event) {
        t.dispatchAndDrain(event);
        return this;
    }

    /** Moves virtual time to the next animation frame and runs it. */
    ViewFixture nextFrame() {
        t.advance(VirtualTime.FRAME_MILLIS);
        return this;
    }

    int liveNodes() {
        return t.frame().subscriptions().nodeCount();
    }

    String html() {
        StringBuilder out = new StringBuilder();
        for (FakeDom.Node child : container.children) {
            out.append(child.html());
        }
        return out.toString();
    }
}
