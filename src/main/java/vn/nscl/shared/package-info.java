/**
 * Shared kernel: the clock, text rules and the exception type that carries a message the user can act on.
 * Its {@code ui} package holds the pieces every view uses (translations, language choice, notifications).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package vn.nscl.shared;
