/** Pickers of reference data used by every module's forms and filters. */
@org.springframework.modulith.NamedInterface("ui")
package vn.nscl.reference.ui;
