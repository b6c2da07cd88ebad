package io.teaframe.view;

import static io.teaframe.view.Html.button;
import static io.teaframe.view.Html.on;
import static io.teaframe.view.Html.onEvent;
import static io.teaframe.view.Html.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event handlers: dispatch, DOM event functions, and one stable DOM listener. */
class ListenerTest {

    record Clicked(int id) {
    }

    @Test
    void clickDispatchesTheEventValue() {
        Harness h = new Harness().mount(button(on(EventType.CLICK, new Clicked(1)), text("go")));

        h.dom.fire(h.root(), "click", new FakeDom.Event("click"));

        assertEquals(List.of(new Clicked(1)), h.dispatched);
    }

    @Test
    void functionReceivesTheDomEvent() {
        List<Object> seen = new ArrayList<>();
        Harness h = new Harness().mount(button(onEvent(EventType.INPUT, (event, dispatcher) -> {
            seen.add(event);
            dispatcher.dispatch("typed");
        })));
        FakeDom.Event domEvent = new FakeDom.Event("input");

        h.dom.fire(h.root(), "input", domEvent);

        assertSame(domEvent, seen.get(0));
        assertEquals(List.of("typed"), h.dispatched);
    }

    @Test
    void newHandlerSwapsWithoutDomCalls() {
        Harness h = new Harness().mount(button(on(EventType.CLICK, new Clicked(1))));

        h.update(button(on(EventType.CLICK, new Clicked(2))));
        h.dom.fire(h.root(), "click", null);

        assertEquals(List.of(), h.dom.calls);
        assertEquals(List.of(new Clicked(2)), h.dispatched);
    }

    @Test
    void newLambdaEachRenderMakesNoDomCalls() {
        Harness h = new Harness().mount(button(onEvent(EventType.CLICK, (e, d) -> d.dispatch("first"))));

        h.update(button(onEvent(EventType.CLICK, (e, d) -> d.dispatch("second"))));
        h.dom.fire(h.root(), "click", null);

        assertEquals(List.of(), h.dom.calls);
        assertEquals(List.of("second"), h.dispatched);
    }

    @Test
    void addedAndRemovedEventTypes() {
        Harness h = new Harness().mount(button(on(EventType.CLICK, "c"), on(EventType.FOCUS, "f")));

        h.update(button(on(EventType.FOCUS, "f"), on(EventType.BLUR, "b")));

        assertEquals(List.of("addEventListener button blur", "removeEventListener button click"), h.dom.calls);
        assertEquals(2, h.dom.registeredListeners());
    }

    @Test
    void laterHandlerForSameTypeWins() {
        Harness h = new Harness().mount(button(on(EventType.CLICK, "first"), on(EventType.CLICK, "second")));

        h.dom.fire(h.root(), "click", null);

        assertEquals(1, h.dom.registeredListeners());
        assertEquals(List.of("second"), h.dispatched);
    }

    @Test
    void namedEventType() {
        Harness h = new Harness().mount(button(on(EventType.named("my-event"), "custom")));

        h.dom.fire(h.root(), "my-event", null);

        assertEquals(List.of("custom"), h.dispatched);
    }
}
