package vn.nscl.assessment;

import vn.nscl.enterprise.ProductivityIndicators;
import vn.nscl.enterprise.YearFigures;

/** The figures of the assessment year and the year before, and what they give, as they were at submission. */
public record IndicatorSnapshot(YearFigures current, YearFigures previous, ProductivityIndicators derived) {
}
