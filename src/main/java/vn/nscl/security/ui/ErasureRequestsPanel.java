package vn.nscl.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import vn.nscl.security.PersonalDataService;
import vn.nscl.security.PersonalDataService.ErasureRequest;
import vn.nscl.shared.ui.Attempts;
import vn.nscl.shared.ui.Confirmations;
import vn.nscl.shared.ui.Formats;

/** The accounts whose owners asked for their personal data to be erased, each with the action that erases it. */
class ErasureRequestsPanel extends Div {

    final Grid<ErasureRequest> requests = new Grid<>();
    private final transient PersonalDataService personalData;
    private final Runnable changed;

    ErasureRequestsPanel(PersonalDataService personalData, Runnable changed) {
        this.personalData = personalData;
        this.changed = changed;
        addClassName("erasure-requests");
        requests.addColumn(ErasureRequest::displayName).setHeader(getTranslation("account.display-name"));
        requests.addColumn(ErasureRequest::email).setHeader(getTranslation("account.email"));
        requests.addColumn(r -> Formats.dateTime(r.requestedAt())).setHeader(getTranslation("privacy.requested-at"));
        requests.addComponentColumn(this::eraseButton).setAutoWidth(true).setFlexGrow(0);
        requests.addThemeVariants(GridVariant.LUMO_COMPACT);
        requests.setAllRowsVisible(true);
        add(new H2(getTranslation("privacy.requests")), new Paragraph(getTranslation("privacy.requests.help")),
                requests);
        refresh();
    }

    void refresh() {
        var open = personalData.openRequests();
        requests.setItems(open);
        setVisible(!open.isEmpty());
    }

    private Button eraseButton(ErasureRequest request) {
        Button erase = new Button(getTranslation("privacy.erase"), e -> Confirmations.dialog(this,
                "privacy.erase.title", "privacy.erase.text", () -> Attempts.run(this, () -> {
                    personalData.erase(request.accountId());
                    refresh();
                    changed.run();
                }, "privacy.erased")).open());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return erase;
    }
}
