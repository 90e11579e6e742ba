/**
 * Reference data: the 34 provinces and 3,321 communes of the 1 July 2025 reorganisation (no districts), the
 * old-to-new commune mapping of the served province, and the VSIC 2018 sections. The served province is
 * configuration ({@code nscl.province.code}), so any province can run the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data")
package vn.nscl.reference;
