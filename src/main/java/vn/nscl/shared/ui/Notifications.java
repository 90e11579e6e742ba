package vn.nscl.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages after an action. Errors stay until closed so a busy user does not miss them. */
public final class Notifications {

    private static final int SUCCESS_MILLIS = 4000;

    private Notifications() {
    }

    public static Notification success(String text) {
        Notification notification = Notification.show(text, SUCCESS_MILLIS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    public static Notification error(String text) {
        Notification notification = new Notification(text, 0, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.getElement().addEventListener("click", e -> notification.close());
        notification.open();
        return notification;
    }
}
