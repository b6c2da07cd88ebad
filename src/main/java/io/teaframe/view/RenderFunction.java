package io.teaframe.view;

/**
 * The body of a {@link Component}, which builds the tree for {@code props}. It reads app
 * data only through {@link RenderContext#read}, so that its instance renders again when
 * that data changes. It must not change the DOM or the app state. Event handlers in the
 * tree dispatch events instead.
 *
 * @param <P> the type of the props
 */
@FunctionalInterface
public interface RenderFunction<P> {

    /** Returns the tree for {@code props}; never null. */
    VNode render(P props, RenderContext context);
}
