package vn.nscl.security.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.security.AccountService;
import vn.nscl.security.PersonalDataService;
import vn.nscl.security.AccountSummary;
import vn.nscl.security.Role;
import vn.nscl.shared.ui.Formats;

/** Người dùng: the administrator finds accounts, creates staff accounts, changes roles, disables and unlocks. */
@Route("admin/accounts")
@Menu(title = "nav.accounts", order = 90, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class AccountListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Select<Role> roleFilter = new Select<>();
    final Button create = new Button();
    final Grid<AccountSummary> grid = new Grid<>();
    final ErasureRequestsPanel erasures;
    private final AccountService accounts;

    AccountListView(AccountService accounts, PersonalDataService personalData) {
        this.accounts = accounts;
        this.erasures = new ErasureRequestsPanel(personalData, this::refresh);
        setSizeFull();
        search.setPlaceholder(getTranslation("accounts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        roleFilter.setPlaceholder(getTranslation("accounts.all-roles"));
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("accounts.all-roles"));
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(role -> role == null ? getTranslation("accounts.all-roles")
                : getTranslation("role." + role.name()));
        roleFilter.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("accounts.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new CreateAccountDialog(accounts, this::refresh).open());
        HorizontalLayout toolbar = new HorizontalLayout(search, roleFilter, create);
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(AccountSummary::email).setHeader(getTranslation("account.email")).setFlexGrow(2);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("account.display-name")).setFlexGrow(2);
        grid.addColumn(AccountSummary::organisation).setHeader(getTranslation("account.organisation")).setFlexGrow(2);
        grid.addColumn(a -> a.roles().stream().map(r -> getTranslation("role." + r.name()))
                .sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("account.roles"));
        grid.addColumn(this::status).setHeader(getTranslation("account.status"));
        grid.addColumn(a -> Formats.dateTime(a.lastLoginAt())).setHeader(getTranslation("account.last-login"));
        grid.addComponentColumn(a -> {
            Button edit = new Button(getTranslation("action.edit"),
                    e -> edit(a));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setFlexGrow(0).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        refresh();
        add(erasures, toolbar, grid);
    }

    private String status(AccountSummary account) {
        if (!account.enabled()) {
            return getTranslation("account.status.disabled");
        }
        return getTranslation(account.locked() ? "account.status.locked" : "account.status.active");
    }

    void refresh() {
        String text = search.getValue();
        Role role = roleFilter.getValue();
        grid.setItems(q -> accounts.search(text, role, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) accounts.count(text, role));
    }

    void edit(AccountSummary account) {
        new EditAccountDialog(accounts, account, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts") + " | " + getTranslation("app.name");
    }
}
