package io.teaframe.demo.chat;

import static io.teaframe.view.Html.attr;
import static io.teaframe.view.Html.button;
import static io.teaframe.view.Html.children;
import static io.teaframe.view.Html.cls;
import static io.teaframe.view.Html.disabled;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.form;
import static io.teaframe.view.Html.h2;
import static io.teaframe.view.Html.h3;
import static io.teaframe.view.Html.id;
import static io.teaframe.view.Html.input;
import static io.teaframe.view.Html.key;
import static io.teaframe.view.Html.li;
import static io.teaframe.view.Html.onEvent;
import static io.teaframe.view.Html.p;
import static io.teaframe.view.Html.placeholder;
import static io.teaframe.view.Html.section;
import static io.teaframe.view.Html.span;
import static io.teaframe.view.Html.strong;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.type;
import static io.teaframe.view.Html.ul;
import static io.teaframe.view.Html.value;

import io.teaframe.demo.DomValues;
import io.teaframe.demo.chat.ChatEvents.AuthorTyped;
import io.teaframe.demo.chat.ChatEvents.Chat;
import io.teaframe.demo.chat.ChatEvents.DraftTyped;
import io.teaframe.demo.chat.ChatEvents.SendChat;
import io.teaframe.demo.chat.ChatState.Outgoing;
import io.teaframe.demo.connection.ConnectionEvents.Connection;
import io.teaframe.socket.SocketState;
import io.teaframe.view.Component;
import io.teaframe.view.EventType;
import io.teaframe.view.VNode;
import java.util.ArrayList;
import java.util.List;

/** The message panel: the stored messages, this tab's sent messages with their delivery state, and the form. */
public final class ChatView {

    private ChatView() {
    }

    public static final Component<Void> PANEL = Component.named("Chat", (props, ctx) -> {
        ChatState chat = ctx.read(new Chat());
        boolean open = ctx.read(new Connection()).state() == SocketState.OPEN;

        List<VNode> messages = new ArrayList<>();
        for (ChatMessage message : chat.messages()) {
            messages.add(li(key(message.id()), cls("chat-message"), attr("data-id", Integer.toString(message.id())),
                    strong(cls("chat-author"), text(message.author())), span(cls("chat-text"), text(message.text()))));
        }
        List<VNode> outgoing = new ArrayList<>();
        for (int i = chat.outgoing().size() - 1; i >= 0; i--) {
            Outgoing message = chat.outgoing().get(i);
            String delivery = chat.delivery(message, open);
            outgoing.add(li(key(message.number()), cls("outgoing outgoing-" + delivery), attr("data-delivery", delivery),
                    span(cls("outgoing-text"), text(message.text())),
                    span(cls("delivery"), text(delivery))));
        }
        return section(id("chat"), cls("panel chat"),
                h2(text("Messages")),
                messages.isEmpty() ? p(cls("muted"), text("No messages yet."))
                        : ul(id("chat-messages"), cls("chat-messages"), children(messages)),
                form(id("chat-form"), cls("chat-form"),
                        onEvent(EventType.SUBMIT, (domEvent, dispatcher) -> {
                            DomValues.preventDefault(domEvent);
                            dispatcher.dispatch(new SendChat());
                        }),
                        input(id("chat-author"), type("text"), placeholder("Your name"), value(chat.author()),
                                attr("aria-label", "Your name"),
                                onEvent(EventType.INPUT, (domEvent, dispatcher) ->
                                        dispatcher.dispatch(new AuthorTyped(DomValues.inputValue(domEvent))))),
                        input(id("chat-text"), type("text"), placeholder("Write a message"), value(chat.draft()),
                                attr("aria-label", "Message"), attr("autocomplete", "off"),
                                onEvent(EventType.INPUT, (domEvent, dispatcher) ->
                                        dispatcher.dispatch(new DraftTyped(DomValues.inputValue(domEvent))))),
                        button(id("chat-send"), type("submit"), disabled(chat.draft().isBlank()), text("Send"))),
                outgoing.isEmpty() ? null : div(cls("outbox"),
                        h3(text("Sent from this tab")),
                        ul(id("chat-outgoing"), children(outgoing))));
    });
}
