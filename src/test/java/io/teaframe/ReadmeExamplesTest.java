package io.teaframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.effect.DispatchLater;
import io.teaframe.effect.Effects;
import io.teaframe.interceptor.Coeffect;
import io.teaframe.interceptor.Interceptors;
import io.teaframe.interceptor.StateInterceptor;
import io.teaframe.sub.Query;
import io.teaframe.sub.Subscription;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of README.md, compiled and run, so that the README stays true. */
class ReadmeExamplesTest {

    record Counter(int count) {
    }

    record Increment(int by) {
    }

    record Count() implements Query<Integer> {
    }

    enum Filter { ALL, DONE }

    record Item(String name, boolean done) {
    }

    record Profile(String name) {
        Profile withName(String newName) {
            return new Profile(newName);
        }
    }

    record App(Profile profile, List<Item> items, boolean saving, String draft, int balance, String error) {
        static App initial() {
            return new App(new Profile("ada"), List.of(new Item("a", true), new Item("b", false)), false, "", 0, "");
        }

        App withProfile(Profile newProfile) {
            return new App(newProfile, items, saving, draft, balance, error);
        }

        App withSaving(boolean newSaving) {
            return new App(profile, items, newSaving, draft, balance, error);
        }

        App withDraft(String newDraft) {
            return new App(profile, items, saving, newDraft, balance, error);
        }

        App withBalance(int newBalance) {
            return new App(profile, items, saving, draft, newBalance, error);
        }

        App withError(String newError) {
            return new App(profile, items, saving, draft, balance, newError);
        }
    }

    record Save() {
    }

    record Autosave() {
    }

    record Rename(String name) {
    }

    record Restore() {
    }

    record Withdraw(int amount) {
    }

    record ShowError(String text) {
    }

    record Items() implements Query<List<Item>> {
    }

    record Visible(Filter filter) implements Query<List<Item>> {
    }

    record Summary() implements Query<String> {
    }

    static final Coeffect<String> DRAFT = Coeffect.named("draft");

    @Test
    void counterExample() {
        TestFrame<Counter> t = TestFrame.create(new Counter(0));
        t.frame().on(Increment.class, (state, event) -> new Counter(state.count() + event.by()));
        t.frame().registerExtractor(Count.class, (state, query) -> state.count());
        List<String> labels = new ArrayList<>();
        t.frame().subscribe(new Count(), count -> labels.add("Clicked " + count + " times"));

        t.dispatch(new Increment(2)).drain();

        assertEquals(new Counter(2), t.state());
        assertEquals(List.of("Clicked 2 times"), labels);
        t.assertNoErrors();
    }

    @Test
    void autosaveExample() {
        TestFrame<App> t = TestFrame.create(App.initial());
        Frame<App> frame = t.frame();
        frame.onFx(Save.class, (cofx, e) -> Effects.state(cofx.<App>state().withSaving(true))
                .and(new DispatchLater("autosave", 5_000, new Autosave())));
        frame.on(Autosave.class, (state, e) -> state.withSaving(false));

        t.dispatch(new Save()).drain();
        t.advance(4_999);
        assertEquals(1, t.frame().pendingDelayedDispatches());
        assertTrue(t.state().saving());

        t.advance(1);
        assertEquals(0, t.frame().pendingDelayedDispatches());
        assertEquals(false, t.state().saving());
        t.assertNoErrors();
    }

    @Test
    void pathAndCoeffectExamples() {
        TestFrame<App> t = TestFrame.create(App.initial());
        Frame<App> frame = t.frame();
        frame.on(Rename.class, List.of(Interceptors.path(App::profile, App::withProfile)),
                (Profile profile, Rename e) -> profile.withName(e.name()));
        frame.registerCoeffect(DRAFT, (cofx, argument) -> "from storage");
        frame.onFx(Restore.class, List.of(Interceptors.inject(DRAFT)),
                (cofx, e) -> Effects.state(cofx.<App>state().withDraft(cofx.get(DRAFT))));

        t.dispatch(new Rename("grace")).dispatch(new Restore()).drain();

        assertEquals(new Profile("grace"), t.state().profile());
        assertEquals("from storage", t.state().draft());
        t.assertNoErrors();
    }

    @Test
    void validateAndErrorHandlerExamples() {
        TestFrame<App> t = TestFrame.create(App.initial());
        Frame<App> frame = t.frame();
        frame.addGlobalInterceptor(Interceptors.validate("balance never negative", (App app) -> app.balance() >= 0));
        frame.on(Withdraw.class, (state, e) -> state.withBalance(state.balance() - e.amount()));
        frame.on(ShowError.class, (state, e) -> state.withError(e.text()));
        frame.setErrorHandler(error -> frame.dispatch(new ShowError(error.describe())));

        t.dispatch(new Withdraw(10)).drain();

        assertEquals(0, t.state().balance());
        assertTrue(t.state().error().contains("balance never negative"), t.state().error());
    }

    @Test
    void subscriptionExamples() {
        TestFrame<App> t = TestFrame.create(App.initial());
        Frame<App> frame = t.frame();
        frame.registerExtractor(Items.class, (state, q) -> state.items());
        frame.registerDerived(Visible.class, q -> new Items(),
                (List<Item> items, Visible q) -> filter(items, q.filter()));
        frame.registerDerived(Summary.class, q -> new Items(), q -> new Visible(Filter.DONE),
                (List<Item> all, List<Item> done, Summary q) -> done.size() + " of " + all.size());

        List<String> rendered = new ArrayList<>();
        Subscription<String> summary = frame.subscribe(new Summary(), rendered::add);

        assertEquals("1 of 2", summary.value());
        summary.close();
        assertEquals(0, frame.subscriptions().nodeCount());
        assertEquals(2, frame.read(new Visible(Filter.ALL)).size());
        assertEquals(0, frame.subscriptions().nodeCount());
    }

    private static List<Item> filter(List<Item> items, Filter filter) {
        List<Item> kept = new ArrayList<>();
        for (Item item : items) {
            if (filter == Filter.ALL || item.done()) {
                kept.add(item);
            }
        }
        return kept;
    }

    /** The audit log of the StateInterceptor example. */
    static final class AuditLog {
        final List<Object> events = new ArrayList<>();

        void record(Object event) {
            events.add(event);
        }
    }

    /** The README's StateInterceptor made of functions. */
    static final class Audit extends StateInterceptor {
        Audit(AuditLog log) {
            super("audit", null, (Object state, Object event) -> log.record(event));
        }
    }

    @Test
    void stateInterceptorFromFunctions() {
        TestFrame<Counter> t = TestFrame.create(new Counter(0));
        AuditLog log = new AuditLog();
        t.frame().addGlobalInterceptor(new Audit(log));
        t.frame().on(Increment.class, (state, e) -> new Counter(state.count() + e.by()));

        t.dispatchAndDrain(new Increment(2));

        assertEquals(List.of(new Increment(2)), log.events);
        assertEquals(new Counter(2), t.state());
    }
}
