/**
 * Chỉ tiêu kế hoạch, báo cáo năm: the province's productivity plan 2021–2030 as data. Targets with their period, unit
 * and value (officers edit them); actual values read from the platform's records (experts, training, support,
 * programmes) or from the partner agencies' yearly reports; the dashboard, the model enterprises' showcase and the
 * annual report due on 30 November (plan section V).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan targets and reporting")
package vn.nscl.plan;
