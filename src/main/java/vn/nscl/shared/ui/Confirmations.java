package vn.nscl.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** "Are you sure?" before an action that cannot be undone: the title's words also name the confirm button. */
public final class Confirmations {

    private Confirmations() {
    }

    public static ConfirmDialog dialog(Component c, String titleKey, String textKey, Runnable action) {
        String title = c.getTranslation(titleKey);
        // The buttons say what they do: "Có, hủy yêu cầu" and "Không, quay lại", never a bare "Hủy" beside "Hủy".
        ConfirmDialog dialog = new ConfirmDialog(title + "?", c.getTranslation(textKey),
                c.getTranslation("dialog.yes", lowerFirst(title)), e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(c.getTranslation("dialog.no"));
        return dialog;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
