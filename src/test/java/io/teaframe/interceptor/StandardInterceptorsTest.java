package io.teaframe.interceptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.Frame;
import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.effect.Effects;
import io.teaframe.port.LogLevel;
import io.teaframe.port.Logger;
import io.teaframe.port.Platform;
import io.teaframe.testkit.SeededRandom;
import io.teaframe.testkit.TestFrame;
import io.teaframe.testkit.VirtualTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Interceptors.enrich, after, debug and validate. */
class StandardInterceptorsTest {

    record Cart(int apples, int pears, int total) {
    }

    record AddApple() {
    }

    record Keep() {
    }

    record Profile(String name, int age) {
    }

    record App(Profile profile, int count) {
    }

    record Increment(int by) {
    }

    record Rename(String name) {
    }

    record SetCount(int count) {
    }

    /** An effect whose handler counts its runs. */
    record Ping() {
    }

    private static final Cart CART = new Cart(1, 2, 3);

    private TestFrame<Cart> cart;
    private int enrichCalls;

    @BeforeEach
    void setUp() {
        cart = TestFrame.create(CART);
        Interceptor total = Interceptors.enrich("total", (Cart c, Object event) -> {
            enrichCalls++;
            return new Cart(c.apples(), c.pears(), c.apples() + c.pears());
        });
        cart.frame().on(AddApple.class, List.of(total),
                (Cart c, AddApple e) -> new Cart(c.apples() + 1, c.pears(), c.total()));
        cart.frame().on(Keep.class, List.of(total), (Cart c, Keep e) -> c);
    }

    // ---------------------------------------------------------------- enrich

    @Test
    void enrichUpdatesNewState() {
        cart.dispatchAndDrain(new AddApple());

        assertEquals(new Cart(2, 2, 4), cart.state());
    }

    @Test
    void enrichSkipsWithoutNewState() {
        cart.dispatchAndDrain(new Keep());

        assertEquals(0, enrichCalls);
        assertSame(CART, cart.state());
        cart.assertNoErrors();
    }

    // ---------------------------------------------------------------- after

    @Test
    void afterSeesNewState() {
        List<Object> seen = new ArrayList<>();
        cart.frame().on(AddApple.class, List.of(Interceptors.after("spy", (Cart c, AddApple e) -> seen.add(c))),
                (Cart c, AddApple e) -> new Cart(c.apples() + 1, c.pears(), c.total()));

        cart.dispatchAndDrain(new AddApple());

        assertEquals(List.of(new Cart(2, 2, 3)), seen);
    }

    @Test
    void afterSeesOldStateWhenUnchanged() {
        List<Object> seen = new ArrayList<>();
        cart.frame().on(Keep.class, List.of(Interceptors.after("spy", (Cart c, Keep e) -> seen.add(c))),
                (Cart c, Keep e) -> c);

        cart.dispatchAndDrain(new Keep());

        assertSame(CART, seen.get(0));
        cart.assertNoErrors();
    }

    @Test
    void afterReceivesEvent() {
        List<Object> seen = new ArrayList<>();
        cart.frame().on(Keep.class, List.of(Interceptors.after("spy", (Cart c, Keep e) -> seen.add(e))),
                (Cart c, Keep e) -> c);

        cart.dispatchAndDrain(new Keep());

        assertEquals(List.of(new Keep()), seen);
    }

    // ---------------------------------------------------------------- debug

