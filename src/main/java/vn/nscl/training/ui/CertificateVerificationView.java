package vn.nscl.training.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import vn.nscl.shared.Letterhead;
import vn.nscl.shared.ui.DetailList;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.LanguageSupport;
import vn.nscl.shared.ui.PublicPageHeader;
import vn.nscl.training.TrainingCertificates;
import vn.nscl.training.TrainingCertificates.CertificateCheck;

/**
 * Kiểm tra giấy chứng nhận: the public page a certificate's QR code opens (or where its code is typed), showing
 * whether it is genuine and current, or replaced by a reissue, and whom and which course it certifies.
 */
@Route(value = "certificate/:code?", autoLayout = false)
@AnonymousAllowed
public class CertificateVerificationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField code = new TextField();
    final Button check = new Button();
    final Div result = new Div();
    private final TrainingCertificates certificates;

    CertificateVerificationView(TrainingCertificates certificates, Letterhead letterhead, LanguageSupport languages) {
        this.certificates = certificates;
        addClassName("public-page");
        code.setLabel(getTranslation("verify.code"));
        code.setMaxLength(20);
        code.setAllowedCharPattern("[0-9A-Za-z \\-]");
        check.setText(getTranslation("verify.check"));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> show(certificates.check(code.getValue())));
        code.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> check.click());
        HorizontalLayout form = new HorizontalLayout(code, check);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        result.setId("verification-result");
        add(new PublicPageHeader(languages), new H1(getTranslation("verify.title")),
                new Paragraph(getTranslation("verify.intro", letterhead.agency())), form, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(given -> {
            code.setValue(given);
            show(certificates.check(given));
        });
    }

    private void show(Optional<CertificateCheck> found) {
        result.removeAll();
        if (found.isEmpty()) {
            H2 unknown = new H2(getTranslation("verify.unknown"));
            unknown.addClassName("verify-unknown");
            result.add(unknown);
            return;
        }
        CertificateCheck certificate = found.get();
        H2 verdict = new H2(getTranslation(certificate.current() ? "verify.valid" : "verify.replaced"));
        verdict.addClassName(certificate.current() ? "verify-valid" : "verify-replaced");
        result.add(verdict);
        if (!certificate.current()) {
            result.add(new Paragraph(getTranslation("verify.replaced.detail", certificate.number(),
                    certificate.replacedBy(), Formats.date(certificate.replacedAt()))));
        }
        result.add(new DetailList().row("verify.number", certificate.number())
                .row("verify.person", certificate.staffName())
                .row("verify.enterprise", certificate.enterpriseName())
                .row("verify.course", certificate.courseTitle())
                .row("verify.day", Formats.date(certificate.courseDay()))
                .row("verify.issued", certificate.issuedAt() == null ? "" : Formats.date(certificate.issuedAt())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " | " + getTranslation("app.name");
    }
}
