package vn.nscl.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import vn.nscl.assessment.AssessmentDraft;
import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.ui.YearFiguresForm;

/** The wizard's indicator step: this year's and last year's figures, saved as typed, kept in the profile. */
class IndicatorsStep extends Div {

    final YearFiguresForm currentYear;
    final YearFiguresForm previousYear;

    IndicatorsStep(EnterpriseProfileService profiles, AssessmentDraft draft) {
        addClassName("indicators-step");
        int year = draft.summary().year();
        long enterpriseId = draft.summary().enterpriseId();
        EnterpriseProfile profile = profiles.profile(enterpriseId);
        previousYear = new YearFiguresForm(profiles, enterpriseId, year - 1, profile.figuresOf(year - 1).orElse(null),
                profile.figuresOf(year - 2).orElse(null));
        currentYear = new YearFiguresForm(profiles, enterpriseId, year, profile.figuresOf(year).orElse(null),
                profile.figuresOf(year - 1).orElse(null));
        previousYear.setOnSaved(currentYear::setPrevious);
        Div columns = new Div(previousYear, currentYear);
        columns.addClassName("two-years");
        add(new H2(getTranslation("wizard.indicators")), new Paragraph(getTranslation("wizard.indicators.intro")),
                columns);
    }
}
