/** User-interface helpers shared by every module's views. */
@org.springframework.modulith.NamedInterface("ui")
package vn.nscl.shared.ui;
