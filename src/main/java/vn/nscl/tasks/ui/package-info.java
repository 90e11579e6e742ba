/** The progress of a background task on a screen: bar, count, cancel, and the result once it is done. */
@org.springframework.modulith.NamedInterface("ui")
package vn.nscl.tasks.ui;
