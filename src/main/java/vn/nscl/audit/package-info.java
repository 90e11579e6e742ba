/**
 * The audit log (Nhật ký hệ thống): who did what to which record, when (UTC) and from which address. Every module
 * records its state changes here, in the same transaction as the change, so a rolled-back change leaves no entry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package vn.nscl.audit;
