/**
 * The application shell: the public start page, the main layout with its role-aware navigation, each role's home
 * page and the error pages. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Application shell")
package vn.nscl.shell;
