/**
 * Explained recommendations (Khuyến nghị): a Drools rule base, loaded from the {@code rules/} folder and kept in
 * versions in the database, turns an enterprise's answers, scores, indicators and profile into prioritised
 * recommendations of tools and standards and the support programmes it is eligible for, each with its reason.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recommendations")
package vn.nscl.recommendation;
