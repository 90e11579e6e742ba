/**
 * Expert matching and engagements (Yêu cầu hỗ trợ chuyên gia): an enterprise asks for help with a tool, the
 * matching engine ranks verified experts (hard constraints, then an explained weighted score tuned by DOST in
 * {@code rules/matching/}), the chosen expert accepts or declines within a deadline (then the next one is offered),
 * and the engagement runs to a final report, the enterprise's confirmation and rating.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Expert matching")
package vn.nscl.matching;
