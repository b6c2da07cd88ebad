package io.teaframe.demo.details;

import static io.teaframe.view.Html.attr;
import static io.teaframe.view.Html.button;
import static io.teaframe.view.Html.checked;
import static io.teaframe.view.Html.children;
import static io.teaframe.view.Html.cls;
import static io.teaframe.view.Html.dd;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.dl;
import static io.teaframe.view.Html.dt;
import static io.teaframe.view.Html.form;
import static io.teaframe.view.Html.h2;
import static io.teaframe.view.Html.h3;
import static io.teaframe.view.Html.id;
import static io.teaframe.view.Html.input;
import static io.teaframe.view.Html.label;
import static io.teaframe.view.Html.li;
import static io.teaframe.view.Html.on;
import static io.teaframe.view.Html.onEvent;
import static io.teaframe.view.Html.option;
import static io.teaframe.view.Html.p;
import static io.teaframe.view.Html.section;
import static io.teaframe.view.Html.select;
import static io.teaframe.view.Html.selected;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.title;
import static io.teaframe.view.Html.type;
import static io.teaframe.view.Html.ul;
import static io.teaframe.view.Html.value;

import io.teaframe.demo.DomValues;
import io.teaframe.demo.details.DetailsEvents.CancelEdit;
import io.teaframe.demo.details.DetailsEvents.CloseDetails;
import io.teaframe.demo.details.DetailsEvents.Details;
import io.teaframe.demo.details.DetailsEvents.EditField;
import io.teaframe.demo.details.DetailsEvents.SaveEdit;
import io.teaframe.demo.details.DetailsEvents.StartEdit;
import io.teaframe.demo.users.User;
import io.teaframe.view.Component;
import io.teaframe.view.EventType;
import io.teaframe.view.VNode;
import java.util.ArrayList;
import java.util.List;

/** The details panel: the user, their permissions, and the edit form. */
public final class DetailsView {

    static final List<String> ROLES = List.of("viewer", "editor", "admin");

    private DetailsView() {
    }

    public static final Component<Void> PANEL = Component.named("Details", (props, ctx) -> {
        DetailsState details = ctx.read(new Details());
        if (!details.isOpen()) {
            return section(id("details"), cls("panel details closed"),
                    p(cls("muted"), text("Select a user to see their details.")));
        }
        User user = details.user();
        return section(id("details"), cls("panel details"), attr("data-user-id", Integer.toString(details.userId())),
                div(cls("panel-head"),
                        h2(id("details-title"), text(user == null ? "User " + details.userId() : user.name())),
                        button(id("close-details"), cls("icon"), title("Close"), on(EventType.CLICK, new CloseDetails()),
                                text("×"))),
                details.message().isEmpty() ? null : p(id("details-error"), cls("error"), text(details.message())),
                user == null ? p(id("details-loading"), cls("muted"), text("Loading the user…"))
                        : details.draft() != null ? editForm(details.draft()) : summary(user),
                user == null || details.draft() != null ? null : permissions(details));
    });

    private static VNode summary(User user) {
        return div(id("details-user"),
                dl(cls("facts"),
                        dt(text("Email")), dd(id("details-email"), text(user.email())),
                        dt(text("Role")), dd(id("details-role"), text(user.role())),
                        dt(text("Team")), dd(id("details-team"), text(user.team())),
                        dt(text("Active")), dd(text(user.active() ? "yes" : "no")),
                        dt(text("Created")), dd(text(user.created())),
                        dt(text("Version")), dd(id("details-version"), text(Integer.toString(user.version())))),
                button(id("edit-user"), on(EventType.CLICK, new StartEdit()), text("Edit")));
    }

    private static VNode permissions(DetailsState details) {
        if (details.permissions() == null) {
            return p(id("permissions-loading"), cls("muted"), text("Loading permissions…"));
        }
        List<VNode> items = new ArrayList<>();
        for (String permission : details.permissions()) {
            items.add(li(cls("permission"), text(permission)));
        }
        return div(h3(text("Permissions")), ul(id("permissions"), cls("chips"), children(items)));
    }

    private static VNode editForm(User draft) {
        List<VNode> roles = new ArrayList<>();
        for (String role : ROLES) {
            roles.add(option(value(role), selected(role.equals(draft.role())), text(role)));
        }
        return form(id("edit-form"), cls("edit-form"),
                onEvent(EventType.SUBMIT, (domEvent, dispatcher) -> {
                    DomValues.preventDefault(domEvent);
                    dispatcher.dispatch(new SaveEdit());
                }),
                field("name", "Name", draft.name()),
                field("email", "Email", draft.email()),
                label(text("Role"), select(id("edit-role"), children(roles),
                        onEvent(EventType.CHANGE, (domEvent, dispatcher) ->
                                dispatcher.dispatch(new EditField("role", DomValues.selectValue(domEvent)))))),
                field("team", "Team", draft.team()),
                label(cls("inline"), input(id("edit-active"), type("checkbox"), checked(draft.active()),
                        onEvent(EventType.CHANGE, (domEvent, dispatcher) -> dispatcher.dispatch(
                                new EditField("active", Boolean.toString(DomValues.isChecked(domEvent)))))),
                        text(" Active")),
                div(cls("form-buttons"),
                        button(id("save-user"), type("submit"), text("Save")),
                        button(id("cancel-edit"), type("button"), on(EventType.CLICK, new CancelEdit()),
                                text("Cancel"))));
    }

    private static VNode field(String name, String caption, String current) {
        return label(text(caption), input(id("edit-" + name), type("text"), value(current),
                onEvent(EventType.INPUT, (domEvent, dispatcher) ->
                        dispatcher.dispatch(new EditField(name, DomValues.inputValue(domEvent))))));
    }
}
