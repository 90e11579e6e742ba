package vn.nscl.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the officers' plan dashboard contributed by the module that owns its records (the supported enterprises
 * due for reassessment, say), so the dashboard shows it without reading other modules' tables.
 */
public interface DashboardSection {

    /** The part as an officer reads it, or null when there is nothing to show; called on the page's UI thread. */
    Component create();
}
