package vn.nscl.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.nscl.security.PersonalDataErasureRequested;
import vn.nscl.security.Role;

/** Tells the administrators when someone asks for their personal data to be erased. */
@Component
class ErasureRequests {

    private final NotificationService notifications;

    ErasureRequests(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(PersonalDataErasureRequested request) {
        notifications.tellEveryone(Role.ADMIN, "notify.privacy.erasure-requested", "admin/accounts",
                request.displayName());
    }
}
