package io.teaframe.e2e.scenarios;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenarios that scenarios.html runs, in order. To add one, write a method that
 * takes an {@link Outcome} and list it here, or in the list of its group such as
 * {@link HttpScenarios#list()}. Names must be unique, because each becomes
 * a JUnit test name in every browser.
 */
final class AllScenarios {

    private AllScenarios() {
    }

    static List<Scenario> list() {
        List<Scenario> scenarios = new ArrayList<>(List.of(
                Scenario.of("scheduler runs ticks in order", BrowserAdapterScenarios::nextTickOrder),
                Scenario.of("throwing logger keeps tasks running", BrowserAdapterScenarios::throwingLoggerKeepsTasks),
                Scenario.of("scheduler timers and cancel", BrowserAdapterScenarios::timersAndCancel),
                Scenario.of("shared timer runs long timeouts", BrowserAdapterScenarios::sharedLongTimeouts),
                Scenario.of("console logger and random", BrowserAdapterScenarios::loggerAndRandom),
                Scenario.of("DOM listeners run and are removed", BrowserAdapterScenarios::domListeners),
                Scenario.of("router handles A B C D", RuntimeScenarios::queueOrder),
                Scenario.of("dispatchSync inside handler rejected", RuntimeScenarios::dispatchSyncInsideHandler),
                Scenario.of("failures in each phase", RuntimeScenarios::failuresInEachPhase),
                Scenario.of("path interceptor writes back", RuntimeScenarios::pathInterceptor),
                Scenario.of("global interceptors wrap handlers", RuntimeScenarios::globalInterceptors),
                Scenario.of("subscriptions recompute and dispose", RuntimeScenarios::subscriptions),
                Scenario.of("dispatch later and cancel", RuntimeScenarios::delayedDispatch),
                Scenario.of("event storm runs in slices", RuntimeScenarios::stormRunsInSlices),
                Scenario.of("event storm lets a timer run", RuntimeScenarios::stormLetsTimerRun),
                Scenario.of("after-render event waits for frame", RuntimeScenarios::afterRender),
                Scenario.of("debug interceptor diffs records", RuntimeScenarios::debugDiff),
                Scenario.of("now and random coeffects", RuntimeScenarios::coeffects),
                Scenario.of("keyed list keeps moved nodes", ViewScenarios::keyedList),
                Scenario.of("click dispatches to the frame", ViewScenarios::clickDispatches),
                Scenario.of("view events handled in a later task", ViewScenarios::viewEventsHandledLater),
                Scenario.of("markup in data stays text", ViewScenarios::markupInDataIsText),
                Scenario.of("javascript: link not written", ViewScenarios::javascriptLinkBlocked),
                Scenario.of("controlled input keeps the caret", ViewScenarios::controlledInputKeepsCaret),
                Scenario.of("checkbox follows a boolean", FormScenarios::checkbox),
                Scenario.of("radio group follows a choice", FormScenarios::radioGroup),
                Scenario.of("select follows a value", FormScenarios::selectBox),
                Scenario.of("textarea keeps the selection", FormScenarios::textareaKeepsSelection),
                Scenario.of("IME composition is not interrupted", FormScenarios::imeComposition),
                Scenario.of("unmount empties the container", ViewScenarios::unmountEmptiesContainer),
                Scenario.of("BrowserJson passes the shared cases", BrowserAdapterScenarios::browserJsonCases),
                Scenario.of("connectivity online and listener", BrowserAdapterScenarios::connectivity)));
        scenarios.addAll(HttpScenarios.list());
        scenarios.addAll(SocketScenarios.list());
        scenarios.addAll(HttpEffectScenarios.list());
        scenarios.addAll(AsyncScenarios.list());
        return scenarios;
    }
}
