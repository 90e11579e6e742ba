package vn.nscl.shell;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;
import vn.nscl.notification.NotificationService;
import vn.nscl.notification.ui.NotificationBell;
import vn.nscl.shared.AccountPrincipal;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.ui.MainLandmark;
import vn.nscl.shared.ui.LanguageSupport;
import vn.nscl.shared.ui.LanguageSwitcher;

/**
 * The frame around every signed-in page. The side navigation lists only the views the user's roles may open (Vaadin
 * filters the {@code @Menu} entries by each view's access annotations); on a phone it folds behind the toggle.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    final SideNav navigation = new SideNav();
    /** The page's title, the one h1 of pages that have no heading of their own in the content. */
    private final H1 viewTitle = new H1();
    private final AuthenticationContext authentication;

    private final NotificationBell bell;

    MainLayout(AuthenticationContext authentication, LanguageSupport languages, NotificationService notifications,
            MenuByRoles menu, @Value("${server.servlet.session.timeout:30m}") Duration idle) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("view-title");
        Div spacer = new Div();
        spacer.addClassName("header-spacer");
        // An error page may be shown to someone not signed in: then there is no bell and no account menu.
        boolean signedIn = SignedIn.principal().isPresent();
        bell = signedIn ? new NotificationBell(notifications) : null;
        // One banner landmark for the whole top bar, starting with a link past it to the page's content (the
        // content is the page's main landmark, see MainLandmark), so keyboard users skip the menu.
        Anchor skip = new Anchor("#" + MainLandmark.ID, getTranslation("nav.skip-to-content"));
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        Header header = new Header(skip, toggle, viewTitle, spacer);
        header.addClassName("app-header");
        if (signedIn) {
            header.add(bell, new LanguageSwitcher(languages), userMenu(), new IdleWarning(idle));
        } else {
            header.add(new LanguageSwitcher(languages));
        }
        addToNavbar(true, header);

        Image logo = new Image("images/logo.svg", "");
        logo.addClassName("brand-logo");
        Anchor brand = new Anchor("home", getTranslation("app.name"));
        brand.addComponentAsFirst(logo);
        brand.addClassName("brand");
        buildNavigation(menu.forCurrentUser());
        Nav drawer = new Nav(brand, new Scroller(navigation));
        drawer.addClassName("drawer-nav");
        drawer.getElement().setAttribute("aria-label", getTranslation("nav.main-menu"));
        addToDrawer(drawer);
    }

    private void buildNavigation(List<MenuEntry> entries) {
        for (MenuEntry entry : entries) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            navigation.addItem(item);
        }
    }

    private Component userMenu() {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        String name = SignedIn.principal().map(AccountPrincipal::displayName).orElse("");
        Avatar avatar = new Avatar(name);
        String initials = initials(name);
        if (!initials.isEmpty()) {
            avatar.setAbbreviation(initials);
        }
        avatar.addClassName("user-avatar");
        Span label = new Span(name);
        label.addClassName("user-name");
        Div item = new Div(avatar, label);
        item.addClassName("user-menu-item");
        var root = menu.addItem(item);
        root.getSubMenu().addItem(getTranslation("nav.change-password"),
                e -> getUI().ifPresent(ui -> ui.navigate("account/password")));
        root.getSubMenu().addItem(getTranslation("account.email-change.title"),
                e -> getUI().ifPresent(ui -> ui.navigate("account/email")));
        root.getSubMenu().addItem(getTranslation("nav.logout"), e -> authentication.logout());
        menu.addClassName("user-menu");
        return menu;
    }

    /**
     * Two letters fit the avatar's circle: the family name's and the given name's (Vietnamese names put the given
     * name last), "NC" for Nguyễn Thị Minh Châu; the default took every word's and was cut off.
     */
    static String initials(String name) {
        String[] words = name.strip().split("\\s+");
        if (words[0].isEmpty()) {
            return "";
        }
        String first = words[0].substring(0, 1);
        return words.length == 1 ? first.toUpperCase(java.util.Locale.ROOT)
                : (first + words[words.length - 1].substring(0, 1)).toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        HasElement content = getContent();
        viewTitle.setText(content instanceof HasDynamicTitle titled ? shortTitle(titled.getPageTitle()) : "");
        if (bell != null) {
            bell.refresh(event.getLocation().getPath());
        }
    }

    /** Page titles read "View | NSCL Connect"; the header shows the first part. */
    private static String shortTitle(String pageTitle) {
        int bar = pageTitle.indexOf(" | ");
        return bar < 0 ? pageTitle : pageTitle.substring(0, bar);
    }
}
