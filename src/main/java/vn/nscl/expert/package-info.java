/**
 * Experts: certified productivity experts (chuyên gia năng suất), consultants and certification bodies who help
 * enterprises. Registration now; profiles, verification and matching build on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Experts")
package vn.nscl.expert;
