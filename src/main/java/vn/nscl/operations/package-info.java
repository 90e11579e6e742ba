/**
 * Running the platform: the health, readiness, info and metrics endpoints a load balancer and monitoring read (only
 * the probes are public), the "đang khởi động" page served until start-up work is done, and the metrics of Vaadin
 * sessions. See the README's operator section.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package vn.nscl.operations;
