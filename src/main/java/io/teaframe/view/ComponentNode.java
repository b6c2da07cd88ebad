package io.teaframe.view;

/**
 * A place for a component instance in the tree: the component, its props and an
 * optional key. It matches an old node when both hold the same component object and
 * the same key. Then the instance stays, with the new props.
 */
final class ComponentNode extends VNode {

    final Component<?> component;
    final Object props;
    final Object key;

    ComponentNode(Component<?> component, Object props, Object key) {
        this.component = component;
        this.props = props;
        this.key = key;
    }

    @Override
    Object key() {
        return key;
    }

    @Override
    public String toString() {
        return key == null ? component.toString() : component + " key=" + key;
    }
}
