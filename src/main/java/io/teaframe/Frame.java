package io.teaframe;

import io.teaframe.effect.BuiltInEffect;
import io.teaframe.effect.EffectContext;
import io.teaframe.effect.EffectHandler;
import io.teaframe.effect.Effects;
import io.teaframe.effect.UnknownEffectException;
import io.teaframe.interceptor.Chain;
import io.teaframe.interceptor.ChainFailure;
import io.teaframe.interceptor.Coeffect;
import io.teaframe.interceptor.CoeffectHandler;
import io.teaframe.interceptor.Coeffects;
import io.teaframe.interceptor.Environment;
import io.teaframe.interceptor.InjectCoeffect;
import io.teaframe.interceptor.Interceptor;
import io.teaframe.port.Clock;
import io.teaframe.port.Logger;
import io.teaframe.port.Platform;
import io.teaframe.port.RandomSource;
import io.teaframe.router.EventProcessor;
import io.teaframe.router.LateEvent;
import io.teaframe.router.Router;
import io.teaframe.router.RouterState;
import io.teaframe.scope.Scopes;
import io.teaframe.sub.Derivation;
import io.teaframe.sub.Derivation2;
import io.teaframe.sub.DerivationN;
import io.teaframe.sub.Extractor;
import io.teaframe.sub.Query;
import io.teaframe.sub.Subscription;
import io.teaframe.sub.SubscriptionGraph;
import io.teaframe.timer.TimerRegistry;
import io.teaframe.trace.PostEventCallback;
import io.teaframe.trace.TraceEntry;
import io.teaframe.trace.TraceListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One app: its state, its registries (event handlers, effects, coeffects,
 * subscriptions, global interceptors) and its event queue.
 *
 * <pre>{@code
 * record Counter(int count) {}
 * record Increment(int by) {}
 * record Count() implements Query<Integer> {}
 *
 * Frame<Counter> frame = Frame.create(new Counter(0), BrowserPlatform.create());
 * frame.on(Increment.class, (state, e) -> new Counter(state.count() + e.by()));
 * frame.registerExtractor(Count.class, (Counter state, Count q) -> state.count());
 * frame.subscribe(new Count(), count -> render(count));
 * frame.dispatch(new Increment(1));
 * }</pre>
 *
 * <h2>Handling an event</h2>
 * {@link #dispatch} queues the event; the router handles it later, one event at a time
 * (see {@code io.teaframe.router}). Handling runs the global interceptors, the handler's
 * interceptors and the handler, and commits the new state. Then the effects run in
 * order. Subscriptions catch up and notify their listeners once per run of the router,
 * after the last event of the run, and before any read in the middle of a run. While a
 * post-event callback or a trace listener is registered they catch up after every
 * event instead, before the callbacks and listeners are called, so tools see each
 * event's recomputations.
 *
 * <h2>Failures</h2>
 * When an interceptor, a coeffect, the handler or an effect throws, that event's new
 * state and remaining effects are discarded, one {@link FrameError} reaches the
 * {@link ErrorHandler}, and the queue goes on with the next event. An event with no
 * handler is reported the same way; nothing is thrown at the caller of
 * {@code dispatch}. re-frame instead purges the whole queue after an exception. Here a
 * failed event does not take unrelated queued events down with it, because a
 * long-running page should keep serving the user after one bug.
 *
 * <p>A frame is not thread-safe: use it from the thread that runs its scheduler, which
 * in the browser is the only one.
 *
 * @param <S> the type of the app state; any immutable value, records recommended
 */
public final class Frame<S> {

    private static Frame<?> defaultFrame;

    /** The interceptors of a handler registered without any; never changed. */
    private static final List<Interceptor> NO_INTERCEPTORS = new ArrayList<>(0);

    private final Platform platform;
    private final Logger logger;
    private final Clock clock;
    private final RandomSource random;
    private final Router router;
    private final SubscriptionGraph subscriptions;
    /**
     * The scopes and the timers by id, or null until first used, so that apps without
     * timers, DispatchLater effects or scopes compile without these classes.
     */
    private Scopes scopes;
    private TimerRegistry timers;

    private final Map<Class<?>, Registration> handlers = new HashMap<>();
    private final Map<Class<?>, EffectHandler<?>> effectHandlers = new HashMap<>();
    private final Map<Coeffect<?>, CoeffectHandler<?>> coeffectHandlers = new HashMap<>();
    private final List<Interceptor> globalInterceptors = new ArrayList<>();
    /** The post-event callbacks and trace listeners, or null until the first is added. */
    private Tracing tracer;

    /** {@link #tracer} typed as its interface, through which events reach it (see {@link Tracing}). */
    private TraceListener traceSink;

    /** True while a trace listener is registered, so that propagation records the recomputed queries. */
    private boolean recordRecomputed;

    /** Bumped when the global interceptors change, so cached chains are rebuilt. */
    private int globalsVersion;

    /**
     * Creates the chain processor of a state handler registered without interceptors,
     * once a global interceptor makes it need one; null until the first global
     * interceptor is added. Only this method reference and {@link #register} create
     * processors, so TeaVM leaves the chain runner out of apps that use neither.
     */
    private Supplier<ChainProcessor> processorFactory;

    /**
     * The last event class looked up in {@link #handlers} and its registration (null
     * if none), so that a run of events of one class skips the map. Cleared whenever
     * the handlers change.
     */
    private Class<?> lastEventClass;
    private Registration lastRegistration;

    private final Environment environment = new FrameEnvironment();

    /** True while a post-event callback or trace listener is registered; the add and remove methods update it. */
    private boolean tracing;
    private final FrameEffectContext effectContext = new FrameEffectContext();

    /** Runs a built-in effect through the operations of {@link #effectContext}. */
    private final EffectHandler<BuiltInEffect> builtInHandler = (effect, context) -> effect.applyTo(effectContext);

    /** {@code Effects.none().effects()}, kept here because a static read costs a class initialisation check in TeaVM. */
    private final List<Object> noEffectValues = Effects.none().effects();

    private ErrorHandler errorHandler;
    private S state;

    /**
     * The state that the subscriptions last saw. They catch up once per run of the
     * router, not after every event, and before any read while they are behind.
     */
    private S subscribedState;

    /** The event that the errors of a subscription update name, while one runs. */
    private Object updatedAfter;

    private Frame(S initialState, Platform platform) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.logger = platform.logger();
        this.clock = platform.clock();
        this.random = platform.random();
        this.state = initialState;
        this.errorHandler = error -> logger.error(error.describe(), error.cause());
        this.subscribedState = initialState;
        this.router = new Router(platform.scheduler(), clock, logger, new FrameProcessor());
        this.subscriptions = new SubscriptionGraph(() -> state, logger,
                (query, cause) -> report(new FrameError(Phase.SUBSCRIPTION, subscriptionEvent(), null,
                        query, cause)));
        subscriptions.beforeAccess(() -> updateSubscriptions(router.currentEvent(), null));
    }

    /** Returns a new, independent frame holding {@code initialState}. */
    public static <S> Frame<S> create(S initialState, Platform platform) {
        return new Frame<>(initialState, platform);
    }

    /** Makes {@code frame} the app's default frame, returned by {@link #getDefault()}. */
    public static void setDefault(Frame<?> frame) {
        defaultFrame = Objects.requireNonNull(frame, "frame");
    }

    /**
     * Returns the default frame.
     *
     * @throws IllegalStateException if {@link #setDefault} was never called
     */
    @SuppressWarnings("unchecked")
    public static <S> Frame<S> getDefault() {
        if (defaultFrame == null) {
            throw new IllegalStateException("no default frame; call Frame.setDefault(frame) at start-up");
        }
        return (Frame<S>) defaultFrame;
    }

    // ---------------------------------------------------------------- event handlers

    /** Registers a handler that computes the new state from the state and the event. */
    public <E> void on(Class<E> eventType, StateHandler<S, E> handler) {
        Objects.requireNonNull(eventType, "eventType");
        HandlerInterceptor.StateHandlerInterceptor<S, E> stateHandler = HandlerInterceptor.ofState(eventType, handler);
        List<Interceptor> own = new ArrayList<>(1);
        own.add(stateHandler);
        put(eventType, new Registration(own, stateHandler, stateHandler, null));
    }

    /**
     * Registers a state handler behind {@code interceptors}. The handler sees the state
     * as the interceptors leave it, which with a {@code path} interceptor is a part of
     * the whole, so its state type {@code T} may differ from the frame's.
     */
    public <E, T> void on(Class<E> eventType, List<? extends Interceptor> interceptors,
            StateHandler<T, E> handler) {
        register(eventType, interceptors, HandlerInterceptor.ofState(eventType, handler));
    }

    /** Registers a handler that reads coeffects and returns {@link Effects}. */
    public <E> void onFx(Class<E> eventType, EffectsHandler<E> handler) {
        register(eventType, NO_INTERCEPTORS, HandlerInterceptor.ofEffects(eventType, handler));
    }

    /** Registers an effects handler behind {@code interceptors}. */
    public <E> void onFx(Class<E> eventType, List<? extends Interceptor> interceptors,
            EffectsHandler<E> handler) {
        register(eventType, interceptors, HandlerInterceptor.ofEffects(eventType, handler));
    }

    /** Registers a handler over the whole interceptor context. */
    public void onContext(Class<?> eventType, ContextHandler handler) {
        register(eventType, NO_INTERCEPTORS, HandlerInterceptor.ofContext(eventType, handler));
    }

    /** Registers a context handler behind {@code interceptors}. */
    public void onContext(Class<?> eventType, List<? extends Interceptor> interceptors,
            ContextHandler handler) {
        register(eventType, interceptors, HandlerInterceptor.ofContext(eventType, handler));
    }

    /** Removes the handler for {@code eventType}, if any. */
    public void deregister(Class<?> eventType) {
        handlers.remove(eventType);
        lastEventClass = null;
        lastRegistration = null;
    }

    /** Returns true if a handler is registered for {@code eventType}. */
    public boolean hasHandler(Class<?> eventType) {
        return handlers.containsKey(eventType);
    }

    // ---------------------------------------------------------------- effects and coeffects

    /** Registers the handler that carries out effects of class {@code effectType}. */
    public <F> void registerEffect(Class<F> effectType, EffectHandler<F> handler) {
        Objects.requireNonNull(effectType, "effectType");
        Objects.requireNonNull(handler, "handler");
        if (effectHandlers.put(effectType, handler) != null) {
            logger.warn("effect handler for " + effectType.getName() + " registered again; the new one replaces it");
        }
    }

    /** Registers the handler that computes the coeffect {@code key} for {@code inject}. */
    public <T> void registerCoeffect(Coeffect<T> key, CoeffectHandler<T> handler) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(handler, "handler");
        if (coeffectHandlers.put(key, handler) != null) {
            logger.warn("coeffect handler for '" + key.name() + "' registered again; the new one replaces it");
        }
    }

    // ---------------------------------------------------------------- global interceptors

    /**
     * Adds an interceptor that wraps every event's chain. Global interceptors run in the
     * order they were added, outside the handlers' own: their {@code before} first and
     * their {@code after} last. Adding one whose id is already registered replaces it
     * in place, keeping its position.
     */
    public void addGlobalInterceptor(Interceptor interceptor) {
        Objects.requireNonNull(interceptor, "interceptor");
        if (processorFactory == null) {
            processorFactory = ChainRunnerProcessor::new;
        }
        for (int i = 0; i < globalInterceptors.size(); i++) {
            if (globalInterceptors.get(i).id().equals(interceptor.id())) {
                globalInterceptors.set(i, interceptor);
                globalsVersion++;
                return;
            }
        }
        globalInterceptors.add(interceptor);
        globalsVersion++;
    }

    /** Removes the global interceptor with {@code id}; returns false if there was none. */
    public boolean removeGlobalInterceptor(String id) {
        boolean removed = globalInterceptors.removeIf(interceptor -> interceptor.id().equals(id));
        if (removed) {
            globalsVersion++;
        }
        return removed;
    }

    // ---------------------------------------------------------------- subscriptions

    /** Registers an extractor: a subscription computed from the state. */
    public <Q extends Query<T>, T> void registerExtractor(Class<Q> queryType, Extractor<S, Q, T> extractor) {
        subscriptions.registerExtractor(queryType, extractor);
    }

    /** Registers a subscription computed from the value of one other query. */
    public <Q extends Query<T>, T, A> void registerDerived(Class<Q> queryType,
            Function<? super Q, ? extends Query<A>> input, Derivation<A, Q, T> derivation) {
        subscriptions.registerDerived(queryType, input, derivation);
    }

    /** Registers a subscription computed from the values of two other queries. */
    public <Q extends Query<T>, T, A, B> void registerDerived(Class<Q> queryType,
            Function<? super Q, ? extends Query<A>> first, Function<? super Q, ? extends Query<B>> second,
            Derivation2<A, B, Q, T> derivation) {
        subscriptions.registerDerived(queryType, first, second, derivation);
    }

    /** Registers a subscription computed from the values of a list of other queries. */
    public <Q extends Query<T>, T> void registerDerivedMany(Class<Q> queryType,
            Function<? super Q, List<? extends Query<?>>> inputs, DerivationN<Q, T> derivation) {
        subscriptions.registerDerivedMany(queryType, inputs, derivation);
    }

    /**
     * Opens a subscription to {@code query} without a listener; read it with
     * {@link Subscription#value()} and close it when done.
     *
     * @throws io.teaframe.sub.NoSubscriptionException if the query's class is not registered
     */
    public <T> Subscription<T> subscribe(Query<T> query) {
        return subscriptions.subscribe(query, null);
    }

    /**
     * Opens a subscription to {@code query}; {@code listener} is called after each event
     * that changed its value (by {@code equals}), not with the current value.
     *
     * @throws io.teaframe.sub.NoSubscriptionException if the query's class is not registered
     */
    public <T> Subscription<T> subscribe(Query<T> query, Consumer<? super T> listener) {
        return subscriptions.subscribe(query, Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Returns the current value of {@code query} once, leaving no node behind.
     *
     * @throws io.teaframe.sub.NoSubscriptionException if the query's class is not registered
     */
    public <T> T read(Query<T> query) {
        return subscriptions.read(query);
    }

    /** Returns the subscription graph, for tests and tools. */
    public SubscriptionGraph subscriptions() {
        return subscriptions;
    }

    // ---------------------------------------------------------------- dispatching

    /**
     * Queues {@code event}. It is handled later, after the events already queued; this
     * call never runs a handler and never throws for an unhandled event.
     *
     * @throws NullPointerException if {@code event} is null
     */
    public void dispatch(Object event) {
        router.dispatch(Objects.requireNonNull(event, "event must not be null"));
    }

    /**
     * Handles {@code event} now and returns when it is done. Meant for start-up (the
     * initial state before the first render) and for tests; in handlers and effects use
     * {@link #dispatch} or a {@code Dispatch} effect.
     *
     * @throws IllegalStateException if called while an event is being handled; nothing
     *     is queued or changed then
     */
    public void dispatchSync(Object event) {
        router.dispatchSync(Objects.requireNonNull(event, "event must not be null"));
    }

    /**
     * Runs {@code work}, which may dispatch, and then handles the events it queued
     * before returning, where they would otherwise wait for a microtask. An effect that
     * dispatches from a browser callback, such as a promise reaction, wraps its work in
     * this, so that the events are handled in the callback's turn. The HTTP effect does
     * this for each response. If the router is not idle (an event is being handled, a
     * listener notified or a run already scheduled), if runs in microtasks used up their
     * slice, or if {@code work} throws, {@code work} only runs, and its events wait for
     * the run they would wait for anyway.
     */
    public void handleAfter(Runnable work) {
        router.handleAfter(work);
    }

    /** Returns the current app state. */
    public S state() {
        return state;
    }

    /** Returns the router's state, for tests and tools. */
    public RouterState routerState() {
        return router.state();
    }

    /** Returns the number of events waiting in the queue. */
    public int queuedEvents() {
        return router.queued();
    }

    /**
     * Returns the number of running timers: pending {@code DispatchLater} timeouts and
     * the timers of {@code io.teaframe.timer}, which share one registry.
     */
    public int pendingDelayedDispatches() {
        return timers == null ? 0 : timers.count();
    }

    /** Returns the frame's timers by id, which {@code DispatchLater} and {@code io.teaframe.timer} use. */
    public TimerRegistry timers() {
        if (timers == null) {
            timers = new TimerRegistry(platform.scheduler(), this::dispatch, scopes(),
                    (source, cause) -> report(new FrameError(Phase.TIMER, null, null, source, cause)));
        }
        return timers;
    }

    /** Returns the frame's scopes: work by owner, cancelled together (see {@code io.teaframe.scope}). */
    public Scopes scopes() {
        if (scopes == null) {
            scopes = new Scopes();
        }
        return scopes;
    }

    public Platform platform() {
        return platform;
    }

    public Logger logger() {
        return logger;
    }

    // ---------------------------------------------------------------- errors and tools

    /** Replaces the error handler; the default logs each error at ERROR level. */
    public void setErrorHandler(ErrorHandler handler) {
        this.errorHandler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Turns every reported error into an app event: {@code factory} makes the event from
     * the error, which carries its phase, event, source, cause and time, and the frame
     * dispatches it, so a handler can keep errors in the state. A factory that returns
     * null leaves that error to be logged. An error raised while handling an event of a
     * class the factory returned is logged instead, so a failing error handler cannot
     * loop. This replaces the error handler, as {@link #setErrorHandler} does.
     */
    public void onError(Function<? super FrameError, ?> factory) {
        setErrorHandler(new ErrorEvents(Objects.requireNonNull(factory, "factory"), this::dispatch, logger));
    }

    /** Adds a callback run after each event; an existing one with {@code id} is replaced. */
    public void addPostEventCallback(String id, PostEventCallback callback) {
        Objects.requireNonNull(callback, "callback");
        tracer().postEventCallbacks.put(id, entry -> callback.afterEvent(entry.event(), entry.stateAfter()));
        tracing = tracer.isActive();
    }

    public void removePostEventCallback(String id) {
        if (tracer != null) {
            tracer.postEventCallbacks.remove(id);
            tracing = tracer.isActive();
        }
    }

    /** Adds a trace listener; an existing one with {@code id} is replaced. */
    public void addTraceListener(String id, TraceListener listener) {
        tracer().traceListeners.put(id, listener);
        tracing = tracer.isActive();
        recordRecomputed = tracer.hasTraceListeners();
    }

    public void removeTraceListener(String id) {
        if (tracer != null) {
            tracer.traceListeners.remove(id);
            tracing = tracer.isActive();
            recordRecomputed = tracer.hasTraceListeners();
        }
    }

    private Tracing tracer() {
        if (tracer == null) {
            tracer = new Tracing(this);
            traceSink = tracer;
        }
        return tracer;
    }

    // ---------------------------------------------------------------- handling

    private void register(Class<?> eventType, List<? extends Interceptor> interceptors,
            Interceptor handler) {
        Objects.requireNonNull(eventType, "eventType");
        for (Interceptor interceptor : interceptors) {
            Objects.requireNonNull(interceptor, "interceptors must not contain null");
        }
        List<Interceptor> own = new ArrayList<>(interceptors);
        own.add(handler);
        Registration registration = new Registration(own, handler, null, new ChainRunnerProcessor());
        if (own.size() == 1 && handler instanceof HandlerInterceptor fx) {
            registration.effectsHandler = fx.effectsHandler;
        }
        put(eventType, registration);
    }

    private void put(Class<?> eventType, Registration registration) {
        lastEventClass = null;
        lastRegistration = null;
        if (handlers.put(eventType, registration) != null) {
            logger.warn("handler for " + eventType.getName() + " registered again; the new one replaces it");
        }
    }

    /**
     * Handles one event to completion; called by the router with its clock reading.
     *
     * <p>This method takes the common case and leaves the rest to {@link #processInFull}:
     * no tool is tracing, and the event's chain is the state handler alone or runs plain
     * (see {@link Chain#runPlain}). It is short because each call that the browser's
     * engine does not inline costs time per event: an estimated 8 ns in Chromium 156,
     * from one experiment, a tenth of an event in DispatchBench.
     */
    private Object process(Object event, Class<?> eventClass, double start) {
        Registration registration = registrationFor(eventClass);
        if (registration != null && !tracing) {
            ChainProcessor processor = registration.processor;
            boolean done = processor != null
                    ? processor.handlePlain(registration, event, start)
                    : globalInterceptors.isEmpty() && handleAlone(registration, event);
            if (done) {
                return null;
            }
        }
        return processInFull(event, registration, start);
    }

    /** Runs an event whose chain is its state handler alone, and returns true: the event is done. */
    private boolean handleAlone(Registration registration, Object event) {
        FrameError error = runAlone(registration, event);
        if (error != null) {
            report(error);
        }
        return true;
    }

    /**
     * Runs an event whose chain is its state handler alone, without a chain runner but
     * with the runner's outcome: the handler's result becomes the state. Returns null, or
     * the error if the handler threw, with the state unchanged.
     */
    private FrameError runAlone(Registration registration, Object event) {
        HandlerInterceptor.StateHandlerInterceptor<?, ?> handler = registration.stateHandler;
        try {
            @SuppressWarnings("unchecked")
            S next = (S) handler.handle(state, event);
            state = next;
            return null;
        } catch (Throwable e) {
            return new FrameError(Phase.HANDLER, event, handler.id(), null, e);
        }
    }

    /**
     * Handles one event in every case that {@link #process} does not take. Returns null,
     * or for a {@link LateEvent} without a handler the event it resolved to, which the
     * router handles next in its place.
     */
    private Object processInFull(Object event, Registration registration, double start) {
        S before = state;
        boolean tracing = this.tracing;
        List<Object> effects = noEffectValues;
        FrameError error;
        ChainProcessor processor = registration == null ? null : registration.processor;
        if (registration == null) {
            // One place reports every failure before effects, because TeaVM copies
            // report into each method that calls it.
            if (event instanceof LateEvent late) {
                try {
                    return late.resolve();
                } catch (Throwable e) {
                    error = new FrameError(Phase.HANDLER, event, null, null, e);
                }
            } else {
                error = new FrameError(Phase.NO_HANDLER, event, null, null, new NoHandlerException(event));
            }
        } else if (processor == null && globalInterceptors.isEmpty()) {
            error = runAlone(registration, event);
        } else {
            if (processor == null) {
                processor = processorFactory.get();
                registration.processor = processor;
            }
            error = processor.handle(registration, event, before, start);
            effects = processor.effects();
        }
        if (error != null) {
            report(error);
            finish(event, before, start, clock.now(), Effects.none().effects(), null, error, tracing);
            return null;
        }
        double handlerEnd = tracing ? clock.now() : 0;

        // Most events have no effects but the new state; they skip the effect loop.
        FrameError effectError = effects == noEffectValues ? null : runEffects(event, effects, before);

        // Tools see each event's subscriptions: a post-event callback runs after the
        // listeners, and a trace entry lists what the event recomputed. So while a tool
        // is registered, the subscriptions catch up after every event.
        List<Query<?>> recomputed = null;
        if (tracing) {
            recomputed = recordRecomputed ? new ArrayList<>() : null;
            updateSubscriptions(event, recomputed);
        }
        finish(event, before, start, handlerEnd, effects, recomputed, effectError, tracing);
        return null;
    }

    /**
     * Brings the subscriptions from the state they last saw to the current one.
     *
     * @param lastEvent the event that errors of this update name
     */
    private void updateSubscriptions(Object lastEvent, List<Query<?>> recomputed) {
        S before = subscribedState;
        S after = state;
        if (before == after) {
            return;
        }
        subscribedState = after;
        Object outer = updatedAfter;
        updatedAfter = lastEvent;
        try {
            subscriptions.propagate(before, after, recomputed);
        } finally {
            updatedAfter = outer;
        }
    }

    private Object subscriptionEvent() {
        return updatedAfter != null ? updatedAfter : router.currentEvent();
    }

    private Registration registrationFor(Class<?> eventType) {
        if (eventType != lastEventClass) {
            lastRegistration = handlers.get(eventType);
            lastEventClass = eventType;
        }
        return lastRegistration;
    }

    /**
     * Runs the effects in order. An unknown effect is reported and skipped; an effect
     * that throws restores {@code before}, skips the rest and is returned.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private FrameError runEffects(Object event, List<Object> effects, S before) {
        FrameError firstUnknown = null;
        for (int i = 0; i < effects.size(); i++) {
            Object effect = effects.get(i);
            EffectHandler handler = effectHandlers.get(effect.getClass());
            if (handler == null && effect instanceof BuiltInEffect) {
                handler = builtInHandler;
            }
            if (handler == null) {
                FrameError error = new FrameError(Phase.UNKNOWN_EFFECT, event, null, effect,
                        new UnknownEffectException(effect));
                report(error);
                if (firstUnknown == null) {
                    firstUnknown = error;
                }
                continue;
            }
            try {
                handler.run(effect, effectContext);
            } catch (Throwable e) {
                state = before;
                FrameError error = new FrameError(Phase.EFFECT, event, null, effect, e);
                report(error);
                return error;
            }
        }
        return firstUnknown;
    }

    /**
     * Calls the post-event callbacks, then the trace listeners, with one entry for the
     * event. Nothing is built while neither kind is registered.
     */
    private void finish(Object event, S before, double start, double handlerEnd, List<Object> effects,
            List<Query<?>> recomputed, FrameError error, boolean tracing) {
        if (!tracing) {
            return;
        }
        double end = clock.now();
        traceSink.onTrace(new TraceEntry(event, start, handlerEnd - start, end - start, effects, before, state,
                recomputed == null ? new ArrayList<>(0) : recomputed, error));
    }

    private static Phase phaseOf(ChainFailure failure, Registration registration) {
        if (failure.interceptor() == registration.handler) {
            return Phase.HANDLER;
        }
        if (failure.interceptor() instanceof InjectCoeffect) {
            return Phase.COEFFECT;
        }
        return failure.inAfter() ? Phase.AFTER : Phase.BEFORE;
    }

    /**
     * Passes {@code error} to the error handler, as the frame does for its own failures.
     * Code that runs outside event handling, such as view rendering, reports through it.
     * A {@link RuntimeException} from the error handler is logged, not thrown to the caller.
     */
    public void reportError(FrameError error) {
        report(Objects.requireNonNull(error, "error"));
    }

    void report(FrameError error) {
        try {
            errorHandler.onError(error.hasTime() ? error : error.at(clock.now()));
        } catch (RuntimeException e) {
            logger.error("teaframe: the error handler threw while reporting " + error.describe(), e);
        }
    }


    /** A handler with its own interceptors, and the full chain cached per globals version. */
    private static final class Registration {
        final List<Interceptor> own;
        final Interceptor handler;

        /** The handler if it is a state handler without interceptors of its own, else null. */
        final HandlerInterceptor.StateHandlerInterceptor<?, ?> stateHandler;
        Interceptor[] cachedChain;
        int cachedVersion = -1;

        /**
         * Runs this handler's events through its chain. Null for a {@link #stateHandler}
         * until global interceptors make its chain longer than the handler alone.
         */
        ChainProcessor processor;

        /**
         * The handler if it is an effects handler without interceptors of its own, else
         * null. While no global interceptor is registered, the frame calls it directly.
         */
        EffectsHandler<Object> effectsHandler;

        Registration(List<Interceptor> own, Interceptor handler,
                HandlerInterceptor.StateHandlerInterceptor<?, ?> stateHandler, ChainProcessor processor) {
            this.own = own;
            this.handler = handler;
            this.stateHandler = stateHandler;
            this.processor = processor;
        }

        Interceptor[] chain(Frame<?> frame) {
            // The check alone, so that the browser's engine inlines it where an event is run.
            if (cachedVersion != frame.globalsVersion) {
                rebuild(frame);
            }
            return cachedChain;
        }

        private void rebuild(Frame<?> frame) {
            List<Interceptor> globals = frame.globalInterceptors;
            Interceptor[] chain = new Interceptor[globals.size() + own.size()];
            for (int i = 0; i < globals.size(); i++) {
                chain[i] = globals.get(i);
            }
            for (int i = 0; i < own.size(); i++) {
                chain[globals.size() + i] = own.get(i);
            }
            cachedChain = chain;
            cachedVersion = frame.globalsVersion;
        }
    }

    /**
     * Handles one event through its registration's chain. An interface, because TeaVM
     * compiles the code behind an interface call only for classes that are created, so
     * apps whose handlers all run without a chain get no chain runner.
     */
    private interface ChainProcessor {
        /**
         * Runs the chain and sets the state if it returned a new one.
         *
         * @return null, or the error if a step threw
         */
        FrameError handle(Registration registration, Object event, Object before, double start);

        /**
         * Handles the event to completion if its chain runs plain (see
         * {@link Chain#runPlain}) and returns true, or changes nothing and returns false.
         * For a frame that no tool traces.
         */
        boolean handlePlain(Registration registration, Object event, double start);

        /** Returns the effect values of the last successful run. */
        List<Object> effects();
    }

    /** Runs a registration's chain with a {@link Chain} of its own. */
    private final class ChainRunnerProcessor implements ChainProcessor {

        /**
         * One runner per handler, because a runner checks the classes of a chain's
         * interceptors once for the last chain it ran.
         */
        private final Chain runner = new Chain();
        private List<Object> effects;

        @Override
        @SuppressWarnings("unchecked")
        public FrameError handle(Registration registration, Object event, Object before, double start) {
            // The router handles one event at a time, so the handler's runner is free here.
            // runEventUnwrapped spares the try block of runEvent, since this one is needed anyway.
            effects = null;
            Interceptor[] chain = registration.chain(Frame.this);
            try {
                runner.runEventUnwrapped(before, event, start, random, chain, environment);
                if (runner.hasNewState()) {
                    state = (S) runner.newState();
                }
                effects = runner.effectValues();
                return null;
            } catch (Throwable thrown) {
                ChainFailure failure = runner.failureOf(thrown);
                if (failure == null) {
                    throw thrown;
                }
                return new FrameError(phaseOf(failure, registration), event, failure.interceptor().id(), null,
                        failure.getCause());
            } finally {
                runner.reset();
            }
        }

        @Override
        public List<Object> effects() {
            return effects;
        }

        @Override
        @SuppressWarnings("unchecked")
        public boolean handlePlain(Registration registration, Object event, double start) {
            if (registration.effectsHandler != null && globalInterceptors.isEmpty()) {
                handleEffectsAlone(registration, event, start);
                return true;
            }
            Interceptor[] chain = registration.chain(Frame.this);
            if (!runner.canRunPlain(chain)) {
                return false;
            }
            S before = state;
            Object next;
            try {
                next = runner.runPlain(before, event, start, random, chain, environment);
            } catch (Throwable thrown) {
                reportFailure(thrown, registration, event);
                return true;
            }
            if (next == runner) {
                finishInLoop(event, before);
            } else {
                state = (S) next;
            }
            return true;
        }

        /**
         * Runs an event whose chain is its effects handler alone, with the outcome of the
         * chain runner but without its context: the state the handler returned, then its
         * effects.
         */
        @SuppressWarnings("unchecked")
        private void handleEffectsAlone(Registration registration, Object event, double start) {
            S before = state;
            Effects effects;
            try {
                effects = registration.effectsHandler.handle(Coeffects.of(before, event, start, random), event);
            } catch (Throwable e) {
                report(new FrameError(Phase.HANDLER, event, registration.handler.id(), null, e));
                return;
            }
            if (effects == null) {
                return;
            }
            if (effects.hasState()) {
                state = (S) effects.state();
            }
            List<Object> values = effects.effects();
            if (!values.isEmpty()) {
                runEffects(event, values, before);
            }
        }

        /** Reports what a plain run threw, as {@link #handle} does. */
        private void reportFailure(Throwable thrown, Registration registration, Object event) {
            try {
                ChainFailure failure = runner.failureOf(thrown);
                if (failure == null) {
                    // Not from a step: the router logs it, as for handle.
                    throw thrown instanceof RuntimeException e ? e : new IllegalStateException(thrown);
                }
                report(new FrameError(phaseOf(failure, registration), event, failure.interceptor().id(), null,
                        failure.getCause()));
            } finally {
                runner.reset();
            }
        }

        /** Ends an event whose plain run went on in the general loop: its state, then its effects. */
        @SuppressWarnings("unchecked")
        private void finishInLoop(Object event, S before) {
            List<Object> values;
            try {
                if (runner.hasNewState()) {
                    state = (S) runner.newState();
                }
                values = runner.effectValues();
            } finally {
                runner.reset();
            }
            if (values != noEffectValues) {
                runEffects(event, values, before);
            }
        }
    }

    /** The router's view of the frame: handling events, and updating subscriptions after a run. */
    private final class FrameProcessor implements EventProcessor {
        @Override
        public Object process(Object event, Class<?> eventClass, double startMillis) {
            return Frame.this.process(event, eventClass, startMillis);
        }

        @Override
        public void runEnded(Object lastEvent) {
            updateSubscriptions(lastEvent, null);
        }

    }

    private final class FrameEnvironment implements Environment {
        @Override
        @SuppressWarnings("unchecked")
        public <T> CoeffectHandler<T> coeffectHandler(Coeffect<T> key) {
            return (CoeffectHandler<T>) coeffectHandlers.get(key);
        }

        @Override
        public Logger logger() {
            return logger;
        }
    }

    private final class FrameEffectContext implements EffectContext, BuiltInEffect.Target {
        @Override
        public void dispatch(Object event) {
            Frame.this.dispatch(event);
        }

        @Override
        public void dispatchLater(String id, double delayMillis, Object event) {
            timers().timeout(id, delayMillis, event, null);
        }

        @Override
        public void cancelDispatchLater(String id) {
            if (timers != null) {
                timers.stop(id);
            }
        }

        @Override
        public void deregister(Class<?> eventType) {
            Frame.this.deregister(eventType);
        }

        @Override
        public Object state() {
            return state;
        }

        @Override
        public Object event() {
            return router.currentEvent();
        }

        @Override
        public Platform platform() {
            return platform;
        }
    }
}
