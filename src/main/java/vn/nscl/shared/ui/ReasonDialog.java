package vn.nscl.shared.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import vn.nscl.shared.UserFacingException;

/**
 * Asks for a reason before an action that needs one (reject, decline, assign against the ranking). The action runs
 * with the typed reason; a problem it reports is shown in the dialog, which stays open with the text kept.
 */
public class ReasonDialog extends FormDialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    public ReasonDialog(String title, String explanation, String confirmText, int maxLength, Consumer<String> action) {
        setHeaderTitle(title);
        addClassName("reason-dialog");
        reason.setLabel(getTranslation("dialog.reason"));
        reason.setMaxLength(maxLength);
        reason.setRequired(true);
        reason.setWidthFull();
        confirm.setText(confirmText);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("error.reason-required", maxLength));
                return;
            }
            try {
                action.accept(reason.getValue());
                close();
            } catch (UserFacingException problem) {
                reason.setInvalid(true);
                reason.setErrorMessage(Attempts.message(this, problem));
            }
        });
        add(new Paragraph(explanation), reason);
        getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), confirm);
    }

    /** Names the text asked for when "Lý do" is not the word (an activation note), with an example. */
    public ReasonDialog asking(String label, String example, String help) {
        reason.setLabel(label);
        reason.setPlaceholder(example);
        reason.setHelperText(help);
        return this;
    }
}
