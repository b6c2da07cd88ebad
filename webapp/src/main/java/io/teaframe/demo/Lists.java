package io.teaframe.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Copy-on-write helpers for the immutable lists in the app state. */
public final class Lists {

    private Lists() {
    }

    /** Returns a copy of {@code list} with {@code item} added and only the last {@code max} items kept. */
    public static <T> List<T> appendCapped(List<T> list, T item, int max) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        while (copy.size() > max) {
            copy.remove(0);
        }
        return copy;
    }

    /** Returns a copy of {@code list} without the items that match {@code remove}. */
    public static <T> List<T> without(List<T> list, Predicate<? super T> remove) {
        List<T> copy = new ArrayList<>(list);
        copy.removeIf(remove);
        return copy;
    }

    /** Returns a copy of {@code list} with each item that matches {@code match} replaced by {@code change}. */
    public static <T> List<T> replace(List<T> list, Predicate<? super T> match, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(list.size());
        for (T item : list) {
            copy.add(match.test(item) ? change.apply(item) : item);
        }
        return copy;
    }
}
