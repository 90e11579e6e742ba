package vn.nscl.shell;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;
import vn.nscl.shared.UserFacingException;

/**
 * Whatever else went wrong while opening a page. A record that does not exist ("error.not-found") or an address that
 * names no record at all (letters where a number belongs) is answered like a missing page; anything else is logged
 * with an incident number the reader can quote. The page never shows an exception's message or class.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll(); // the view is reused when several errors follow one another
        if (isMissingRecord(parameter.getException())) {
            add(new NotAvailable());
            return NotAvailable.STATUS;
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error opening {}, incident {}", event.getLocation().getPath(), incident,
                parameter.getException());
        addClassName("not-available");
        add(new H1(getTranslation("error.unexpected.title")), new Paragraph(getTranslation("error.unexpected",
                incident)));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private static boolean isMissingRecord(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof NumberFormatException || t instanceof org.springframework.security.access
                    .AccessDeniedException || t instanceof UserFacingException userFacing
                    && "error.not-found".equals(userFacing.messageKey())) {
                return true;
            }
        }
        return false;
    }
}
