package vn.nscl.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import vn.nscl.notification.NotificationItem;
import vn.nscl.notification.NotificationService;
import vn.nscl.shared.ui.Formats;

/** Thông báo: the notification centre, newest first; opening one marks it read and goes where it points. */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    final Div list = new Div();

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("narrow-page");
        Button allRead = new Button(getTranslation("notifications.mark-all"), e -> {
            notifications.markAllRead();
            show();
            refreshBell();
        });
        allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        list.addClassName("notification-list");
        add(allRead, list);
        show();
    }

    private void show() {
        list.removeAll();
        var items = notifications.mine();
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("notifications.none")));
        }
        items.forEach(item -> list.add(row(item)));
    }

    private Div row(NotificationItem item) {
        Span text = new Span(getTranslation(item.messageKey(), item.args().toArray()));
        Span when = new Span(Formats.dateTime(item.createdAt()));
        when.addClassName("muted");
        Div row = new Div(text, when);
        row.addClassNames("notification-row", item.read() ? "read" : "unread");
        if (item.link() != null || !item.read()) {
            String label = item.link() == null ? "notifications.mark-read" : "notifications.open";
            Button open = new Button(getTranslation(label),
                    e -> {
                        notifications.markRead(item.id());
                        if (item.link() != null) {
                            getUI().ifPresent(ui -> ui.navigate(item.link()));
                        } else {
                            show();
                            refreshBell();
                        }
                    });
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(open);
        }
        return row;
    }

    /** The header's bell is outside this view: find it and count again. */
    private void refreshBell() {
        getUI().ifPresent(ui -> descendants(ui).filter(NotificationBell.class::isInstance)
                .map(NotificationBell.class::cast).forEach(NotificationBell::refresh));
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root),
                root.getChildren().flatMap(NotificationsView::descendants));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notifications") + " | " + getTranslation("app.name");
    }
}
