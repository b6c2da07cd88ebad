package io.teaframe.sub;

import java.util.ArrayList;
import java.util.List;

/** One live query in the graph: its value, its inputs and its reference count. */
final class Node {

    final Query<?> query;
    final Definition definition;
    final Node[] inputs;

    Object value;

    /** Open subscriptions plus nodes built on this one. */
    int references;

    /** Set while one propagation runs: the value changed in this round. */
    boolean changed;

    final List<Subscription<?>> subscriptions = new ArrayList<>(1);

    Node(Query<?> query, Definition definition, Node[] inputs) {
        this.query = query;
        this.definition = definition;
        this.inputs = inputs;
    }

    boolean anyInputChanged() {
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i].changed) {
                return true;
            }
        }
        return false;
    }

    private static final Object[] NO_VALUES = new Object[0];

    /** Returns the input values in order; extractors share one empty array. */
    Object[] inputValues() {
        if (inputs.length == 0) {
            return NO_VALUES;
        }
        Object[] values = new Object[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            values[i] = inputs[i].value;
        }
        return values;
    }
}
