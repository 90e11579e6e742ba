package vn.nscl.assessment;

import java.util.Locale;

/**
 * A section another module adds to the PDF report of a submitted assessment (the recommendations, for instance), so
 * the report can grow without this module knowing about its readers' other features. Sections are added in
 * {@link org.springframework.core.annotation.Order} order, after the scores and indicators.
 */
public interface ReportSection {

    /**
     * XHTML for the report, every text already escaped; empty when there is nothing to add. Called only after the
     * caller's right to read the assessment was checked.
     */
    String html(long assessmentId, Locale locale);
}
