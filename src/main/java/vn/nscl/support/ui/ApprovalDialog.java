package vn.nscl.support.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;

import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.Attempts;
import vn.nscl.shared.ui.FormDialog;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.support.ReviewService;

/**
 * "Phê duyệt hỗ trợ?": money is granted only on a clear yes, after reading what is granted (project, amount,
 * conditions, whether a second officer must confirm) and, when checklist items are not ticked, which ones, with the
 * reason for approving all the same. The dialog stays open with the text kept when the service refuses it.
 */
class ApprovalDialog extends FormDialog {

    final TextArea exception = new TextArea();
    final Button confirm = new Button();

    ApprovalDialog(String project, BigDecimal amount, String conditions, boolean secondNeeded, List<String> unticked,
            Consumer<String> approve) {
        setHeaderTitle(getTranslation("review.confirm.title"));
        add(new Paragraph(getTranslation("review.confirm.project", project)),
                new Paragraph(getTranslation("review.confirm.amount", Numbers.money(amount, getLocale()))),
                new Paragraph(conditions.isBlank() ? getTranslation("review.confirm.no-conditions")
                        : getTranslation("review.confirm.conditions", conditions)));
        if (secondNeeded) {
            add(new Paragraph(getTranslation("review.confirm.second")));
        }
        if (!unticked.isEmpty()) {
            UnorderedList open = new UnorderedList();
            unticked.forEach(item -> open.add(new ListItem(item)));
            exception.setLabel(getTranslation("review.confirm.exception"));
            exception.setMaxLength(ReviewService.NOTE_MAX);
            exception.setRequired(true);
            exception.setWidthFull();
            add(new Paragraph(getTranslation("review.confirm.unticked", unticked.size())), open, exception);
        }
        confirm.setText(getTranslation("review.confirm.yes"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        confirm.addClickListener(e -> {
            if (!unticked.isEmpty() && exception.getValue().isBlank()) {
                exception.setInvalid(true);
                exception.setErrorMessage(getTranslation("review.error.exception-required"));
                return;
            }
            try {
                approve.accept(unticked.isEmpty() ? null : exception.getValue());
                close();
            } catch (UserFacingException problem) {
                exception.setInvalid(true);
                exception.setErrorMessage(Attempts.message(this, problem));
            }
        });
        getFooter().add(new Button(getTranslation("dialog.no"), e -> close()), confirm);
    }
}
