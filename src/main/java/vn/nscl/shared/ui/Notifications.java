package vn.nscl.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Short messages about the outcome of an action. One at a time: a new message replaces the one shown (so a later
 * success never sits beside an earlier "nothing was saved"), each can be closed, none outlives its page (closed on
 * navigation, see UiInitializer) and none stays for good. Problems with a form's fields are shown at the fields and
 * in the form's summary (FormProblems), not here.
 */
public final class Notifications {

    private static final String SHOWN_KEY = "nscl.notification";
    private static final String FRESH_KEY = "nscl.notification.fresh";
    static final int SUCCESS_MILLIS = 4000;
    static final int ERROR_MILLIS = 10000;

    private Notifications() {
    }

    public static Notification success(String text) {
        FormProblems.removeSummaries(UI.getCurrent());
        return show(text, SUCCESS_MILLIS, NotificationVariant.LUMO_SUCCESS);
    }

    public static Notification error(String text) {
        return show(text, ERROR_MILLIS, NotificationVariant.LUMO_ERROR);
    }

    /**
     * When the user goes to another page: closes the message shown, unless the action that navigates showed it
     * ("Đã gửi yêu cầu" and then the request's page), which the next page keeps.
     */
    static void closeOnLeaving(UI ui) {
        if (!Boolean.TRUE.equals(ComponentUtil.getData(ui, FRESH_KEY))) {
            closeShown(ui);
        }
    }

    /** Closes the message shown on this page, if any. */
    public static void closeShown(UI ui) {
        if (ui != null) {
            Notification shown = (Notification) ComponentUtil.getData(ui, SHOWN_KEY);
            if (shown != null) {
                shown.close();
                ComponentUtil.setData(ui, SHOWN_KEY, null);
            }
        }
    }

    private static Notification show(String text, int millis, NotificationVariant variant) {
        UI ui = UI.getCurrent();
        closeShown(ui);
        Notification notification = new Notification();
        notification.setDuration(millis);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        Span message = new Span(text);
        message.addClassName("toast-text");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_CONTRAST);
        if (ui != null) {
            close.setAriaLabel(ui.getTranslation("notification.close"));
        }
        Div content = new Div(message, close);
        content.addClassName("toast");
        notification.add(content);
        notification.open();
        if (ui != null) {
            ComponentUtil.setData(ui, SHOWN_KEY, notification);
            // Fresh until this round trip's response is sent: the navigation it may still do keeps the message.
            ComponentUtil.setData(ui, FRESH_KEY, Boolean.TRUE);
            ui.beforeClientResponse(ui, sent -> ComponentUtil.setData(ui, FRESH_KEY, null));
            notification.addOpenedChangeListener(e -> {
                if (!e.isOpened() && (Notification) ComponentUtil.getData(ui, SHOWN_KEY) == notification) {
                    ComponentUtil.setData(ui, SHOWN_KEY, null);
                }
            });
        }
        return notification;
    }
}
