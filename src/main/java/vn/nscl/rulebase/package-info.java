/**
 * The rule base machinery shared by every kind of Drools rules the platform runs (recommendations, expert matching):
 * the safety check that keeps a rule written in the browser to what rules are for, building and running rules
 * within limits, and the problems reported to rule editors with file and line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rule base")
package vn.nscl.rulebase;
