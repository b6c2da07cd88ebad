package io.teaframe.view;

/**
 * A function of a component instance's DOM node, run when the instance enters or leaves
 * the page. See {@link RenderContext#onMount} and {@link RenderContext#onUnmount}.
 *
 * @param <N> the node handle type of the view's {@link DomPort}
 */
@FunctionalInterface
public interface LifecycleHook<N> {

    /** Runs with {@code node}, the root DOM node of the instance. */
    void run(N node);
}
