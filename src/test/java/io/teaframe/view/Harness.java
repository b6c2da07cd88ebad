package io.teaframe.view;

import io.teaframe.testkit.RecordingLogger;
import java.util.ArrayList;
import java.util.List;

/** A reconciler on a {@link FakeDom}, with the dispatched events and the log kept. */
final class Harness {

    final FakeDom dom = new FakeDom();
    final FakeDom.Node container = dom.container();
    final RecordingLogger logger = new RecordingLogger();
    final List<Object> dispatched = new ArrayList<>();
    final Reconciler<FakeDom.Node> reconciler = Reconciler.create(dom, dispatched::add, logger);

    /** Mounts {@code root}, then clears the calls the mount recorded. */
    Harness mount(VNode root) {
        reconciler.mount(container, root);
        dom.clearCalls();
        return this;
    }

    Harness update(VNode root) {
        reconciler.update(root);
        return this;
    }

    /** Returns the root element, the container's only child. */
    FakeDom.Node root() {
        return container.child(0);
    }

    String html() {
        StringBuilder out = new StringBuilder();
        for (FakeDom.Node child : container.children) {
            out.append(child.html());
        }
        return out.toString();
    }
}
