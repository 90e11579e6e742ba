package vn.nscl.expert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.expert.ExpertProfile;
import vn.nscl.expert.ExpertProfileService;
import vn.nscl.expert.ProfileStatus;
import vn.nscl.files.FileDownload;
import vn.nscl.files.ui.FileLinks;
import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.Confirmations;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Notifications;

/**
 * Hồ sơ chuyên gia: the expert's profile, where it stands with the Department (and why, if rejected), the
 * certificates, and their personal data (download, ask for deletion).
 */
@Route("expert/profile")
@Menu(title = "nav.expert-profile", order = 11, icon = "vaadin:user-card")
@RolesAllowed("EXPERT")
public class ExpertProfileView extends VerticalLayout implements HasDynamicTitle {

    final Div status = new Div();
    final Button submit = new Button();
    final ExpertProfileForm form;
    final CertificatesSection certificates;
    private final ExpertProfileService profiles;

    ExpertProfileView(ExpertProfileService profiles, ReferenceData reference, Catalogue catalogue) {
        this.profiles = profiles;
        addClassName("profile-view");
        ExpertProfile profile = profiles.myProfile();
        status.addClassName("profile-status");
        submit.setText(getTranslation("expert.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                profiles.submitForVerification();
                Notifications.success(getTranslation("expert.submitted"));
            } catch (UserFacingException problem) {
                Notifications.error(getTranslation(problem.messageKey(), problem.args()));
            }
            refresh();
        });
        form = new ExpertProfileForm(profiles, reference, catalogue, profile, this::refresh);
        certificates = new CertificatesSection(profiles, catalogue, profile, this::refresh);
        add(status, submit, new H2(getTranslation("expert.profile.general")), form,
                new H2(getTranslation("expert.certificates")), certificates,
                new H2(getTranslation("expert.personal-data")), personalData(profile));
        showStatus(profile);
    }

    private void refresh() {
        ExpertProfile profile = profiles.myProfile();
        form.show(profile);
        certificates.show(profile, this::refresh);
        showStatus(profile);
    }

    private void showStatus(ExpertProfile profile) {
        status.removeAll();
        Span badge = new Span(getTranslation("expert.status." + profile.status().name()));
        badge.addClassNames("badge", "status-" + profile.status().name().toLowerCase(java.util.Locale.ROOT));
        status.add(badge, new Paragraph(getTranslation("expert.status." + profile.status().name() + ".help")));
        if (profile.status() == ProfileStatus.REJECTED && profile.reviewNote() != null) {
            status.add(new Paragraph(getTranslation("expert.review-note") + ": " + profile.reviewNote()));
        }
        if (profile.deletionRequestedAt() != null) {
            status.add(new Paragraph(getTranslation("expert.deletion-requested",
                    Formats.date(profile.deletionRequestedAt()))));
        }
        submit.setVisible(profile.status() == ProfileStatus.DRAFT || profile.status() == ProfileStatus.REJECTED);
    }

    private Div personalData(ExpertProfile profile) {
        Paragraph purpose = new Paragraph(getTranslation("expert.personal-data.help"));
        var download = FileLinks.download(getTranslation("expert.personal-data.download"),
                () -> new FileDownload("nscl-du-lieu-chuyen-gia.json", "application/json", profiles.exportMyData()));
        Button delete = new Button(getTranslation("expert.personal-data.delete"), e -> {
            ConfirmDialog confirm = Confirmations.dialog(this, "expert.personal-data.delete",
                    "expert.personal-data.delete.confirm", () -> {
                        profiles.requestDeletion();
                        Notifications.success(getTranslation("expert.personal-data.delete.done"));
                        refresh();
                    });
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setEnabled(profile.deletionRequestedAt() == null);
        return new Div(purpose, download, delete);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.expert-profile") + " | " + getTranslation("app.name");
    }
}
