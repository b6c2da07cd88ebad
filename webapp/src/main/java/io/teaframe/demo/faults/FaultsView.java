package io.teaframe.demo.faults;

import static io.teaframe.view.Html.button;
import static io.teaframe.view.Html.checked;
import static io.teaframe.view.Html.children;
import static io.teaframe.view.Html.cls;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.h2;
import static io.teaframe.view.Html.id;
import static io.teaframe.view.Html.input;
import static io.teaframe.view.Html.label;
import static io.teaframe.view.Html.on;
import static io.teaframe.view.Html.onEvent;
import static io.teaframe.view.Html.option;
import static io.teaframe.view.Html.p;
import static io.teaframe.view.Html.section;
import static io.teaframe.view.Html.select;
import static io.teaframe.view.Html.selected;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.type;
import static io.teaframe.view.Html.value;

import io.teaframe.demo.DomValues;
import io.teaframe.demo.faults.FaultsEvents.DropSockets;
import io.teaframe.demo.faults.FaultsEvents.Faults;
import io.teaframe.demo.faults.FaultsEvents.ResetFaults;
import io.teaframe.demo.faults.FaultsEvents.SetFault;
import io.teaframe.demo.faults.FaultsEvents.ThrowInHandler;
import io.teaframe.view.Component;
import io.teaframe.view.EventType;
import io.teaframe.view.VNode;
import java.util.ArrayList;
import java.util.List;

/** The fault controls, to watch the app retry requests and reconnect its socket. */
public final class FaultsView {

    private FaultsView() {
    }

    public static final Component<Void> PANEL = Component.named("Faults", (props, ctx) -> {
        FaultsState faults = ctx.read(new Faults());
        return section(id("faults"), cls("panel faults"),
                h2(text("Fault controls")),
                p(cls("muted"), text("These change the server for every tab. Watch the network activity and the badge.")),
                div(cls("fault-grid"),
                        label(text("Latency"), choice("fault-latency", "latencyMillis",
                                Integer.toString(faults.latencyMillis()),
                                new String[] {"0", "500", "1500", "3000"},
                                new String[] {"none", "500 ms", "1.5 s", "3 s"})),
                        label(text("Errors"), choice("fault-error-rate", "errorRate", rateValue(faults.errorRate()),
                                new String[] {"0", "0.2", "0.5", "1"},
                                new String[] {"none", "20%", "50%", "all"})),
                        label(text("Error status"), choice("fault-error-status", "errorStatus",
                                Integer.toString(faults.errorStatus()),
                                new String[] {"503", "500", "429"},
                                new String[] {"503", "500", "429"})),
                        label(cls("inline"), input(id("fault-stall-pongs"), type("checkbox"), checked(faults.stallPongs()),
                                onEvent(EventType.CHANGE, (domEvent, dispatcher) -> dispatcher.dispatch(
                                        new SetFault("stallPongs", Boolean.toString(DomValues.isChecked(domEvent)))))),
                                text(" Stall pongs"))),
                div(cls("form-buttons"),
                        button(id("drop-sockets"), on(EventType.CLICK, new DropSockets()), text("Drop sockets")),
                        button(id("reset-faults"), on(EventType.CLICK, new ResetFaults()), text("Reset faults")),
                        button(id("throw-in-handler"), on(EventType.CLICK, new ThrowInHandler()),
                                text("Throw in a handler"))));
    });

    /** Returns the value of the rate option closest to {@code rate}, so that a rate set elsewhere still selects one. */
    private static String rateValue(double rate) {
        if (rate >= 0.75) {
            return "1";
        }
        if (rate >= 0.35) {
            return "0.5";
        }
        return rate > 0 ? "0.2" : "0";
    }

    private static VNode choice(String elementId, String member, String current, String[] values, String[] labels) {
        List<VNode> options = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            options.add(option(value(values[i]), selected(values[i].equals(current)), text(labels[i])));
        }
        return select(id(elementId), children(options), onEvent(EventType.CHANGE, (domEvent, dispatcher) ->
                dispatcher.dispatch(new SetFault(member, DomValues.selectValue(domEvent)))));
    }
}
