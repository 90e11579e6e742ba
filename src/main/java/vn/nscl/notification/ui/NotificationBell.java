package vn.nscl.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import vn.nscl.notification.NotificationService;

/** The bell in the header: how many notifications are unread; a click opens the notification centre. */
public class NotificationBell extends Button {

    private final NotificationService notifications;
    private final Span badge = new Span();

    public NotificationBell(NotificationService notifications) {
        super(VaadinIcon.BELL.create());
        this.notifications = notifications;
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        addClassName("notification-bell");
        badge.addClassName("notification-badge");
        badge.getElement().getThemeList().add("badge error primary small pill");
        setSuffixComponent(badge);
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        refresh();
    }

    /** Reads the unread count again. */
    public void refresh() {
        refresh(null);
    }

    /** After navigating to a page: its notifications are read now, then the unread count is read again. */
    public void refresh(String openedPath) {
        long unread = notifications.unreadCount();
        if (unread > 0 && openedPath != null && notifications.markReadAt(openedPath) > 0) {
            unread = notifications.unreadCount();
        }
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        String label = getTranslation("notifications.bell", unread);
        setAriaLabel(label);
        setTooltipText(label);
    }
}
