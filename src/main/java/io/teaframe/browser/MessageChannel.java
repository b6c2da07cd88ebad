package io.teaframe.browser;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.MessageEvent;

/** The browser's {@code MessageChannel}: two entangled ports. Missing from teavm-jso-apis 0.16. */
@JSClass(name = "MessageChannel")
class MessageChannel implements JSObject {

    MessageChannel() {
    }

    @JSProperty
    native Port getPort1();

    @JSProperty
    native Port getPort2();

    /** The members of {@code MessagePort} that the scheduler uses. */
    interface Port extends JSObject {

        void postMessage(JSObject message);

        /** Sets {@code onmessage}, which also starts the port, unlike {@code addEventListener}. */
        @JSProperty("onmessage")
        void setOnMessage(EventListener<MessageEvent> listener);
    }
}
