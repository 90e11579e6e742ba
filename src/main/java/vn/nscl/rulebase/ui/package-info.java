/** The rules screens every kind of rules shares: its versions, a version's files, checks, dry run and activation. */
@org.springframework.modulith.NamedInterface("ui")
package vn.nscl.rulebase.ui;
