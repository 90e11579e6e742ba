/**
 * Enterprises, cooperatives and household businesses: registration, and (later) the profile they keep. An
 * enterprise account sees only its own enterprise; officers see all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprises")
package vn.nscl.enterprise;
