/**
 * Accounts, roles and signing in: registration of accounts, password rules, lock-out after failed logins, idle and
 * revoked sessions, and the administrator's account management. Every change is written to the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts and security")
package vn.nscl.security;
