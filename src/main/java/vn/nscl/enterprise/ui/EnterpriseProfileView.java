package vn.nscl.enterprise.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.DetailList;

/** Hồ sơ doanh nghiệp: the enterprise keeps its profile, figures by year, OCOP products and certificates. */
@Route("enterprise/profile")
@Menu(title = "nav.profile", order = 10, icon = "vaadin:factory")
@RolesAllowed("ENTERPRISE")
public class EnterpriseProfileView extends VerticalLayout implements BeforeLeaveObserver, HasDynamicTitle {

    final ProfileForm profileForm;
    final FiguresSection figures;
    final OcopSection ocop;
    final CertificationSection certifications;
    final Span sizeClass = new Span();
    private final EnterpriseProfileService profiles;
    private final long enterpriseId;
    ConfirmDialog leaveDialog;

    EnterpriseProfileView(EnterpriseService enterprises, EnterpriseProfileService profiles, ReferenceData reference,
            Catalogue catalogue) {
        this.profiles = profiles;
        addClassName("profile-view");
        EnterpriseSummary mine = enterprises.mine().orElseThrow(() -> new UserFacingException("error.not-found"));
        this.enterpriseId = mine.id();
        EnterpriseProfile profile = profiles.profile(enterpriseId);

        sizeClass.addClassName("badge");
        add(new DetailList()
                .row("enterprise.name", mine.name())
                .row("enterprise.code", mine.enterpriseCode())
                .row("enterprise.type", getTranslation("enterprise.type." + mine.type().name())));
        add(new Paragraph(new Span(getTranslation("profile.size") + ": "), sizeClass,
                new Span(" " + getTranslation("profile.size.help"))));

        profileForm = new ProfileForm(profiles, reference, profile, this::refresh);
        // Not a full refresh: that would reset unsaved edits in the profile form while figures autosave.
        figures = new FiguresSection(profiles, profile, this::showSize);
        ocop = new OcopSection(profiles, profile, this::refresh);
        certifications = new CertificationSection(profiles, catalogue, profile, this::refresh);
        add(new H2(getTranslation("profile.general")), profileForm,
                new H2(getTranslation("profile.figures")), figures,
                new H2(getTranslation("profile.ocop")), ocop,
                new H2(getTranslation("profile.certifications")), certifications);
        showSize(profile);
    }

    private void refresh() {
        EnterpriseProfile profile = profiles.profile(enterpriseId);
        profileForm.show(profile);
        figures.show(profile);
        ocop.show(profile);
        certifications.show(profile);
        showSize(profile);
    }

    private void showSize(EnterpriseProfile profile) {
        sizeClass.setText(getTranslation("size." + profile.sizeClass().name()));
    }

    /**
     * Leaving with unsaved general information: asks first (save and leave, leave without saving, or stay). The
     * figures, OCOP products and certificates are saved as they are entered, so they never need asking.
     */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!profileForm.hasUnsavedChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        leaveDialog = new ConfirmDialog();
        leaveDialog.setHeader(getTranslation("profile.unsaved.title"));
        leaveDialog.setText(getTranslation("profile.unsaved.text"));
        leaveDialog.setConfirmText(getTranslation("profile.unsaved.save"));
        leaveDialog.addConfirmListener(e -> {
            if (profileForm.save()) {
                leave.proceed();
            }
        });
        leaveDialog.setRejectable(true);
        leaveDialog.setRejectText(getTranslation("profile.unsaved.discard"));
        leaveDialog.addRejectListener(e -> leave.proceed());
        leaveDialog.setCancelable(true);
        leaveDialog.setCancelText(getTranslation("profile.unsaved.stay"));
        leaveDialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.profile") + " | " + getTranslation("app.name");
    }
}