    @Test
    void debugLogsEventAndChange() {
        TestFrame<App> t = TestFrame.create(new App(new Profile("ann", 30), 1));
        t.frame().on(Increment.class, List.of(Interceptors.debug()),
                (App app, Increment e) -> new App(app.profile(), app.count() + e.by()));

        t.dispatchAndDrain(new Increment(1));

        List<String> messages = t.logger().messages(LogLevel.INFO);
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).startsWith("event Increment[by=1]"), messages.get(0));
        assertTrue(messages.get(0).contains("count: 1 -> 2"), messages.get(0));
    }

    @Test
    void debugNamesNestedFieldPath() {
        TestFrame<App> t = TestFrame.create(new App(new Profile("ann", 30), 1));
        t.frame().on(Rename.class, List.of(Interceptors.debug()),
                (App app, Rename e) -> new App(new Profile(e.name(), app.profile().age()), app.count()));

        t.dispatchAndDrain(new Rename("bob"));

        String message = t.logger().messages(LogLevel.INFO).get(0);
        assertTrue(message.contains("profile.name: ann -> bob"), message);
        assertFalse(message.contains("age"), message);
    }

    @Test
    void debugReportsNoNewState() {
        TestFrame<App> t = TestFrame.create(new App(new Profile("ann", 30), 1));
        t.frame().on(Keep.class, List.of(Interceptors.debug()), (App app, Keep e) -> app);

        t.dispatchAndDrain(new Keep());

        String message = t.logger().messages(LogLevel.INFO).get(0);
        assertEquals("event Keep[]\n  (no new state)", message);
    }

    @Test
    void debugListsEffects() {
        TestFrame<App> t = TestFrame.create(new App(new Profile("ann", 30), 1));
        t.frame().registerEffect(Ping.class, (effect, context) -> { });
        t.frame().onFx(Keep.class, List.of(Interceptors.debug()), (coeffects, e) -> Effects.of(new Ping()));

        t.dispatchAndDrain(new Keep());

        String message = t.logger().messages(LogLevel.INFO).get(0);
        assertTrue(message.contains("effects: [Ping[]]"), message);
    }

    @Test
    void debugSilentWhenInfoDisabled() {
        List<String> logged = new ArrayList<>();
        Logger quiet = new Logger() {
            @Override
            public void log(LogLevel level, String message, Throwable cause) {
                logged.add(level + " " + message);
            }

            @Override
            public boolean isEnabled(LogLevel level) {
                return false;
            }
        };
        VirtualTime time = new VirtualTime();
        Frame<App> frame = Frame.create(new App(new Profile("ann", 30), 1),
                new Platform(time, time, quiet, new SeededRandom(1)));
        frame.on(Increment.class, List.of(Interceptors.debug()),
                (App app, Increment e) -> new App(app.profile(), app.count() + e.by()));

        frame.dispatch(new Increment(1));
        time.runDue();

        assertEquals(2, frame.state().count());
        assertEquals(List.of(), logged);
    }

    // ---------------------------------------------------------------- validate

    private TestFrame<App> validated(Interceptor validate) {
        TestFrame<App> t = TestFrame.create(new App(new Profile("ann", 30), 1));
        t.frame().registerEffect(Ping.class, (effect, context) -> pings++);
        t.frame().onFx(SetCount.class, List.of(validate),
                (coeffects, e) -> Effects.state(new App(coeffects.<App>state().profile(), e.count())).and(new Ping()));
        return t;
    }

    private int pings;

    private static Interceptor nonNegative() {
        return Interceptors.validate("non-negative count", (App app) -> app.count() >= 0);
    }

    @Test
    void failingInvariantReportsAfterPhase() {
        TestFrame<App> t = validated(nonNegative());

        t.dispatchAndDrain(new SetCount(-1));

        assertEquals(1, t.errors().size());
        FrameError error = t.errors().get(0);
        assertEquals(Phase.AFTER, error.phase());
        assertEquals("validate:non-negative count", error.interceptorId());
        InvariantViolationException violation = assertInstanceOf(InvariantViolationException.class, error.cause());
        assertEquals("non-negative count", violation.invariant());
        assertTrue(violation.getMessage().contains("'non-negative count'"), violation.getMessage());
    }

    @Test
    void failingInvariantKeepsState() {
        TestFrame<App> t = validated(nonNegative());
        App before = t.state();

        t.dispatchAndDrain(new SetCount(-1));

        assertSame(before, t.state());
    }

    @Test
    void failingInvariantSkipsEffects() {
        TestFrame<App> t = validated(nonNegative());

        t.dispatchAndDrain(new SetCount(-1));

        assertEquals(0, pings);
    }

    @Test
    void passingInvariantLetsEventThrough() {
        TestFrame<App> t = validated(nonNegative());

        t.dispatchAndDrain(new SetCount(5));

        assertEquals(5, t.state().count());
        assertEquals(1, pings);
        t.assertNoErrors();
    }

    @Test
    void globalValidateSeesWholeState() {
        TestFrame<App> t = TestFrame.create(new App(new Profile("ann", 30), 1));
        List<Object> seen = new ArrayList<>();
        t.frame().addGlobalInterceptor(Interceptors.validate("spy", state -> seen.add(state)));
        Interceptor profilePath = Interceptors.path(App::profile,
                (App app, Profile profile) -> new App(profile, app.count()));
        t.frame().on(Rename.class, List.of(profilePath),
                (Profile profile, Rename e) -> new Profile(e.name(), profile.age()));

        t.dispatchAndDrain(new Rename("bob"));

        assertEquals(List.of(new App(new Profile("bob", 30), 1)), seen);
    }

    @Test
    void globalValidateRejectsPathResult() {
        TestFrame<App> t = TestFrame.create(new App(new Profile("ann", 30), 1));
        t.frame().addGlobalInterceptor(Interceptors.validate("named", (App app) -> !app.profile().name().isEmpty()));
        Interceptor profilePath = Interceptors.path(App::profile,
                (App app, Profile profile) -> new App(profile, app.count()));
        t.frame().on(Rename.class, List.of(profilePath),
                (Profile profile, Rename e) -> new Profile(e.name(), profile.age()));

        t.dispatchAndDrain(new Rename(""));

        assertEquals("ann", t.state().profile().name());
        assertEquals(Phase.AFTER, t.errors().get(0).phase());
    }

    @Test
    void validateChecksUnchangedState() {
        TestFrame<App> t = TestFrame.create(new App(new Profile("ann", 30), -1));
        t.frame().on(Keep.class, List.of(nonNegative()), (App app, Keep e) -> app);

        t.dispatchAndDrain(new Keep());

        assertInstanceOf(InvariantViolationException.class, t.errors().get(0).cause());
    }
}
