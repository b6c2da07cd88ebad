package io.teaframe.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.port.Cancellable;
import io.teaframe.port.Scheduler;
import io.teaframe.testkit.VirtualTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The debounce state machine against lodash's semantics, as a table: options, a script
 * of calls at virtual times, and the fires expected as "time:call", where call is the
 * index of the call whose event fired. The expected times were worked out by hand from
 * lodash 4.17's debounce, with its timer running first when a call comes at the instant
 * the timer is due.
 */
class DebouncerTableTest {

    private static final double NONE = Debounce.NO_MAX_WAIT;

    /**
     * One row. {@code script} lists actions as "time action": {@code call},
     * {@code cancel} or {@code flush}. Calls are numbered from 0 in script order.
     */
    record Case(String name, double waitMillis, boolean leading, boolean trailing, double maxWaitMillis, String script,
            String expected) {
    }

    static final Case[] CASES = {
        // Plain debounce: the last call fires once the calls pause for the wait.
        new Case("trailing: one burst", 100, false, true, NONE, "0 call, 50 call, 120 call", "220:2"),
        new Case("trailing: two bursts", 100, false, true, NONE, "0 call, 30 call, 300 call", "130:1, 400:2"),
        new Case("trailing: wait 0 joins calls at one instant", 0, false, true, NONE, "0 call, 0 call, 5 call",
                "0:1, 5:2"),

        // Leading edge.
        new Case("leading only: a burst fires once, at its start", 100, true, false, NONE,
                "0 call, 50 call, 120 call, 300 call", "0:0, 300:3"),
        new Case("leading and trailing: one call fires once", 100, true, true, NONE, "0 call", "0:0"),
        new Case("leading and trailing: two calls fire twice", 100, true, true, NONE, "0 call, 40 call",
                "0:0, 140:1"),

        // maxWait. A call at the instant the timer is due comes after the timer (50, 100, ...).
        new Case("maxWait: fires at least every maxWait during a burst", 100, false, true, 250,
                "0 call, 50 call, 100 call, 150 call, 200 call, 250 call, 300 call, 350 call, 400 call,"
                        + " 450 call, 500 call",
                "250:4, 500:9, 600:10"),
        new Case("maxWait: no leading fire after a pause", 1_000, false, true, 2_000,
                "0 call, 600 call, 1200 call, 1800 call, 2400 call, 10000 call", "2000:3, 3400:4, 11000:5"),
        new Case("maxWait with leading and trailing keeps the last keystroke", 100, true, true, 200,
                "0 call, 25 call, 200 call, 220 call", "0:0, 125:1, 200:2, 320:3"),
        new Case("maxWait below wait counts as wait", 100, false, true, 50, "0 call, 60 call, 120 call",
                "100:1, 220:2"),

        // Throttle: maxWait equal to the wait, leading on.
        new Case("throttle: first call now, last of the window at its end", 100, true, true, 100,
                "0 call, 30 call, 60 call, 90 call, 120 call, 250 call", "0:0, 100:3, 220:4, 250:5"),
        new Case("throttle: a call past maxWait before the timer fires at once", 100, true, true, 100,
                "0 call, 30 call, 60 call, 90 call, 120 call, 210 call", "0:0, 100:3, 210:5"),
        new Case("throttle without leading", 100, false, true, 100, "0 call, 50 call", "100:1"),
        new Case("throttle without trailing", 100, true, false, 100, "0 call, 50 call, 150 call", "0:0, 150:2"),

        // Cancel and flush.
        new Case("cancel drops the pending call", 100, false, true, NONE, "0 call, 50 call, 80 cancel", ""),
        new Case("a call after cancel starts a new burst", 100, true, true, NONE,
                "0 call, 50 call, 80 cancel, 90 call", "0:0, 90:2"),
        new Case("flush fires the pending call now", 100, false, true, NONE,
                "0 call, 50 call, 70 flush, 80 call", "70:1, 180:2"),
        new Case("flush with nothing pending fires nothing", 100, true, true, NONE, "0 call, 50 flush", "0:0"),
        new Case("flush without trailing fires nothing", 100, true, false, NONE, "0 call, 30 call, 50 flush",
                "0:0"),
        new Case("neither edge fires nothing", 100, false, false, 150, "0 call, 50 call, 100 call, 200 call", ""),
    };

