package vn.nscl.support.ui;

import java.util.Arrays;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.ComponentTexts;
import vn.nscl.shared.ui.FormDialog;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.support.CallEdit;
import vn.nscl.support.CallView;
import vn.nscl.support.ProgrammeCallService;

/** Đợt tiếp nhận hồ sơ: officers open and close each programme's call and set its terms and checklist. */
@Route("programmes/calls")
@Menu(title = "nav.calls", order = 38, icon = "vaadin:calendar")
@RolesAllowed({"OFFICER", "ADMIN"})
public class ProgrammeCallsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CallView> grid = new Grid<>();
    private final ProgrammeCallService calls;

    ProgrammeCallsView(ProgrammeCallService calls) {
        this.calls = calls;
        grid.addColumn(CallView::programmeCode).setHeader(getTranslation("application.programme")).setAutoWidth(true);
        grid.addColumn(CallView::programmeName).setHeader(getTranslation("calls.name")).setFlexGrow(3);
        grid.addColumn(c -> c.open() ? getTranslation("programmes.open") : getTranslation("programmes.closed"))
                .setHeader(getTranslation("expert.status"));
        grid.addColumn(c -> (c.openFrom() == null ? "…" : Formats.date(c.openFrom())) + " – "
                + (c.openUntil() == null ? "…" : Formats.date(c.openUntil()))).setHeader(getTranslation("calls.window"));
        grid.addColumn(c -> Numbers.decimal(c.ceiling(), getLocale())).setHeader(getTranslation("calls.ceiling"));
        grid.addColumn(c -> c.ownSharePercent() + "%").setHeader(getTranslation("calls.own-share"));
        grid.addColumn(CallView::yearlyQuota).setHeader(getTranslation("calls.quota"));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        add(new Paragraph(getTranslation("calls.intro")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(calls.calls());
    }

    /** The dialog to change one call; problems are shown field by field and nothing is saved until all are fixed. */
    Dialog edit(CallView call) {
        Dialog dialog = new FormDialog();
        dialog.setHeaderTitle(call.programmeCode() + " · " + call.programmeName());
        DatePicker from = new DatePicker(getTranslation("calls.from"), call.openFrom());
        DatePicker until = new DatePicker(getTranslation("calls.until"), call.openUntil());
        from.setI18n(ComponentTexts.datePicker(this));
        until.setI18n(ComponentTexts.datePicker(this));
        BigDecimalField ceiling = new BigDecimalField(getTranslation("calls.ceiling"));
        ceiling.setValue(call.ceiling());
        IntegerField share = new IntegerField(getTranslation("calls.own-share"));
        share.setValue(call.ownSharePercent());
        IntegerField quota = new IntegerField(getTranslation("calls.quota"));
        quota.setValue(call.yearlyQuota());
        TextArea documents = new TextArea(getTranslation("calls.documents"));
        documents.setValue(call.requiredDocuments());
        TextArea checklist = new TextArea(getTranslation("calls.checklist"));
        checklist.setHelperText(getTranslation("calls.checklist.help"));
        checklist.setValue(String.join("\n", call.checklist()));
        FormLayout form = new FormLayout(from, until, ceiling, share, quota, documents, checklist);
        form.setColspan(documents, 2);
        form.setColspan(checklist, 2);
        Map<String, HasValidation> fields = Map.of("window", until, "ceiling", ceiling, "ownShare", share,
                "quota", quota, "documents", documents);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                calls.update(call.programmeCode(), new CallEdit(from.getValue(), until.getValue(), ceiling.getValue(),
                        share.getValue() == null ? -1 : share.getValue(), quota.getValue() == null ? 0 : quota.getValue(),
                        documents.getValue(), Arrays.asList(checklist.getValue().split("\n")), call.version()));
            } catch (UserFacingException problem) {
                FormProblems.show(this, problem, fields);
                return;
            }
            Notifications.success(getTranslation("calls.saved"));
            dialog.close();
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calls") + " | " + getTranslation("app.name");
    }
}
