package vn.nscl.expert.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.expert.CertificateView;
import vn.nscl.expert.ExpertProfile;
import vn.nscl.expert.ExpertProfileService;
import vn.nscl.expert.ExpertDecisions;
import vn.nscl.expert.ExpertReviewService;
import vn.nscl.expert.ProfileStatus;
import vn.nscl.files.ui.FileLinks;
import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.ui.Attempts;
import vn.nscl.shared.ui.Confirmations;
import vn.nscl.shared.ui.DetailList;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.shared.ui.ReasonDialog;

/** One expert for an officer: the profile, each certificate with its evidence, and the verdicts to give. */
@Route("experts/:id([0-9]+)")
@RolesAllowed({"OFFICER", "ADMIN"})
public class ExpertReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    Button verify;
    Button reject;
    private final ExpertReviewService reviews;
    private final ExpertProfileService evidence;
    private final ReferenceData reference;
    private final Catalogue catalogue;
    private long expertId;
    private String title = "";

    private final ExpertDecisions decisions;
    /** What DOST decided before on this expert, who and why. */
    final Div history = new Div();

    ExpertReviewView(ExpertReviewService reviews, ExpertProfileService evidence, ReferenceData reference,
            Catalogue catalogue, ExpertDecisions decisions) {
        this.decisions = decisions;
        this.reviews = reviews;
        this.evidence = evidence;
        this.reference = reference;
        this.catalogue = catalogue;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        expertId = event.getRouteParameters().getLong("id").orElse(-1L);
        show();
    }

    private void show() {
        ExpertProfile p = reviews.profile(expertId);
        removeAll();
        title = p.fullName();
        Span status = new Span(getTranslation("expert.status." + p.status().name()));
        status.addClassNames("badge", "status-" + p.status().name().toLowerCase(java.util.Locale.ROOT));
        add(new H1(title), status);
        add(new DetailList()
                .row("expert.organisation", p.organisation())
                .row("account.email", p.email())
                .row("account.phone", p.phone())
                .row("expert.bio", p.bio())
                .row("expert.home-commune.short", p.homeCommune() == null ? "" : reference.communeName(p.homeCommune()))
                .row("expert.service-communes", p.wholeProvince() ? getTranslation("expert.whole-province")
                        : p.serviceCommunes().stream().map(reference::communeName).sorted()
                                .collect(Collectors.joining(", ")))
                .row("expert.modes", (p.onSite() ? getTranslation("expert.on-site") + " " : "")
                        + (p.remote() ? getTranslation("expert.remote") : ""))
                .row("expert.capacity", String.valueOf(p.capacity()))
                .row("expert.paused-until", p.pausedUntil() == null ? "" : Formats.date(p.pausedUntil()))
                .row("expert.languages", p.languages().stream().map(l -> getTranslation("language." + l.code()))
                        .collect(Collectors.joining(", ")))
                .row("expert.sectors", String.join(", ", p.sectors()))
                .row("expert.conflicts", String.join(", ", p.conflictCodes()))
                .row("expert.consent.given", p.consentAt() == null ? "" : Formats.dateTime(p.consentAt())));
        add(new H2(getTranslation("expert.competences")));
        UnorderedList competences = new UnorderedList();
        p.competences().forEach(c -> competences.add(new ListItem(catalogue.itemName(c.itemCode(), getLocale()) + ": "
                + getTranslation("expert.competence.level." + c.level()) + ", "
                + getTranslation("expert.competence.years.value", c.years()))));
        add(competences);
        add(new H2(getTranslation("expert.certificates")));
        p.certificates().forEach(c -> add(certificate(c)));
        if (p.certificates().isEmpty()) {
            add(new Paragraph(getTranslation("expert.certificate.none")));
        }
        if (p.status() == ProfileStatus.PENDING) {
            verify = new Button(getTranslation("experts.verify"),
                    e -> act(() -> reviews.verify(expertId, p.version()), "experts.verified"));
            verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            reject = new Button(getTranslation("experts.reject"), e -> new ReasonDialog(
                    getTranslation("experts.reject"),
                    getTranslation("experts.reject.help"), getTranslation("experts.reject"),
                    ExpertReviewService.REASON_MAX_LENGTH, reason -> {
                        reviews.reject(expertId, reason, p.version());
                        Notifications.success(getTranslation("experts.rejected"));
                        show();
                    }).open());
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(new HorizontalLayout(verify, reject));
        }
        showHistory();
        if (p.deletionRequestedAt() != null && p.erasedAt() == null) {
            Button erase = new Button(getTranslation("experts.erase"), e -> {
                Confirmations.dialog(this, "experts.erase", "experts.erase.confirm",
                        () -> act(() -> reviews.erase(expertId), "experts.erased")).open();
            });
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(new Paragraph(getTranslation("expert.deletion-requested", Formats.date(p.deletionRequestedAt()))),
                    erase);
        }
    }

    /** The earlier decisions, newest first: date, officer, what was decided and the reason given. */
    private void showHistory() {
        history.removeAll();
        history.addClassName("decision-history");
        history.add(new H2(getTranslation("experts.history")));
        var earlier = decisions.of(expertId);
        if (earlier.isEmpty()) {
            history.add(new Paragraph(getTranslation("experts.history.none")));
        }
        UnorderedList list = new UnorderedList();
        earlier.forEach(d -> list.add(new ListItem(Formats.dateTime(d.at()) + " · " + d.officer() + " · "
                + getTranslation("audit.action." + d.action()) + (d.details() == null || d.details().isBlank() ? ""
                        : ": " + d.details()))));
        history.add(list);
        add(history);
    }

    private Div certificate(CertificateView c) {
        Div row = new Div(CertificatesSection.badge(c), new Span(" " + getTranslation("expert.certificate.kind."
                + c.kind().name()) + (c.itemCode() == null ? "" : " · " + catalogue.itemName(c.itemCode(), getLocale()))
                + " — " + c.number() + ", " + c.issuer() + (c.expiresOn() == null ? ""
                : ", " + getTranslation("expert.certificate.valid-until", Formats.date(c.expiresOn())))));
        row.addClassName("certificate-row");
        if (c.evidence() != null) {
            row.add(FileLinks.download(c.evidence().fileName(), () -> evidence.evidence(c.id())));
        }
        if (c.status() == vn.nscl.expert.ReviewStatus.PENDING) {
            Button ok = new Button(getTranslation("experts.verify"),
                    e -> act(() -> reviews.reviewCertificate(c.id(), true, null), "experts.certificate.verified"));
            ok.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            Button no = new Button(getTranslation("experts.reject"), e -> new ReasonDialog(
                    getTranslation("experts.reject"), getTranslation("experts.reject.help"),
                    getTranslation("experts.reject"), ExpertReviewService.REASON_MAX_LENGTH, reason -> {
                        reviews.reviewCertificate(c.id(), false, reason);
                        show();
                    }).open());
            no.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            row.add(ok, no);
        }
        return row;
    }

    private void act(Runnable action, String doneKey) {
        Attempts.run(this, action, doneKey);
        show();
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