    @Test
    void tableOfCallSequences() {
        List<String> failures = new ArrayList<>();
        for (Case row : CASES) {
            VirtualTime time = new VirtualTime();
            String actual = run(row, time, time);
            if (!actual.equals(row.expected())) {
                failures.add(row.name() + ": expected [" + row.expected() + "] but fired [" + actual + "]");
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void lateTimerDoesNotMakeLeadingFire() {
        // A background tab runs timers late. The call at 500 finds the timer of the first
        // burst overdue: that burst ends first (call 0 fires), and call 1 starts a new
        // burst that fires after its own wait. lodash would fire call 1 at 500, on a
        // leading edge that is off, and drop call 0.
        VirtualTime time = new VirtualTime();
        Scheduler late = new Scheduler() {
            @Override
            public Cancellable nextTick(Runnable task) {
                return time.nextTick(task);
            }

            @Override
            public Cancellable timeout(double delayMillis, Runnable task) {
                return time.timeout(delayMillis + 1_000, task);
            }

            @Override
            public Cancellable animationFrame(Runnable task) {
                return time.animationFrame(task);
            }
        };
        Case row = new Case("late timer", 100, false, true, 200, "0 call, 500 call", "500:0, 1600:1");

        assertEquals(row.expected(), run(row, time, late));
    }

    @Test
    void endedReportedWhenIdleAgain() {
        VirtualTime time = new VirtualTime();
        List<String> log = new ArrayList<>();
        Debouncer debouncer = new Debouncer(time, time, 100, false, true, NONE, new Debouncer.Output() {
            @Override
            public void fire(Object event) {
                log.add("fire " + event);
            }

            @Override
            public void ended() {
                log.add("ended");
            }
        });

        debouncer.call("a");
        assertTrue(debouncer.hasPending());
        time.advance(100);

        assertEquals(List.of("fire a", "ended"), log);
        assertTrue(debouncer.isIdle());
        assertEquals(0, time.pending());
    }

    /** Runs the script of {@code row} and returns the fires as "time:call, ...". */
    private static String run(Case row, VirtualTime time, Scheduler scheduler) {
        List<String> fired = new ArrayList<>();
        Debouncer debouncer = new Debouncer(time, scheduler, row.waitMillis(), row.leading(), row.trailing(),
                row.maxWaitMillis(), new Debouncer.Output() {
                    @Override
                    public void fire(Object event) {
                        fired.add(format(time.now()) + ":" + event);
                    }

                    @Override
                    public void ended() {
                    }
                });

        // The script's tasks are scheduled first, so at a shared instant they run before
        // the debouncer's own timer. The debouncer then lets that due timer expire first.
        int calls = 0;
        for (String action : row.script().split(",\\s*")) {
            String[] parts = action.trim().split(" ");
            double at = Double.parseDouble(parts[0]);
            switch (parts[1]) {
                case "call" -> {
                    int index = calls++;
                    time.timeout(at, () -> debouncer.call(index));
                }
                case "cancel" -> time.timeout(at, debouncer::cancel);
                case "flush" -> time.timeout(at, debouncer::flush);
                default -> throw new IllegalArgumentException("unknown action " + action);
            }
        }
        time.advance(100_000);
        assertTrue(debouncer.isIdle(), row.name() + ": the debouncer is idle at the end");
        return String.join(", ", fired);
    }

    private static String format(double millis) {
        return millis == Math.rint(millis) ? Long.toString((long) millis) : Double.toString(millis);
    }
}
