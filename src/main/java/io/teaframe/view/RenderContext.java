package io.teaframe.view;

import io.teaframe.sub.Query;

/**
 * The access a {@link RenderFunction} has besides its props: subscription reads and
 * lifecycle hooks. Each component instance has one context, valid only while its render
 * function runs.
 */
public final class RenderContext {

    private final ComponentInstance<?> instance;

    RenderContext(ComponentInstance<?> instance) {
        this.instance = instance;
    }

    /**
     * Returns the current value of {@code query} and tracks it: when its value changes,
     * this instance renders again in the next animation frame. A query read in one
     * render and not in the next is released after that render. Equal queries share one
     * subscription, within the instance and across the frame.
     *
     * @throws io.teaframe.sub.NoSubscriptionException if no subscription is registered
     *     for the query's class; the render fails and is reported with the component's
     *     name
     * @throws IllegalStateException if called after the render function returned, for
     *     example from an event handler
     */
    public <T> T read(Query<T> query) {
        return instance.read(query);
    }

    /**
     * Declares a hook that runs once, after the instance's DOM is in the page, with its
     * root DOM node: focus an input, measure, start a timer. Hooks are taken from the
     * first render that succeeds, and calls in later renders are ignored, so a render
     * may declare them every time. In one pass, children's mount hooks run before their
     * parent's, because a parent is mounted only when its children are.
     *
     * @param <N> the node handle type of the view's {@link DomPort}. A hook declared with
     *     another type gets a {@link ClassCastException}, reported like any hook error
     */
    public <N> void onMount(LifecycleHook<N> hook) {
        instance.declareHook(hook, true);
    }

    /**
     * Declares a hook that runs once, when the instance leaves the page, with its root
     * DOM node still attached: stop a timer, close a socket the view owns. Taken from the
     * first successful render like {@link #onMount}. A parent's unmount hooks run before
     * its children's.
     */
    public <N> void onUnmount(LifecycleHook<N> hook) {
        instance.declareHook(hook, false);
    }

    /**
     * Returns the id of this instance's scope, the same on every call. Timers, debounces
     * and flows started with it as their scope stop when the instance unmounts:
     *
     * <pre>{@code
     * String scope = context.scope();
     * context.onMount(node -> frame.dispatch(new ClockShown(scope)));
     * // and the ClockShown handler returns new StartInterval("clock", 1_000, new Tick(), e.scope())
     * }</pre>
     *
     * <p>Unlike {@link #read}, it may also be called from the instance's hooks.
     */
    public String scope() {
        return instance.scope();
    }
}
