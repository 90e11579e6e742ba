/**
 * Dữ liệu mở: a read-only JSON API (described by OpenAPI at {@code /v3/api-docs}) and CSV downloads of the aggregated
 * indicators, the programmes and the targets with their actual values. No personal data; small cells suppressed;
 * each client's requests are rate-limited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data")
package vn.nscl.opendata;
