package vn.nscl.matching.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.catalogue.CatalogueItem;
import vn.nscl.expert.Language;
import vn.nscl.matching.NewSupportRequest;
import vn.nscl.matching.SupportRequestService;
import vn.nscl.matching.WorkMode;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.ComponentTexts;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.LeaveChecks;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.shared.ui.Choices;

/** Yêu cầu chuyên gia mới: what the enterprise needs help with; opened from a recommendation with the tool chosen. */
@Route("requests/new")
@RolesAllowed("ENTERPRISE")
public class NewRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final ComboBox<CatalogueItem> item = new ComboBox<>();
    final TextArea need = new TextArea();
    final RadioButtonGroup<WorkMode> mode = new RadioButtonGroup<>();
    final Select<Language> language = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Button send = new Button();
    private final transient Catalogue catalogue;

    NewRequestView(SupportRequestService requests, Catalogue catalogue) {
        this.catalogue = catalogue;
        addClassName("narrow-page");
        item.setLabel(getTranslation("request.item"));
        Choices.offer(item, catalogue.items(), i -> i.name(getLocale()));
        item.setRequiredIndicatorVisible(true);
        need.setLabel(getTranslation("request.need"));
        need.setHelperText(getTranslation("request.need.help"));
        need.setMaxLength(SupportRequestService.NEED_MAX_LENGTH);
        need.setRequired(true);
        mode.setLabel(getTranslation("request.mode"));
        mode.setItems(WorkMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("request.mode." + m.name()));
        mode.setValue(WorkMode.EITHER);
        language.setLabel(getTranslation("request.language"));
        language.setHelperText(getTranslation("request.language.help"));
        language.setItems(Language.VI, Language.BRU, Language.PAKO);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.code()));
        language.setValue(Language.VI);
        from.setLabel(getTranslation("request.from"));
        to.setLabel(getTranslation("request.to"));
        from.setI18n(ComponentTexts.datePicker(this));
        to.setI18n(ComponentTexts.datePicker(this));
        FormLayout form = new FormLayout(item, need, mode, language, from, to);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(item, 2);
        form.setColspan(need, 2);
        Map<String, HasValidation> fields = Map.of("item", item, "need", need, "mode", mode, "from", from,
                "to", to);
        new LeaveChecks(this).required(item).required(need, typed -> {
            int length = TextRules.singleLine(typed).length();
            return length >= SupportRequestService.NEED_MIN_LENGTH && length <= SupportRequestService.NEED_MAX_LENGTH;
        }, "request.error.need", SupportRequestService.NEED_MIN_LENGTH, SupportRequestService.NEED_MAX_LENGTH)
                .required(mode);
        send.setText(getTranslation("request.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            try {
                long id = requests.create(new NewSupportRequest(item.getValue() == null ? null : item.getValue().code(),
                        need.getValue(), mode.getValue(), language.getValue(), from.getValue(), to.getValue()));
                Notifications.success(getTranslation("request.created"));
                getUI().ifPresent(ui -> ui.navigate("requests/" + id));
            } catch (UserFacingException problem) {
                FormProblems.show(this, problem, fields);
            }
        });
        add(new Paragraph(getTranslation("request.new.intro")), form, send);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("item").flatMap(catalogue::item)
                .ifPresent(item::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.new") + " | " + getTranslation("app.name");
    }
}
