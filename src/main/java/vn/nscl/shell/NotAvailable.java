package vn.nscl.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

import vn.nscl.shared.SignedIn;

/**
 * "Không tìm thấy hoặc không có quyền": what every page says for a record or page that is missing or that the reader
 * may not see. The two are told apart nowhere (not in the text, not in the status), so nobody learns from the answer
 * whether a record with that number exists.
 */
final class NotAvailable extends Div {

    /** The answer's status: 404 whether the record is missing or hidden. */
    static final int STATUS = jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND;

    NotAvailable() {
        addClassName("not-available");
        boolean signedIn = SignedIn.principal().isPresent();
        add(new H1(getTranslation("error.not-available")), new Paragraph(getTranslation("error.not-available.text")),
                new Anchor(signedIn ? "home" : "", getTranslation("error.back-home")));
    }
}
