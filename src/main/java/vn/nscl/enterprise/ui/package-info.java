/** Enterprise screens; {@link vn.nscl.enterprise.ui.YearFiguresForm} is also used by the self-assessment wizard. */
@org.springframework.modulith.NamedInterface("ui")
package vn.nscl.enterprise.ui;
