package vn.nscl.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** "Are you sure?" before an action that cannot be undone: the title's words also name the confirm button. */
public final class Confirmations {

    private Confirmations() {
    }

    public static ConfirmDialog dialog(Component c, String titleKey, String textKey, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(c.getTranslation(titleKey), c.getTranslation(textKey),
                c.getTranslation(titleKey), e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(c.getTranslation("dialog.cancel"));
        return dialog;
    }
}
