/** Download links for stored files, used by the screens of the modules that own the files. */
@org.springframework.modulith.NamedInterface("ui")
package vn.nscl.files.ui;
