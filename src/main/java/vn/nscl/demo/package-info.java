/**
 * Demo data for the default profile: realistic enterprises, experts and the five demo accounts of the README,
 * loaded on the first start of an empty database. Never active in the {@code prod} profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package vn.nscl.demo;
