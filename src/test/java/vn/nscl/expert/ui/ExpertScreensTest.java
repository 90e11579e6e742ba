package vn.nscl.expert.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;

import vn.nscl.catalogue.Catalogue;
import vn.nscl.expert.CertificateKind;
import vn.nscl.expert.ExpertProfileService;
import vn.nscl.expert.Language;
import vn.nscl.expert.ProfileStatus;
import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.ui.ReasonDialog;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestExperts;
import vn.nscl.testsupport.TestExperts.Spec;
import vn.nscl.testsupport.TestFiles;

/** The expert's profile page and the officer's verification pages. */
class ExpertScreensTest extends KaribuTest {

    @Autowired
    TestExperts experts;

    @Autowired
    TestEnterprises as;

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    ReferenceData reference;

    @Autowired
    Catalogue catalogue;

    @Test
    void a_new_expert_fills_the_profile_with_consent_adds_a_certificate_and_sends_it() {
        var expert = experts.registered();
        signInAs(expert.email());
        UI.getCurrent().navigate("expert/profile");
        ExpertProfileView view = _get(ExpertProfileView.class);
        assertThat(view.status.getElement().getTextRecursively()).contains("Chưa gửi xác minh");

        ExpertProfileForm form = view.form;
        form.homeCommune.setValue(reference.commune("19363").orElseThrow());
        form.languages.setValue(Set.of(Language.VI, Language.BRU));
        form.competences.rows.getFirst().item.setValue(catalogue.item("5S").orElseThrow());
        form.competences.rows.getFirst().level.setValue(2);
        form.competences.rows.getFirst().years.setValue(4);
        form.save.click();
        assertThat(as.as(expert.email(), () -> profiles.myProfile().consentAt())).as("no consent, nothing saved")
                .isNull();

        form.consent.setValue(true);
        form.capacity.setValue(99);
        form.save.click();
        assertThat(form.capacity.isInvalid()).isTrue();
        form.capacity.setValue(2);
        form.save.click();
        assertThat(as.as(expert.email(), () -> profiles.myProfile().competences())).hasSize(1);

        CertificatesSection certificates = view.certificates;
        certificates.kind.setValue(CertificateKind.PRODUCTIVITY_EXPERT);
        certificates.number.setValue("VNPI-CGNS-2026-101");
        certificates.issuer.setValue("Viện Năng suất Việt Nam");
        UploadKt._upload(certificates.upload, "chung-chi.pdf", "application/pdf", TestFiles.pdf("cc"));
        certificates.add.click();
        assertThat(certificates.list.getElement().getTextRecursively()).contains("VNPI-CGNS-2026-101", "Chờ xác minh");

        view.submit.click();
        assertThat(as.as(expert.email(), () -> profiles.myProfile().status())).isEqualTo(ProfileStatus.PENDING);
        assertThat(view.status.getElement().getTextRecursively()).contains("Đang chờ xác minh");
    }

    @Test
    void an_officer_finds_a_waiting_expert_first_and_verifies_the_certificate_and_rejects_with_a_reason() {
        var expert = experts.unverified(Spec.in(experts.freshCommune(), "LEAN", 2, 4));
        as.run(expert.email(), () -> profiles.addCertificate(CertificateKind.PRODUCTIVITY_EXPERT, null, "CG-77",
                "VNPI", null, "cg.pdf", TestFiles.pdf("x")));
        signInAs("officer@example.com");
        UI.getCurrent().navigate("experts");
        ExpertListView list = _get(ExpertListView.class);
        assertThat(GridKt._findAll(list.grid).stream().filter(i -> i.id() == expert.id()).findFirst().orElseThrow()
                .needsAttention()).isTrue();
        assertThat(GridKt._get(list.grid, 0).needsAttention()).as("waiting ones first").isTrue();

        UI.getCurrent().navigate("experts/" + expert.id());
        ExpertReviewView review = _get(ExpertReviewView.class);
        assertThat(review.getElement().getTextRecursively()).contains("CG-77", "Chờ xác minh", "Lean");
        _find(review, Button.class).stream().filter(b -> "Xác minh".equals(b.getText())).findFirst().orElseThrow()
                .click();
        review = _get(ExpertReviewView.class);
        assertThat(review.getElement().getTextRecursively()).contains("Đã xác minh");
        review.reject.click();
        ReasonDialog dialog = _get(ReasonDialog.class);
        _get(dialog, TextArea.class).setValue("Chưa ghi đủ kinh nghiệm Lean");
        _get(dialog, Button.class, spec -> spec.withText("Không xác minh")).click();
        assertThat(as.as(expert.email(), () -> profiles.myProfile())).satisfies(p -> {
            assertThat(p.status()).isEqualTo(ProfileStatus.REJECTED);
            assertThat(p.reviewNote()).isEqualTo("Chưa ghi đủ kinh nghiệm Lean");
            assertThat(p.certificates().getFirst().counts()).isTrue();
        });
        assertThat(_get(ExpertReviewView.class).history.getElement().getTextRecursively())
                .as("the decisions so far, newest first, with the officer's name and the reason")
                .containsSubsequence("Nguyễn Thị Minh Châu · Không xác minh hồ sơ chuyên gia: Chưa ghi đủ kinh nghiệm Lean",
                        "Nguyễn Thị Minh Châu · Xác nhận chứng chỉ chuyên gia: CG-77");
    }
}
