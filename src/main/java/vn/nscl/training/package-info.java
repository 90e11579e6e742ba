/**
 * Đào tạo, tập huấn: officers publish courses and workshops; enterprises register named staff; officers record who
 * attended and issue numbered certificates. Attendance counts towards the plan's training targets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training and events")
package vn.nscl.training;
