package vn.nscl.shared.ui;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import vn.nscl.shared.UserFacingException;

/**
 * Sets every new page to the user's language, makes each page's view its main landmark, closes a page's message when
 * the user leaves it, and installs the one error handler: expected failures are shown as a
 * clear message, anything else is logged with an incident number the user can quote, never as a stack trace.
 */
@Component
class UiInitializer implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiInitializer.class);

    private final LanguageSupport languages;

    UiInitializer(LanguageSupport languages) {
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setLocale(languages.localeFor(ui.getSession(), VaadinRequest.getCurrent()));
            ui.addAfterNavigationListener(navigated -> MainLandmark.mark(navigated.getActiveChain().getFirst()));
            // A message is about the page it was shown on: it does not follow the user to the next one.
            ui.addBeforeLeaveListener(leaving -> Notifications.closeOnLeaving(ui));
        });
    }

    private void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        UserFacingException expected = findUserFacing(event.getThrowable());
        if (expected != null) {
            if (ui != null) {
                Notifications.error(ui.getTranslation(expected.messageKey(), expected.args()));
            }
            return;
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, incident {}", incident, event.getThrowable());
        if (ui != null) {
            Notifications.error(ui.getTranslation("error.unexpected", incident));
        }
    }

    private static UserFacingException findUserFacing(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException userFacing) {
                return userFacing;
            }
            if (t instanceof org.springframework.security.access.AccessDeniedException) {
                // Said like a missing record: the answer must not tell that the record exists.
                return new UserFacingException("error.not-available.text");
            }
            if (t instanceof org.springframework.dao.OptimisticLockingFailureException) {
                // Someone else changed the record first (found at commit): a clear message, not an incident.
                return new UserFacingException("error.changed-meanwhile");
            }
        }
        return null;
    }
}
