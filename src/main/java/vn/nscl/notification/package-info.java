/**
 * Notifications: what changed for a person (a request offered, accepted, declined, waiting for an officer…) kept in
 * an in-app notification centre and mailed to them in their language once the change has been committed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package vn.nscl.notification;
