package vn.nscl.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the officers' page of one enterprise (its requests, applications, training, latest advice), contributed
 * by the module that owns those records, so the page shows everything without reading other modules' tables.
 */
public interface EnterpriseSection {

    /** Where the part goes on the page: lower first. */
    int order();

    /** The part for one enterprise, as an officer reads it; called on the page's UI thread. */
    Component create(long enterpriseId);
}
