package vn.nscl.shell;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A service refused to show a record to the reader (another enterprise's assessment, say): answered like a missing
 * one, and the service's message (which names the record) stays in the log.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RecordHiddenView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new NotAvailable());
        return NotAvailable.STATUS;
    }
}
