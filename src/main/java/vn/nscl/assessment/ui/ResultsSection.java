package vn.nscl.assessment.ui;

import com.vaadin.flow.component.Component;

/**
 * A section another module adds to the results page of a submitted assessment (the recommendations, for instance),
 * after the strengths and gaps. Sections are added in {@link org.springframework.core.annotation.Order} order.
 */
@org.springframework.modulith.NamedInterface("results-section")
public interface ResultsSection {

    /** A new component for the assessment; called after the reader's right to see it was checked. */
    Component create(long assessmentId);
}
