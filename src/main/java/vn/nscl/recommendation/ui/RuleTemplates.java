package vn.nscl.recommendation.ui;

/** The starting text of a new rule file: the lines every file needs and a commented example to copy. */
final class RuleTemplates {

    private RuleTemplates() {
    }

    static String newFile() {
        return """
                // Quy tắc mới. Xem rules/README.md: các dữ kiện dùng được và cách viết lý do.
                package rules.recommendation;

                import vn.nscl.recommendation.facts.*;

                global vn.nscl.recommendation.facts.Advice advice;

                // Ví dụ (bỏ hai dấu // ở đầu mỗi dòng để dùng):
                // rule "Tên quy tắc, khác mọi quy tắc khác"
                //     when
                //         $e : Enterprise( manufacturer, employees >= 10 )
                //         $s : DimensionScore( dimension == "LEAN", level < 2 )
                //     then
                //         advice.recommend(drools, "5S", 80,
                //             "Điểm cải tiến nơi làm việc " + $s.levelVi() + "/4 (" + $e.describeVi() + ").",
                //             "Workplace improvement " + $s.levelEn() + "/4 (" + $e.describeEn() + ").");
                // end
                """;
    }
}
