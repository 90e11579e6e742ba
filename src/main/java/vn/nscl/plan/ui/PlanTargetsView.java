package vn.nscl.plan.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.plan.PartnerService;
import vn.nscl.plan.PlanTargetService;
import vn.nscl.plan.TargetEdit;
import vn.nscl.plan.TargetView;
import vn.nscl.security.Role;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormDialog;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Notifications;

/** Chỉ tiêu kế hoạch: the plan's targets as data; officers correct names, years and values (audited). */
@Route("plan/targets")
@Menu(title = "nav.plan-targets", order = 51, icon = "vaadin:flag")
@RolesAllowed({"OFFICER", "ADMIN", "PARTNER"})
public class PlanTargetsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<TargetView> grid = new Grid<>();
    private final PlanTargetService plan;
    private final Map<String, String> agencyNames = new java.util.HashMap<>();

    PlanTargetsView(PlanTargetService plan, PartnerService partners) {
        this.plan = plan;
        partners.agencies().forEach(a -> agencyNames.put(a.code(), a.name(getLocale())));
        grid.addColumn(TargetView::code).setHeader(getTranslation("plan.code")).setAutoWidth(true);
        grid.addColumn(t -> t.name(getLocale())).setHeader(getTranslation("plan.target")).setFlexGrow(3);
        grid.addColumn(TargetView::sourceItem).setHeader(getTranslation("plan.source")).setAutoWidth(true);
        grid.addColumn(t -> t.yearFrom() + "–" + t.yearTo()).setHeader(getTranslation("plan.period"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.range(getLocale()) + " " + t.unit(getLocale()))
                .setHeader(getTranslation("plan.target-value")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("plan.kind." + t.kind())).setHeader(getTranslation("plan.kind"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.fromPlatform() ? getTranslation("plan.metric." + t.metric())
                : agencyNames.getOrDefault(t.agencyCode(), t.agencyCode())).setHeader(getTranslation("plan.origin"))
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        if (Role.signedInIsStaff()) {
            grid.addItemClickListener(e -> edit(e.getItem()));
        }
        add(new Paragraph(getTranslation(Role.signedInIsStaff() ? "plan.targets.intro.staff" : "plan.targets.intro")),
                grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(plan.targets());
    }

    Dialog edit(TargetView target) {
        Dialog dialog = new FormDialog();
        dialog.setHeaderTitle(target.code() + " · " + target.sourceItem());
        TextField nameVi = new TextField(getTranslation("plan.name-vi"), target.nameVi(), "");
        TextField nameEn = new TextField(getTranslation("plan.name-en"), target.nameEn(), "");
        TextField unitVi = new TextField(getTranslation("plan.unit-vi"), target.unitVi(), "");
        TextField unitEn = new TextField(getTranslation("plan.unit-en"), target.unitEn(), "");
        IntegerField from = new IntegerField(getTranslation("plan.year-from"));
        from.setValue(target.yearFrom());
        IntegerField to = new IntegerField(getTranslation("plan.year-to"));
        to.setValue(target.yearTo());
        BigDecimalField min = new BigDecimalField(getTranslation("plan.target-min"));
        min.setValue(target.targetMin());
        BigDecimalField max = new BigDecimalField(getTranslation("plan.target-max"));
        max.setValue(target.targetMax());
        max.setHelperText(getTranslation("plan.target-max.help"));
        FormLayout form = new FormLayout(nameVi, nameEn, unitVi, unitEn, from, to, min, max);
        form.setColspan(nameVi, 2);
        form.setColspan(nameEn, 2);
        Map<String, HasValidation> fields = Map.of("nameVi", nameVi, "nameEn", nameEn, "unit", unitVi, "years", from,
                "value", min);
        Button save = new Button(getTranslation("action.save"), e -> {
            FormProblems.clear(fields);
            try {
                plan.update(target.code(), new TargetEdit(nameVi.getValue(), nameEn.getValue(), unitVi.getValue(),
                        unitEn.getValue(), from.getValue() == null ? 0 : from.getValue(),
                        to.getValue() == null ? 0 : to.getValue(), min.getValue(), max.getValue(), target.version()));
                Notifications.success(getTranslation("plan.saved"));
                dialog.close();
                refresh();
            } catch (UserFacingException problem) {
                FormProblems.show(this, problem, fields);
                if ("error.changed-meanwhile".equals(problem.messageKey())) {
                    dialog.close();
                    refresh();
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.plan-targets");
    }
}
