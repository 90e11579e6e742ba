/**
 * The catalogue of improvement tools and standards (5S, Kaizen, ISO 9001, VietGAP, traceability…), as data in
 * {@code catalogue/items.yaml}: what enterprises can hold a certificate for, and later what the rules recommend.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue of tools and standards")
package vn.nscl.catalogue;
