/**
 * The facts a recommendation rule can use, and the object it writes its results to. Plain classes with getters,
 * named for people who read the rules (see rules/README.md). They never touch the database.
 */
@org.springframework.modulith.NamedInterface("facts")
package vn.nscl.recommendation.facts;
