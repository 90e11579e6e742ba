package vn.nscl;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings. Styles come from the top-level {@code frontend/} folder as plain static resources, so the
 * application needs no npm bundle build (ADR 002). Vaadin 25 no longer loads Lumo on its own.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@Meta(name = "description", content = "NSCL Connect - nâng cao năng suất, chất lượng cho doanh nghiệp")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/favicon.svg", "any");
    }
}
