package io.teaframe.interceptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.teaframe.Frame;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Interceptors.path: the handler receives one part of the state, and its result is written back. */
class PathInterceptorTest {

    record Address(String street, String city) {
    }

    record Profile(String name, Address address) {
    }

    record App(Profile profile, int visits) {
    }

    record Rename(String name) {
    }

    record Keep() {
    }

    record Clear() {
    }

    record Move(String street) {
    }

    private static final App START = new App(new Profile("ann", new Address("Elm St", "Oslo")), 3);

    private TestFrame<App> t;
    private Frame<App> frame;

    @BeforeEach
    void setUp() {
        t = TestFrame.create(START);
        frame = t.frame();
    }

    private static Interceptor profilePath() {
        return Interceptors.path(App::profile, (App app, Profile profile) -> new App(profile, app.visits()));
    }

    private static Interceptor addressPath() {
        return Interceptors.path(Profile::address,
                (Profile profile, Address address) -> new Profile(profile.name(), address));
    }

    /** Returns an interceptor that records the state coeffect that its after step receives. */
    private static Interceptor stateSpy(String id, List<Object> seen) {
        return Interceptor.after(id, context -> {
            seen.add(context.coeffects().state());
            return context;
        });
    }

    @Test
    void handlerSeesThePart() {
        List<Profile> seen = new ArrayList<>();
        frame.on(Keep.class, List.of(profilePath()), (Profile profile, Keep e) -> {
            seen.add(profile);
            return profile;
        });

        t.dispatchAndDrain(new Keep());

        assertEquals(List.of(START.profile()), seen);
    }

    @Test
    void newPartIsWrittenBack() {
        frame.on(Rename.class, List.of(profilePath()),
                (Profile profile, Rename e) -> new Profile(e.name(), profile.address()));

        t.dispatchAndDrain(new Rename("bob"));

        assertEquals(new App(new Profile("bob", START.profile().address()), 3), t.state());
    }

    @Test
    void samePartLeavesStateReference() {
        int[] setterCalls = {0};
        Interceptor countingPath = Interceptors.path(App::profile, (App app, Profile profile) -> {
            setterCalls[0]++;
            return new App(profile, app.visits());
        });
        frame.on(Keep.class, List.of(countingPath), (Profile profile, Keep e) -> profile);

        t.dispatchAndDrain(new Keep());

        assertSame(START, t.state());
        assertEquals(0, setterCalls[0]);
        t.assertNoErrors();
    }

    @Test
    void explicitNullIsWritten() {
        frame.on(Clear.class, List.of(profilePath()), (Profile profile, Clear e) -> null);

        t.dispatchAndDrain(new Clear());

        assertNull(t.state().profile());
        assertEquals(3, t.state().visits());
        t.assertNoErrors();
    }

    @Test
    void nestedPathsReachInnerPart() {
        List<Address> seen = new ArrayList<>();
        frame.on(Move.class, List.of(profilePath(), addressPath()), (Address address, Move e) -> {
            seen.add(address);
            return new Address(e.street(), address.city());
        });

        t.dispatchAndDrain(new Move("Oak Rd"));

        assertEquals(List.of(START.profile().address()), seen);
        assertEquals(new App(new Profile("ann", new Address("Oak Rd", "Oslo")), 3), t.state());
    }

    @Test
    void nestedPathsRestoreEachLevel() {
        List<Object> outer = new ArrayList<>();
        List<Object> middle = new ArrayList<>();
        frame.on(Move.class, List.of(stateSpy("outer", outer), profilePath(), stateSpy("middle", middle), addressPath()),
                (Address address, Move e) -> new Address(e.street(), address.city()));

        t.dispatchAndDrain(new Move("Oak Rd"));

        assertEquals(List.of(START.profile()), middle);
        assertEquals(List.of(START), outer);
    }

    @Test
    void outerAfterSeesWholeState() {
        List<Object> seenState = new ArrayList<>();
        List<Object> seenNewState = new ArrayList<>();
        Interceptor outer = Interceptor.after("outer", context -> {
            seenState.add(context.coeffects().state());
            seenNewState.add(context.effects().state());
            return context;
        });
        frame.on(Rename.class, List.of(outer, profilePath()),
                (Profile profile, Rename e) -> new Profile(e.name(), profile.address()));

        t.dispatchAndDrain(new Rename("bob"));

        assertSame(START, seenState.get(0));
        assertEquals(new App(new Profile("bob", START.profile().address()), 3), seenNewState.get(0));
    }

    @Test
    void globalAfterSeesWholeState() {
        List<Object> seen = new ArrayList<>();
        frame.addGlobalInterceptor(stateSpy("global", seen));
        frame.on(Rename.class, List.of(profilePath()),
                (Profile profile, Rename e) -> new Profile(e.name(), profile.address()));

        t.dispatchAndDrain(new Rename("bob"));

        assertSame(START, seen.get(0));
    }

    @Test
    void pathWorksForConsecutiveEvents() {
        frame.on(Rename.class, List.of(profilePath()),
                (Profile profile, Rename e) -> new Profile(e.name(), profile.address()));
        frame.on(Move.class, List.of(profilePath(), addressPath()),
                (Address address, Move e) -> new Address(e.street(), address.city()));

        t.dispatch(new Rename("bob")).dispatch(new Move("Oak Rd")).drain();

        assertEquals(new App(new Profile("bob", new Address("Oak Rd", "Oslo")), 3), t.state());
        t.assertNoErrors();
    }
}
