/**
 * Views: an immutable tree of {@link io.teaframe.view.VNode}s that describes the DOM, a
 * reconciler that makes the DOM match it, and components that render again when the
 * subscriptions they read change.
 *
 * <h2>The model</h2>
 * A view is a function from the app state to a tree, written with the static factories
 * of {@link io.teaframe.view.Html}:
 *
 * <pre>{@code
 * List<VNode> rows = new ArrayList<>();
 * for (Item item : items) {
 *     rows.add(li(key(item.id()), classIf("done", item.done()),
 *             text(item.title()),
 *             button(on(EventType.CLICK, new Remove(item.id())), text("x"))));
 * }
 * VNode view = ul(cls("todos"), children(rows));
 * }</pre>
 *
 * <p>After each state change the app renders a new tree and passes it to
 * {@code update}. Trees are cheap values and the DOM is the expensive part, so the
 * reconciler compares the new tree with the last one and touches the DOM only where they
 * differ. An event handler is either a value, which the reconciler dispatches to the
 * frame, or a function of the DOM event. Handlers never change the DOM themselves.
 *
 * <p>All DOM access goes through the {@link io.teaframe.view.DomPort}, so this package
 * runs on the JVM against an in-memory DOM in tests, and the browser adapter is a thin
 * layer over the real DOM API.
 *
 * <h2>Patching one element</h2>
 * Two nodes match when both are text, or both are elements with the same tag and key.
 * A matching element keeps its DOM node: attributes, the class attribute, styles and
 * properties are compared by name with the last tree, and only differences are written.
 * Each element has at most one DOM listener per event type for its whole life. A new
 * handler replaces the Java handler behind it, so handlers that are new lambdas in every
 * render cost no DOM call. A node that does not match is replaced with a new one. When
 * the new tree reuses a node object from the last tree, that subtree is skipped without
 * comparing anything.
 *
 * <h2>Reconciling children</h2>
 * The children of an element are a list of old mounted nodes and a list of new nodes.
 * Keyed children (see {@link io.teaframe.view.Html#key(Object)}) pair by key, wherever
 * they moved; unkeyed children pair by position among the unkeyed ones. The goal is the
 * fewest DOM moves. A worked example, where each letter is a key:
 *
 * <pre>
 * old:  A B C D E F
 * new:  A C D B G F
 *
 * 1 prefix   A matches A: patch it in place.
 * 2 suffix   F matches F: patch it in place.
 *            The middle is old B C D E and new C D B G. Its ends did not cross:
 *            B, the old first, is not G, the new last, and E is not C.
 * 3, 4       Neither middle is empty, so this is not a pure insertion or removal.
 * 5 pair     Look up each old key among the new ones: B goes to new position 3,
 *            C to 1, D to 2, E to none and is removed. sources, the old index of
 *            each new middle node, is [2, 3, 1, -1] for C, D, B, G.
 * 6 plan     The longest increasing subsequence of sources is 2, 3 (C and D):
 *            those nodes are already in order and stay.
 * 7 place    From the end, with the node after each position as the anchor:
 *            G is new and is created before F, B is not in the subsequence
 *            and moves before G, D and C stay.
 * </pre>
 *
 * <p>The result is one removal, one creation and one move, where pairing by position
 * would rewrite four nodes. Phase 2 also moves keyed children whose ends crossed. When
 * the first old child of the middle has the key of the last new one, it moves before
 * the matched suffix. When the last old child has the key of the first new one, it
 * moves after the matched prefix. The prefix and the suffix are then matched again, so
 * swapping two children moves two nodes and builds no map. When the paired nodes keep
 * their order, phase 6 is skipped
 * and nothing moves. Phases 3 and 4 handle appends, insertions in the middle and
 * removals without building a map, and a new empty list clears the element with one
 * {@code textContent} write. So does a list that replaces every child. When neither a
 * prefix nor a suffix matched and no old child pairs with a new one, phase 5 runs the
 * unmount hooks, clears the element and appends the new children in order.
 *
 * <p>Cost, for n children of which m lie between the common prefix and suffix: O(n)
 * comparisons for the prefix, the suffix and the key map, O(m log m) for the
 * subsequence, and O(m) extra memory. A paired node moves only when it is outside the
 * subsequence, so a permutation of m nodes takes m minus the length of its longest
 * increasing subsequence moves, the least any plan that moves one node at a time can
 * do. A node moved in phase 2 belongs to no increasing subsequence of two or more nodes,
 * so those moves keep within that bound.
 *
 * <h2>Components</h2>
 * A {@link io.teaframe.view.Component} is a named function from props to a tree that
 * reads app data from subscriptions. {@link io.teaframe.view.View#mount} renders a root
 * component into a container, and {@link io.teaframe.view.Html#component} places a
 * component inside a tree:
 *
 * <pre>{@code
 * static final Component<Todo> TODO_ITEM = Component.named("TodoItem", (todo, context) ->
 *         li(classIf("done", todo.done()), text(todo.title())));
 *
 * static final Component<Filter> TODO_LIST = Component.named("TodoList", (filter, context) -> {
 *     List<VNode> rows = new ArrayList<>();
 *     for (Todo todo : context.read(new VisibleTodos(filter))) {
 *         rows.add(component(TODO_ITEM, todo, todo.id()));
 *     }
 *     return ul(children(rows));
 * });
 *
 * View<Filter> view = View.mount(frame, port, container, TODO_LIST, Filter.ALL);
 * }</pre>
 *
 * <p>Each place of a component in the page is an instance. Between renders a component
 * node matches the old one when it holds the same component object and key, and then
 * the instance stays and receives the new props. An instance keeps what its last render
 * read: every {@code context.read(query)} opens a subscription, or keeps the one of the
 * last render, and a read that the next render does not repeat is closed after it.
 *
 * <p>An instance moves through four states:
 *
 * <pre>
 * state       how it gets there                          what happens next
 * CLEAN       its render finished                        a read changes: DIRTY
 *                                                        the parent passes new props: RENDERING
 * DIRTY       a subscription it read notified a change   the next animation frame: RENDERING
 * RENDERING   its render function runs                   success or error: CLEAN, or DIRTY when a
 *                                                        read changed during the render
 * UNMOUNTED   its place left the tree, or the view was   final; its subscriptions are closed
 *             unmounted
 * </pre>
 *
 * <p>Subscriptions notify after each event, but instances render only in the animation
 * frame after it. The first instance to become DIRTY schedules one
 * {@code requestAnimationFrame} for the view, and later ones join its queue. So three
 * events before the frame give one render of each affected instance. The frame's pass
 * sorts the queue by depth and renders parents before children. A parent that renders
 * gives its children their new props: a child whose props are {@code equals} to the last
 * ones, that is not DIRTY and whose last render succeeded is skipped without a call.
 * A child that did render, or was removed, is no longer DIRTY when its own turn in the
 * queue comes, so no instance renders twice in a pass.
 *
 * <p>The first instance of a component in a view creates its DOM node by node. When that
 * tree has only elements and text, with no DOM property, key or raw HTML, the view keeps
 * a detached copy of the new DOM as the component's template. A later instance whose
 * tree has the same root tag clones the template with one {@code cloneNode} call and
 * patches the clone into its own tree, as an update would: texts, attributes, classes
 * and styles that differ are written, and listeners are added. Each row of a list of one
 * component so costs one {@code cloneNode} call and a {@code firstChild} or
 * {@code nextSibling} read per node, in place of a {@code createElement},
 * {@code setAttribute} and {@code insertBefore} call per element.
 *
 * <p>Lifecycle hooks are declared in the render with {@code context.onMount} and
 * {@code context.onUnmount} and taken from the first render that succeeds. Mount hooks
 * run at the end of the pass that put the instance in the page, children before
 * parents. Unmount hooks run before the DOM is removed, parents before children.
 *
 * <p>When a render function throws, its instance keeps the DOM of its last good render
 * (or an empty text node when it never rendered), and the error reaches the frame's
 * error handler with the phase {@link io.teaframe.Phase#RENDER} and the component's name
 * and key. Its siblings and the rest of the page render as usual. The failed instance
 * keeps its subscriptions, so a later change to one of them, or any render of its
 * parent, tries again. Reading a query with no registered subscription is such an error.
 *
 * <p>Unmounting a view runs the unmount hooks, closes every subscription its instances
 * read, cancels its pending animation frame and removes its DOM listeners.
 *
 * <h2>Form controls</h2>
 * A form control keeps state that the user changes without the view: a field's text,
 * its caret and selection, whether a box is checked, which option is selected. The view
 * controls it with the {@code value}, {@code checked} and {@code selected} properties,
 * and the reconciler writes them by three rules:
 *
 * <ol>
 *   <li>Like every property, one is written only when the render changes it, so what the
 *       user typed stays until the view renders a different value.</li>
 *   <li>A changed {@code value}, {@code checked} or {@code selected} is first read with
 *       {@link io.teaframe.view.DomPort#getProperty} and is not written when the control
 *       already shows it. This is the usual case of a controlled field: the user types,
 *       the input handler dispatches the text, and a later render brings the same text.
 *       Nothing is written, so the caret and the selection stay where the user left
 *       them, however late the state update arrives. A select's {@code value} is read
 *       and written after its options, so it can select an option of the same render.</li>
 *   <li>While an input method editor (IME) composes text in a controlled field, its
 *       {@code value} is not written at all, because a write ends the composition and
 *       replaces the text being composed. The field composes from
 *       {@code compositionstart} to {@code compositionend}, and also after an
 *       {@code input} event whose {@code isComposing} is true. Other attributes and
 *       properties of the field are written as usual. The first patch of the field
 *       after {@code compositionend} compares the rendered value with the field's and
 *       writes it if they differ, even when that render did not change it.</li>
 * </ol>
 *
 * <p>For rule 3 the reconciler registers its own {@code compositionstart},
 * {@code compositionend} and {@code input} listeners through the port on each HTML
 * {@code <textarea>}, and each {@code <input>} of a text type (no {@code type}, or
 * text, search, url, tel, email or password), once the element has a {@code value}
 * property. They stay for the element's life, and unmounting the view removes them
 * with the other listeners.
 *
 * <p>NOTE: {@code compositionend} itself renders nothing, so a value skipped during a
 * composition is written only when the field is patched again: a parent that passes an
 * identical node object, or a component that does not render, leaves the composed text
 * in place. And when the user types again before the handler of the last keystroke has
 * run, a render in between can change the value to the older text; that text is written
 * and the caret moves to the end.
 *
 * <h2>Mistakes and safety</h2>
 * <ul>
 *   <li>Duplicate keys among siblings are logged as an error naming the key, and every
 *       child is still rendered; a later duplicate pairs with no old node in the middle
 *       phases, so it may be recreated on updates.</li>
 *   <li>Text is always a text node. Attributes are written with {@code setAttribute},
 *       never by building markup.</li>
 *   <li>An attribute or property named {@code on...} throws at construction: an event
 *       handler given as a string would run as script.</li>
 *   <li>A URL attribute or property whose value starts with {@code javascript:},
 *       {@code vbscript:} or {@code data:text/html}, after the clean-up a browser's URL
 *       parser does, is not written, and a warning is logged.</li>
 *   <li>Markup is parsed only through {@link io.teaframe.view.Html#unsafeRawHtml}.</li>
 * </ul>
 *
 * <p>The browser's port is {@code io.teaframe.browser.BrowserDom}.
 */
package io.teaframe.view;
