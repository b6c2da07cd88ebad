package io.teaframe.view;

import org.teavm.jso.JSObject;

/**
 * Reconciles one element's list of children. The package documentation walks through
 * the algorithm with an example; the phases below carry the same names.
 */
final class ChildrenDiff<N extends JSObject> {

    private final Renderer<N> renderer;

    ChildrenDiff(Renderer<N> renderer) {
        this.renderer = renderer;
    }

    /** Creates and appends the children of a new element, and links them to {@code parent}. */
    void createAll(Mounted<N> parent, ElementNode element) {
        int count = element.childCount();
        if (count > 1) {
            reportDuplicateKeys(element, element.childArray());
        }

        String namespace = Namespaces.ofChildren(parent.namespace, element.tag);
        Mounted<N> last = null;
        for (int i = 0; i < count; i++) {
            Mounted<N> created = renderer.create(element.child(i), namespace, parent.node);
            renderer.port.insertBefore(parent.node, created.dom(), null);
            if (last == null) {
                parent.firstChild = created;
            } else {
                last.nextSibling = created;
            }
            last = created;
        }
    }

    /**
     * Updates the children of {@code parent} from its mounted children to those of
     * {@code element}, and links the new mounted children to it in order.
     */
    void update(Mounted<N> parent, ElementNode element) {
        int count = element.childCount();
        N parentDom = parent.node;

        // Clear: one textContent write removes every child, after their unmount hooks ran.
        if (count == 0) {
            if (parent.firstChild != null) {
                for (Mounted<N> child = parent.firstChild; child != null; child = child.nextSibling) {
                    renderer.release(child, false);
                }
                renderer.port.setText(parentDom, "");
                parent.firstChild = null;
            }
            return;
        }

        // Phase 1, common prefix: patch in place while the kinds match.
        Mounted<N> unmatched = parent.firstChild;
        int prefix = 0;
        while (unmatched != null && prefix < count && renderer.patchIfSameKind(unmatched, element.child(prefix))) {
            unmatched = unmatched.nextSibling;
            prefix++;
        }

        // The usual case: every child matched in place, so the list stays as it is.
        if (unmatched == null && prefix == count) {
            return;
        }
        Mounted<N>[] old = Mounted.array(parent.childCount());
        int index = 0;
        for (Mounted<N> child = parent.firstChild; child != null; child = child.nextSibling) {
            old[index++] = child;
        }
        VNode[] next = element.childArray();
        Mounted<N>[] result = Mounted.array(count);
        System.arraycopy(old, 0, result, 0, prefix);
        reconcileAfterPrefix(parent, element, next, old, prefix, result);
        parent.linkChildren(result, count);
    }

    /**
     * Runs phases 2 to 7 on the children after the common prefix of {@code prefix}
     * children, and fills {@code result} with the mounted children in their new order.
     */
    private void reconcileAfterPrefix(Mounted<N> parent, ElementNode element, VNode[] next, Mounted<N>[] old,
            int prefix, Mounted<N>[] result) {
        N parentDom = parent.node;
        DomPort<N> port = renderer.port;
        String namespace = Namespaces.ofChildren(parent.namespace, element.tag);

        // The children not matched yet are old[oldStart..oldEnd] and next[newStart..newEnd].
        // In the DOM they lie between the matched prefix and the matched suffix.
        int oldStart = prefix;
        int newStart = prefix;
        int oldEnd = old.length - 1;
        int newEnd = next.length - 1;

        // Phase 2, common suffix and crossed ends, repeated with the prefix until no end matches.
        while (oldStart <= oldEnd && newStart <= newEnd) {
            Mounted<N> first = old[oldStart];
            Mounted<N> last = old[oldEnd];
            if (renderer.patchIfSameKind(last, next[newEnd])) {
                result[newEnd--] = last;
                oldEnd--;
            } else if (renderer.patchIfSameKind(first, next[newStart])) {
                result[newStart++] = first;
                oldStart++;
            } else if (first.vnode.key() != null && Renderer.sameKind(first.vnode, next[newEnd])) {
                // The first old child is the last new one: it moves before the matched suffix.
                renderer.patch(first, next[newEnd]);
                port.insertBefore(parentDom, first.dom(), newEnd + 1 < next.length ? result[newEnd + 1].dom() : null);
                result[newEnd--] = first;
                oldStart++;
            } else if (last.vnode.key() != null && Renderer.sameKind(last.vnode, next[newStart])) {
                // The last old child is the first new one: it moves after the matched prefix.
                renderer.patch(last, next[newStart]);
                port.insertBefore(parentDom, last.dom(), first.dom());
                result[newStart++] = last;
                oldEnd--;
            } else {
                break;
            }
        }

        // Phase 3, only insertions left: create them before the first suffix node.
        if (oldStart > oldEnd) {
            if (newStart <= newEnd) {
                reportDuplicateKeys(element, next);
                N anchor = newEnd + 1 < next.length ? result[newEnd + 1].dom() : null;
                for (int i = newStart; i <= newEnd; i++) {
                    result[i] = renderer.create(next[i], namespace, parentDom);
                    port.insertBefore(parentDom, result[i].dom(), anchor);
                }
            }
            return;
        }

        // Phase 4, only removals left.
        if (newStart > newEnd) {
            for (int i = oldStart; i <= oldEnd; i++) {
                renderer.discard(parentDom, old[i]);
            }
            return;
        }

        reconcileMiddle(parentDom, element, next, namespace, old, oldStart, oldEnd, newStart, newEnd, result);
    }

