/**
 * Support programmes and applications (Chương trình hỗ trợ, Hồ sơ đề nghị hỗ trợ, Thẩm định hồ sơ): officers run the
 * programmes' calls; enterprises apply with a project, budget, indicators and attachments after an eligibility check
 * by the rule base; officers review with a checklist, ask for more information, approve (a second officer above a
 * set amount) or reject; approved projects report progress and completion.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support applications")
package vn.nscl.support;
