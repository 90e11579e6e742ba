package vn.nscl.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.server.VaadinSession;

import vn.nscl.shared.ui.ComponentTexts;
import vn.nscl.shared.ui.LanguageSupport;
import vn.nscl.shared.ui.PublicPageHeader;
import vn.nscl.security.LastLoginEmail;

/** Đăng nhập. The form posts to Spring Security; a failed attempt comes back with the reason in the URL. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm loginForm = new LoginForm();
    /** The texts the form shows now (LoginForm does not hand them back). */
    LoginI18n shownTexts;
    /** The address put back into the form after a failed sign-in (empty if none). */
    String typedEmail = "";
    private final AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication, LanguageSupport languages) {
        this.authentication = authentication;
        addClassName("public-page");
        setAlignItems(FlexComponent.Alignment.CENTER);

        loginForm.setAction("login");
        show(ComponentTexts.login(this));
        loginForm.setForgotPasswordButtonVisible(true);
        loginForm.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate("account/forgot")));

        Div register = new Div(new Paragraph(getTranslation("login.no-account")),
                new Anchor("register/enterprise", getTranslation("register.enterprise.link")),
                new Anchor("register/expert", getTranslation("register.expert.link")));
        register.addClassName("login-register");

        add(new PublicPageHeader(languages), loginForm, register);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("home");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        // The view may be shown again (a redirect to the login page): start from a clean form each time.
        loginForm.setError(false);
        show(ComponentTexts.login(this));
        // One answer for a wrong password, an unknown e-mail and a locked account: the page must not tell anyone
        // which accounts exist or are locked (the owner of a locked account is told by mail).
        if (parameters.containsKey("wait")) {
            show(ComponentTexts.login(this, "login.wait.title", "login.wait.message",
                    minutes(parameters.get("wait"))));
            loginForm.setError(true);
        } else if (parameters.containsKey("disabled")) {
            show(ComponentTexts.login(this, "login.disabled.title", "login.disabled.message"));
            loginForm.setError(true);
        } else if (parameters.containsKey("ended")) {
            show(ComponentTexts.login(this, "login.ended.title", "login.ended.message"));
            loginForm.setError(true);
        } else if (parameters.containsKey("unconfirmed")) {
            show(ComponentTexts.login(this, "login.unconfirmed.title", "login.unconfirmed.message"));
            loginForm.setError(true);
        } else if (parameters.containsKey("error") || parameters.containsKey("locked")) {
            show(ComponentTexts.login(this, "login.error.title", "login.error.message"));
            loginForm.setError(true);
        }
        showTypedEmail(loginForm.isError() ? LastLoginEmail.of(VaadinSession.getCurrent().getSession()) : "");
    }

    /** Puts the address typed before back into the form's e-mail field (the browser's form, not a server field). */
    void showTypedEmail(String email) {
        typedEmail = email;
        if (!email.isEmpty()) {
            loginForm.getElement().executeJs("customElements.whenDefined('vaadin-login-form').then(() => "
                    + "requestAnimationFrame(() => { const field = this.querySelector('[name=username]');"
                    + " if (field) { field.value = $0; } }))", email);
        }
    }

    /** The minutes to wait, as the redirect gave them; a hand-typed value cannot make the page say anything else. */
    private static long minutes(java.util.List<String> values) {
        try {
            return Math.min(Math.max(Long.parseLong(values.getFirst()), 1), 60);
        } catch (RuntimeException notANumber) {
            return 1;
        }
    }

    private void show(LoginI18n texts) {
        shownTexts = texts;
        loginForm.setI18n(texts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
