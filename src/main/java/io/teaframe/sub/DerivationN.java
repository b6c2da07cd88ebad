package io.teaframe.sub;

import java.util.List;

/** Computes a query's value from the values of any number of input queries, in order. */
@FunctionalInterface
public interface DerivationN<Q, T> {

    T derive(List<Object> inputs, Q query);
}