    /**
     * Runs phases 5 to 7 on the middle that the prefix and suffix did not match. It pairs
     * old children with new ones and removes the unpaired old ones. Then it creates and
     * moves nodes from the end, leaving the longest increasing subsequence in place.
     */
    private void reconcileMiddle(N parentDom, ElementNode element, VNode[] next, String namespace,
            Mounted<N>[] old, int oldStart, int oldEnd, int newStart, int newEnd, Mounted<N>[] result) {
        int count = newEnd - newStart + 1;

        // sources[i] is the old index of the node that becomes new child newStart + i, or -1.
        int[] sources = new int[count];
        for (int i = 0; i < count; i++) {
            sources[i] = -1;
        }

        // The unkeyed new children of the middle, in order: they pair by position.
        int[] unkeyed = new int[count];
        int unkeyedCount = 0;
        for (int i = newStart; i <= newEnd; i++) {
            if (next[i].key() == null) {
                unkeyed[unkeyedCount++] = i;
            }
        }
        KeyIndex indexByKey = indexByKey(element, next);

        // Nothing of the old list stays, so one textContent write removes it all.
        boolean wholeLists = oldStart == 0 && oldEnd == old.length - 1 && newStart == 0 && newEnd == next.length - 1;
        if (wholeLists && !anyPairs(old, indexByKey, unkeyedCount > 0)) {
            replaceAll(parentDom, namespace, old, next, result);
            return;
        }

        // Phase 5, pair: a keyed old child pairs with the new child of the same key, the
        // k-th unkeyed old child with the k-th unkeyed new one. Unpaired old children go.
        int unkeyedCursor = 0;
        int lastTarget = -1;
        boolean moved = false;
        for (int j = oldStart; j <= oldEnd; j++) {
            Mounted<N> child = old[j];
            int target = -1;

            Object key = child.vnode.key();
            if (key != null) {
                int index = indexByKey == null ? -1 : indexByKey.get(key);

                // An index outside the middle was already paired by the prefix or suffix.
                if (index >= newStart && index <= newEnd && sources[index - newStart] < 0) {
                    target = index;
                }
            } else if (unkeyedCursor < unkeyedCount) {
                target = unkeyed[unkeyedCursor++];
            }

            if (target >= 0 && Renderer.sameKind(child.vnode, next[target])) {
                sources[target - newStart] = j;
                renderer.patch(child, next[target]);
                result[target] = child;
                if (target < lastTarget) {
                    moved = true;
                } else {
                    lastTarget = target;
                }
            } else {
                renderer.discard(parentDom, child);
            }
        }

        // Phase 6, plan: the paired nodes on the longest increasing run of old indexes are
        // already in order; every other paired node moves once. No moves if none crossed.
        int[] stay = moved ? Lis.positions(sources) : null;
        int stayCursor = moved ? stay.length - 1 : -1;

        // Phase 7, place from the end, so the node after each position is already final.
        for (int i = count - 1; i >= 0; i--) {
            int position = newStart + i;
            N anchor = position + 1 < next.length ? result[position + 1].dom() : null;
            if (sources[i] < 0) {
                result[position] = renderer.create(next[position], namespace, parentDom);
                renderer.port.insertBefore(parentDom, result[position].dom(), anchor);
            } else if (moved) {
                if (stayCursor >= 0 && stay[stayCursor] == i) {
                    stayCursor--;
                } else {
                    renderer.port.insertBefore(parentDom, result[position].dom(), anchor);
                }
            }
        }
    }

    /**
     * Returns true when some old child may pair with a new one: it has a key that the new
     * children have, or it has no key and {@code unkeyedNew} is true because some new
     * child has none either.
     */
    private static boolean anyPairs(Mounted<?>[] old, KeyIndex indexByKey, boolean unkeyedNew) {
        for (Mounted<?> child : old) {
            Object key = child.vnode.key();
            boolean pairs = key == null ? unkeyedNew : indexByKey != null && indexByKey.get(key) >= 0;
            if (pairs) {
                return true;
            }
        }
        return false;
    }

    /**
     * Replaces every old child with a new one, when no old child pairs with a new one:
     * the unmount hooks run, one {@code textContent} write removes the old DOM, and the
     * new children are appended in order. That is one DOM call in place of one
     * {@code removeChild} per old child.
     */
    private void replaceAll(N parentDom, String namespace, Mounted<N>[] old, VNode[] next, Mounted<N>[] result) {
        for (Mounted<N> child : old) {
            renderer.release(child, false);
        }
        DomPort<N> port = renderer.port;
        port.setText(parentDom, "");
        for (int i = 0; i < next.length; i++) {
            result[i] = renderer.create(next[i], namespace, parentDom);
            port.insertBefore(parentDom, result[i].dom(), null);
        }
    }

    /**
     * Returns the index of each key among {@code children}, or null when no child has a
     * key. A repeated key is an error in the view: it is logged, and the index keeps the
     * first position, so in the middle phases the later child pairs with no old node and
     * is created anew.
     */
    private KeyIndex indexByKey(ElementNode parent, VNode[] children) {
        KeyIndex indexes = null;
        for (int i = 0; i < children.length; i++) {
            Object key = children[i].key();
            if (key == null) {
                continue;
            }
            if (indexes == null) {
                indexes = new KeyIndex(children.length);
            }
            int first = indexes.putIfAbsent(key, i);
            if (first >= 0) {
                renderer.logger.error("Duplicate key " + key + " among the children of " + parent
                        + ", at positions " + first + " and " + i + ": keys must be unique among siblings."
                        + " Both children are rendered, but their DOM nodes may be recreated on updates", null);
            }
        }
        return indexes;
    }

    private void reportDuplicateKeys(ElementNode parent, VNode[] children) {
        indexByKey(parent, children);
    }
}
