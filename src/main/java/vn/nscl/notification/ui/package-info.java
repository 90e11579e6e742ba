/** The notification centre and the header bell, which the application frame shows. */
@org.springframework.modulith.NamedInterface("ui")
package vn.nscl.notification.ui;
