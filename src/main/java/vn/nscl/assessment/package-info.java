/**
 * The productivity and quality self-assessment (Tự đánh giá): questionnaires as versioned data files, the wizard's
 * drafts saved answer by answer, scoring on the server, results with the sector benchmark, history and the PDF
 * report (Kết quả đánh giá).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Self-assessment")
package vn.nscl.assessment;
