package vn.nscl.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;

import vn.nscl.shared.ui.EnterpriseSection;
import vn.nscl.training.TrainingService;

/** Who of the enterprise attended which course, on DOST's page of it. */
@SpringComponent
class EnterpriseTrainingSection implements EnterpriseSection {

    private final TrainingService training;

    EnterpriseTrainingSection(TrainingService training) {
        this.training = training;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Component create(long enterpriseId) {
        Div section = new Div();
        section.addClassName("enterprise-section");
        section.add(new H2(section.getTranslation("overview.training")));
        var all = training.ofEnterprise(enterpriseId);
        if (all.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("overview.training.none")));
        }
        all.forEach(r -> section.add(new Paragraph(r.courseTitle() + " · " + r.staffName() + " · "
                + section.getTranslation(r.certificateNumber() != null ? "training.state.certified"
                        : r.attended() ? "training.state.attended" : "training.state.registered"))));
        return section;
    }
}
