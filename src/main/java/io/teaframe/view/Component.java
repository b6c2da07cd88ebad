package io.teaframe.view;

/**
 * A named function from props to a {@link VNode} tree that may read subscriptions. Put
 * one in a tree with {@link Html#component(Component, Object)}, or make it the root of a
 * {@link View}.
 *
 * <pre>{@code
 * static final Component<Filter> TODO_LIST = Component.named("TodoList", (filter, context) -> {
 *     List<Todo> todos = context.read(new VisibleTodos(filter));
 *     List<VNode> rows = new ArrayList<>();
 *     for (Todo todo : todos) {
 *         rows.add(component(TODO_ITEM, todo, todo.id()));
 *     }
 *     return ul(children(rows));
 * });
 * }</pre>
 *
 * <p>A component object is a definition, shared by every place it appears. Its identity
 * matters: two component nodes match in the reconciler only when they hold the same
 * component object, so create each component once, in a constant. Each place in the
 * tree gets its own instance, with its own subscriptions and hooks.
 *
 * @param <P> the type of the props; compared with {@code equals} to decide whether the
 *     instance renders again, so records suit them best
 */
public final class Component<P> {

    private final String name;
    private final RenderFunction<P> render;

    private Component(String name, RenderFunction<P> render) {
        this.name = name;
        this.render = render;
    }

    /**
     * Returns a component that renders with {@code render}. {@code name} appears in error
     * reports, so make it the name a reader would search the code for.
     *
     * @throws IllegalArgumentException if the name is null or empty, or render is null
     */
    public static <P> Component<P> named(String name, RenderFunction<P> render) {
        if (name == null || name.isEmpty() || render == null) {
            throw new IllegalArgumentException("Component.named needs a non-empty name and a render function; got \""
                    + name + "\" and " + render);
        }
        return new Component<>(name, render);
    }

    /** Returns the name given to {@link #named}. */
    public String name() {
        return name;
    }

    VNode render(P props, RenderContext context) {
        return render.render(props, context);
    }

    @Override
    public String toString() {
        return "component " + name;
    }
}
