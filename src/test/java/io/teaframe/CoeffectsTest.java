package io.teaframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.effect.Effects;
import io.teaframe.interceptor.Coeffect;
import io.teaframe.interceptor.Interceptors;
import io.teaframe.interceptor.MissingCoeffectException;
import io.teaframe.testkit.TestFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoeffectsTest {

    record Seen(double now, String id, String draft) {
    }

    record Stamp() {
    }

    record Load() {
    }

    record LoadWithArgument(String key) {
    }

    record ReadWithoutInject() {
    }

    static final Coeffect<String> DRAFT = Coeffect.named("draft");
    static final Coeffect<String> MISSING = Coeffect.named("missing");

    private final Seen empty = new Seen(-1, "", "");

    @Test
    void nowComesFromClock() {
        TestFrame<Seen> t = TestFrame.create(empty);
        t.frame().onFx(Stamp.class, (cofx, e) -> Effects.state(new Seen(cofx.now(), "", "")));

        t.advance(1234);
        t.dispatchAndDrain(new Stamp());

        assertEquals(1234.0, t.state().now());
    }

    @Test
    void randomIsSeededInTests() {
        TestFrame<Seen> first = TestFrame.create(empty, 7);
        TestFrame<Seen> second = TestFrame.create(empty, 7);
        TestFrame<Seen> other = TestFrame.create(empty, 8);
        for (TestFrame<Seen> t : List.of(first, second, other)) {
            t.frame().onFx(Stamp.class, (cofx, e) -> Effects.state(new Seen(0, cofx.random().uuid(), "")));
            t.dispatchAndDrain(new Stamp());
        }

        assertEquals(first.state().id(), second.state().id());
        assertNotEquals(first.state().id(), other.state().id());
        assertEquals(36, first.state().id().length());
    }

    @Test
    void injectAddsCustomCoeffect() {
        TestFrame<Seen> t = TestFrame.create(empty);
        t.frame().registerCoeffect(DRAFT, (cofx, argument) -> "saved text");
        t.frame().onFx(Load.class, List.of(Interceptors.inject(DRAFT)),
                (cofx, e) -> Effects.state(new Seen(0, "", cofx.get(DRAFT))));

        t.dispatchAndDrain(new Load());

        assertEquals("saved text", t.state().draft());
        t.assertNoErrors();
    }

    @Test
    void injectPassesArgument() {
        TestFrame<Seen> t = TestFrame.create(empty);
        t.frame().registerCoeffect(DRAFT, (cofx, argument) -> "value of " + argument);
        t.frame().onFx(LoadWithArgument.class, List.of(Interceptors.inject(DRAFT, "k1")),
                (cofx, e) -> Effects.state(new Seen(0, "", cofx.get(DRAFT))));

        t.dispatchAndDrain(new LoadWithArgument("k1"));

        assertEquals("value of k1", t.state().draft());
    }

    @Test
    void missingCoeffectHandlerStopsEvent() {
        TestFrame<Seen> t = TestFrame.create(empty);
        boolean[] handlerRan = {false};
        t.frame().onFx(Load.class, List.of(Interceptors.inject(MISSING)), (cofx, e) -> {
            handlerRan[0] = true;
            return Effects.state(new Seen(1, "", ""));
        });

        t.dispatchAndDrain(new Load());

        assertEquals(false, handlerRan[0]);
        assertSame(empty, t.state());
        assertEquals(1, t.errors().size());
        FrameError error = t.errors().get(0);
        assertEquals(Phase.COEFFECT, error.phase());
        assertEquals("inject:missing", error.interceptorId());
        assertTrue(error.cause() instanceof MissingCoeffectException);
        assertTrue(error.cause().getMessage().contains("'missing'"), error.cause().getMessage());
    }

    @Test
    void throwingCoeffectHandlerIsCoeffectPhase() {
        TestFrame<Seen> t = TestFrame.create(empty);
        t.frame().registerCoeffect(DRAFT, (cofx, argument) -> {
            throw new IllegalStateException("storage unavailable");
        });
        t.frame().onFx(Load.class, List.of(Interceptors.inject(DRAFT)), (cofx, e) -> Effects.none());

        t.dispatchAndDrain(new Load());

        assertEquals(Phase.COEFFECT, t.errors().get(0).phase());
        assertEquals("storage unavailable", t.errors().get(0).cause().getMessage());
    }

    @Test
    void readingUninjectedCoeffectFails() {
        TestFrame<Seen> t = TestFrame.create(empty);
        t.frame().onFx(ReadWithoutInject.class, (cofx, e) -> Effects.state(new Seen(0, "", cofx.get(DRAFT))));

        t.dispatchAndDrain(new ReadWithoutInject());

        assertSame(empty, t.state());
        FrameError error = t.errors().get(0);
        assertEquals(Phase.HANDLER, error.phase());
        assertTrue(error.cause() instanceof MissingCoeffectException);
        assertTrue(error.cause().getMessage().contains("Interceptors.inject(draft)"), error.cause().getMessage());
    }

    @Test
    void eventAndStateAreCoeffects() {
        TestFrame<Seen> t = TestFrame.create(empty);
        t.frame().onFx(LoadWithArgument.class, (cofx, e) -> {
            LoadWithArgument event = cofx.event();
            Seen state = cofx.state();
            return Effects.state(new Seen(state.now(), event.key(), ""));
        });

        t.dispatchAndDrain(new LoadWithArgument("from event"));

        assertEquals(new Seen(-1, "from event", ""), t.state());
    }
}
