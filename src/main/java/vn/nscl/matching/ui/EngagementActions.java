package vn.nscl.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;

import vn.nscl.matching.EnterpriseBrief;
import vn.nscl.matching.ExpertInboxService;
import vn.nscl.matching.RequestStatus;
import vn.nscl.matching.SupportRequestView;
import vn.nscl.shared.ui.ComponentTexts;
import vn.nscl.shared.ui.DetailList;

/** What the assigned expert does on the request page: contact the enterprise, record visits, upload the report. */
class EngagementActions {

    private final RequestView view;
    private final ExpertInboxService inbox;
    private final SupportRequestView request;

    EngagementActions(RequestView view, ExpertInboxService inbox, SupportRequestView request) {
        this.view = view;
        this.inbox = inbox;
        this.request = request;
    }

    void addTo(Div actions) {
        if (!inbox.isAssignedToMe(request.id())) {
            if (request.status() == RequestStatus.OFFERED) {
                Button open = new Button(view.getTranslation("inbox.open"),
                        e -> view.getUI().ifPresent(ui -> ui.navigate("inbox")));
                actions.add(open);
            }
            return;
        }
        EnterpriseBrief brief = inbox.brief(request.id());
        actions.add(new H2(view.getTranslation("inbox.contact")), new DetailList()
                .row("enterprise.contact-person", brief.contactPerson())
                .row("account.phone", brief.phone())
                .row("account.email", brief.email()));
        if (request.status() == RequestStatus.ACCEPTED || request.status() == RequestStatus.IN_PROGRESS) {
            actions.add(visitForm(), new ReportUpload(view, inbox, request.id(), false));
        } else if (request.status() == RequestStatus.REPORTED) {
            actions.add(new ReportUpload(view, inbox, request.id(), true));
        }
    }

    private Div visitForm() {
        DatePicker date = new DatePicker(view.getTranslation("inbox.visit.date"));
        date.setI18n(ComponentTexts.datePicker(view));
        date.setValue(java.time.LocalDate.now(vn.nscl.shared.ui.Formats.VIETNAM));
        Checkbox onSite = new Checkbox(view.getTranslation("expert.on-site"), true);
        TextArea text = new TextArea(view.getTranslation("inbox.visit.text"));
        text.setMaxLength(ExpertInboxService.NOTE_MAX_LENGTH);
        text.setWidthFull();
        Button save = new Button(view.getTranslation("inbox.visit.save"), e -> view.act(
                () -> inbox.addVisit(request.id(), date.getValue(), onSite.getValue(), text.getValue()),
                "inbox.visit.saved"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = new Div(new H2(view.getTranslation("inbox.visit")), date, onSite, text, save);
        box.addClassName("visit-form");
        return box;
    }
}
