package vn.nscl.enterprise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.enterprise.ClaimSummary;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.enterprise.EnterpriseVerificationService;
import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.ui.Attempts;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.ReasonDialog;

/**
 * Xác minh doanh nghiệp: enterprises that registered themselves wait here until an officer confirms them (only then
 * their figures count in the plan), and claims on a code that another account holds wait for a decision.
 */
@Route(EnterpriseVerificationService.ROUTE)
@Menu(title = "nav.enterprise-verification", order = 31, icon = "vaadin:check-square-o")
@RolesAllowed({"OFFICER", "ADMIN"})
public class EnterpriseVerificationView extends VerticalLayout implements HasDynamicTitle {

    final Grid<EnterpriseSummary> pending = new Grid<>();
    final Grid<ClaimSummary> claims = new Grid<>();
    final Paragraph noClaims = new Paragraph();
    private final transient EnterpriseVerificationService verification;

    EnterpriseVerificationView(EnterpriseVerificationService verification, ReferenceData reference) {
        this.verification = verification;
        setWidthFull();
        add(new Paragraph(getTranslation("verification.intro")));

        pending.addColumn(EnterpriseSummary::name).setHeader(getTranslation("enterprise.name")).setFlexGrow(3);
        pending.addColumn(EnterpriseSummary::enterpriseCode).setHeader(getTranslation("enterprise.code"));
        pending.addColumn(e -> getTranslation("enterprise.type." + e.type().name()))
                .setHeader(getTranslation("enterprise.type"));
        pending.addColumn(e -> reference.communeName(e.communeCode()))
                .setHeader(getTranslation("enterprise.commune.short"));
        pending.addColumn(e -> e.contactPerson() + " · " + e.phone()).setHeader(getTranslation("verification.contact"))
                .setFlexGrow(2);
        pending.addColumn(e -> Formats.date(e.registeredAt())).setHeader(getTranslation("home.registered-at"));
        pending.addComponentColumn(this::pendingActions).setAutoWidth(true).setFlexGrow(0);
        pending.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        pending.setAllRowsVisible(true);

        claims.addColumn(ClaimSummary::enterpriseName).setHeader(getTranslation("verification.claim.held"))
                .setFlexGrow(2);
        claims.addColumn(ClaimSummary::enterpriseCode).setHeader(getTranslation("enterprise.code"));
        claims.addColumn(c -> c.claimedName() + " · " + c.contactPerson() + " · " + c.phone() + " · " + c.email())
                .setHeader(getTranslation("verification.claim.by")).setFlexGrow(3);
        claims.addColumn(c -> Formats.date(c.createdAt())).setHeader(getTranslation("verification.claim.at"));
        claims.addComponentColumn(this::claimActions).setAutoWidth(true).setFlexGrow(0);
        claims.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        claims.setAllRowsVisible(true);

        add(new H2(getTranslation("verification.pending")), pending, new H2(getTranslation("verification.claims")),
                new Paragraph(getTranslation("verification.claims.help")), noClaims, claims);
        refresh();
    }

    void refresh() {
        pending.setItems(q -> verification.pending(q.getPage(), q.getPageSize()).stream(),
                q -> (int) verification.countPending());
        var open = verification.openClaims();
        claims.setItems(open);
        claims.setVisible(!open.isEmpty());
        noClaims.setText(getTranslation("verification.claims.none"));
        noClaims.setVisible(open.isEmpty());
    }

    private HorizontalLayout pendingActions(EnterpriseSummary enterprise) {
        Button verify = new Button(getTranslation("verification.verify"), e -> Attempts.run(this, () -> {
            verification.verify(enterprise.id(), enterprise.version(), getTranslation("verification.verified-note"));
            refresh();
        }, "verification.verified"));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button refuse = new Button(getTranslation("verification.refuse"), e -> new ReasonDialog(
                getTranslation("verification.refuse.title", enterprise.name()),
                getTranslation("verification.refuse.text"), getTranslation("verification.refuse"),
                EnterpriseVerificationService.REASON_MAX_LENGTH, reason -> {
                    verification.refuse(enterprise.id(), enterprise.version(), reason);
                    refresh();
                }).open());
        refuse.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(verify, refuse);
    }

    private HorizontalLayout claimActions(ClaimSummary claim) {
        Button grant = new Button(getTranslation("verification.claim.grant"), e -> new ReasonDialog(
                getTranslation("verification.claim.grant.title", claim.enterpriseName()),
                getTranslation("verification.claim.grant.text"), getTranslation("verification.claim.grant"),
                EnterpriseVerificationService.REASON_MAX_LENGTH, reason -> {
                    verification.grantClaim(claim.id(), claim.version(), reason);
                    refresh();
                }).open());
        grant.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button refuse = new Button(getTranslation("verification.claim.refuse"), e -> new ReasonDialog(
                getTranslation("verification.claim.refuse.title", claim.enterpriseName()),
                getTranslation("verification.claim.refuse.text"), getTranslation("verification.claim.refuse"),
                EnterpriseVerificationService.REASON_MAX_LENGTH, reason -> {
                    verification.refuseClaim(claim.id(), claim.version(), reason);
                    refresh();
                }).open());
        refuse.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(grant, refuse);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.enterprise-verification") + " | " + getTranslation("app.name");
    }
}
