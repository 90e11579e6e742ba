package vn.nscl.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.dom.Element;

/**
 * The page's main landmark: the view itself, whether inside the application's layout or on its own (the public
 * pages). Screen-reader users jump to it, and the layout's skip link moves the keyboard focus there (hence
 * tabindex -1: focusable by the link, not a Tab stop).
 */
public final class MainLandmark {

    public static final String ID = "main-content";

    private MainLandmark() {
    }

    static void mark(HasElement view) {
        Element element = view.getElement();
        element.setAttribute("role", "main");
        element.setAttribute("id", ID);
        element.setAttribute("tabindex", "-1");
    }
}
