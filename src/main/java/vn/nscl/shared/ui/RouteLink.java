package vn.nscl.shared.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link to another module's page by its route (not its class, which would tie the modules together) that Vaadin's
 * router follows inside the page, without reloading it.
 */
public final class RouteLink {

    private RouteLink() {
    }

    public static Anchor to(String route, String text) {
        Anchor link = new Anchor(route, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
