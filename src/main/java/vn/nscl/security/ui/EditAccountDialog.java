package vn.nscl.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import vn.nscl.security.AccountService;
import vn.nscl.security.AccountSummary;
import vn.nscl.security.Role;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.Confirmations;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.shared.ui.ReasonDialog;

/**
 * The administrator changes an account's roles, disables (with a reason) or enables it, sends a link to set a new
 * password, or lifts a login lock. Each action carries the version the administrator saw, so a change made meanwhile
 * by someone else is not overwritten.
 */
class EditAccountDialog extends Dialog {

    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button saveRoles = new Button();
    final Button toggleEnabled = new Button();
    final Button unlock = new Button();
    final Button sendReset = new Button();

    EditAccountDialog(AccountService accounts, AccountSummary account, Runnable onChanged) {
        setHeaderTitle(account.displayName());
        add(new Paragraph(account.email()));
        roles.setLabel(getTranslation("account.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        roles.setValue(account.roles());
        roles.setHelperText(getTranslation("accounts.roles.help"));
        add(roles);

        saveRoles.setText(getTranslation("accounts.save-roles"));
        saveRoles.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveRoles.addClickListener(e -> act(() -> accounts.changeRoles(account.id(), roles.getValue(),
                account.version()), "accounts.roles-saved", onChanged));

        toggleEnabled.setText(getTranslation(account.enabled() ? "accounts.disable" : "accounts.enable"));
        if (account.enabled()) {
            toggleEnabled.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggleEnabled.addClickListener(e -> {
            if (account.enabled()) {
                // Disabling cuts someone off: it takes a reason, which the audit log keeps.
                new ReasonDialog(getTranslation("accounts.disable"), getTranslation("accounts.disable.help",
                        account.displayName()), getTranslation("accounts.disable"), 500, reason -> {
                            accounts.disable(account.id(), reason, account.version());
                            Notifications.success(getTranslation("accounts.disabled"));
                            onChanged.run();
                            close();
                        }).open();
            } else {
                act(() -> accounts.enable(account.id(), account.version()), "accounts.enabled", onChanged);
            }
        });

        sendReset.setText(getTranslation("accounts.send-reset"));
        sendReset.setVisible(account.enabled());
        sendReset.addClickListener(e -> Confirmations.dialog(this, "accounts.send-reset",
                "accounts.send-reset.text", () -> act(() -> accounts.sendPasswordReset(account.id()),
                        "accounts.reset-sent", onChanged)).open());

        unlock.setText(getTranslation("accounts.unlock"));
        unlock.setVisible(account.locked());
        unlock.addClickListener(e -> act(() -> accounts.unlock(account.id(), account.version()),
                "accounts.unlocked", onChanged));

        getFooter().add(new Button(getTranslation("action.close"), e -> close()), unlock, sendReset, toggleEnabled,
                saveRoles);
    }

    private void act(Runnable action, String successKey, Runnable onChanged) {
        try {
            action.run();
        } catch (UserFacingException problem) {
            FormProblems.notify(this, problem);
            onChanged.run();
            close();
            return;
        }
        Notifications.success(getTranslation(successKey));
        onChanged.run();
        close();
    }
}
