package vn.nscl.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nscl.recommendation.RuleScenarios.answer;
import static vn.nscl.recommendation.RuleScenarios.assessment;
import static vn.nscl.recommendation.RuleScenarios.facts;
import static vn.nscl.recommendation.RuleScenarios.holds;
import static vn.nscl.recommendation.RuleScenarios.score;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.KieBase;

import vn.nscl.recommendation.RuleScenarios.Ent;
import vn.nscl.recommendation.RuleScenarios.Ind;
import vn.nscl.recommendation.facts.Advice;

/**
 * One scenario per rule of the shipped rule set, without Spring: the facts that make the rule fire (with the expected
 * recommendation and a fact its reason must cite), and nearly the same facts where it must not fire.
 */
class RecommendationRulesTest {

    private static KieBase rules;

    @BeforeAll
    static void build() {
        rules = RuleSetBuilder.build(ShippedRules.read("rules", "recommendation")).kieBase();
    }

    record Scenario(String rule, String code, String cited, List<Object> fires, List<Object> doesNotFire) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Scenario s(String rule, String code, String cited, List<Object> fires, List<Object> doesNotFire) {
        return new Scenario(rule, code, cited, fires, doesNotFire);
    }

    static Stream<Scenario> scenarios() {
        Ent factory = Ent.factory();
        Ent farm = Ent.farm();
        Ent hotel = Ent.hotel();
        Ent foodFactory = Ent.factory().food().products("cà phê rang xay");
        return Stream.of(
            // workplace.drl
            s("5S: nơi làm việc chưa gọn gàng", "5S", "1/4",
                facts(factory, answer("LEAN-01", 1)), facts(factory, answer("LEAN-01", 2))),
            s("5S: điểm cải tiến nơi làm việc thấp", "5S", "1,0/4",
                facts(factory, score("LEAN", 1.0)), facts(factory, score("LEAN", 2.0))),
            s("Kaizen: đề xuất cải tiến ít được thực hiện", "KAIZEN", "0/4",
                facts(factory, answer("LEAN-02", 0)), facts(factory.employees(3), answer("LEAN-02", 0))),
            s("Kaizen: ít sáng kiến trên mỗi lao động", "KAIZEN", "0,1 sáng kiến",
                facts(factory, new Ind().suggestions(0.1).fact()), facts(factory, new Ind().suggestions(0.5).fact())),
            s("TPM: máy móc ít được bảo dưỡng", "TPM", "LEAN-03",
                facts(factory, answer("LEAN-03", 1)), facts(farm.type("HOUSEHOLD").employees(4), answer("LEAN-03", 1))),
            s("Lean: xưởng vừa có nhiều lãng phí", "LEAN", "2,0/4",
                facts(factory, score("LEAN", 2.0)), facts(factory.employees(12), score("LEAN", 2.0))),
            s("Lean: lãng phí chưa được tìm và giảm", "LEAN", "LEAN-05",
                facts(factory, answer("LEAN-05", 1)), facts(farm, answer("LEAN-05", 1))),
            s("Six Sigma: tỷ lệ lỗi cao ở doanh nghiệp vừa và lớn", "SIX_SIGMA", "4%",
                facts(factory.size("MEDIUM"), new Ind().defects(4).fact(), score("QMS", 2.5)),
                facts(factory, new Ind().defects(4).fact(), score("QMS", 2.5))),
            s("7 công cụ QC: sự cố lặp lại chưa tìm nguyên nhân gốc", "QC7", "LEAN-07",
                facts(factory, answer("LEAN-07", 0)), facts(factory, answer("LEAN-07", 3))),
            s("7 công cụ QC: tỷ lệ lỗi cao", "QC7", "6,5%",
                facts(factory, new Ind().defects(6.5).fact()), facts(factory, new Ind().defects(5).fact())),
            // quality.drl
            s("KPI: chưa đặt mục tiêu bằng con số", "KPI_BSC", "LEAD-01",
                facts(factory, answer("LEAD-01", 0)), facts(factory.type("HOUSEHOLD"), answer("LEAD-01", 0))),
            s("KPI: lãnh đạo ít xem lại số liệu", "KPI_BSC", "LEAD-02",
                facts(factory, answer("LEAD-02", 1)), facts(farm.type("HOUSEHOLD").employees(4), answer("LEAD-02", 1))),
            s("ISO 9001: quản lý chất lượng chưa thành hệ thống", "ISO_9001", "1,5/4",
                facts(factory, score("QMS", 1.5)), facts(factory, score("QMS", 1.5), holds("ISO_9001"))),
            s("ISO 9001: khách hàng xuất khẩu đòi hỏi", "ISO_9001", "xuất khẩu",
                facts(factory.exporter()), facts(factory)),
            s("Chứng nhận sản phẩm: chưa công bố hợp chuẩn, hợp quy", "PRODUCT_CERTIFICATION", "QMS-05",
                facts(factory, answer("QMS-05", 1)), facts(hotel, answer("QMS-05", 1))),
            s("Chứng nhận sản phẩm: sản phẩm OCOP cần chứng nhận chất lượng", "PRODUCT_CERTIFICATION", "OCOP 3 sao",
                facts(farm.ocop(3), score("QMS", 1.0)), facts(farm, score("QMS", 1.0))),
            s("Đo lường: thiết bị đo chưa kiểm định, hiệu chuẩn", "MEASUREMENT", "QMS-06",
                facts(farm, answer("QMS-06", 0)), facts(farm, answer("QMS-06", 2))),
            s("Đo lường: quá trình chưa được đo tự động", "MEASUREMENT", "INNO-07",
                facts(factory, answer("INNO-07", 1)), facts(factory.employees(10), answer("INNO-07", 1))),
            s("7 công cụ QC: khiếu nại chưa được xử lý đến nguyên nhân", "QC7", "QMS-03",
                facts(hotel, answer("QMS-03", 1)), facts(hotel, answer("QMS-03", 2))),
            // green-people.drl
            s("Năng suất xanh: chưa theo dõi năng lượng", "GREEN_PRODUCTIVITY", "GREEN-01",
                facts(factory, answer("GREEN-01", 0)), facts(hotel, answer("GREEN-01", 0))),
            s("Năng suất xanh: chi phí năng lượng cao", "GREEN_PRODUCTIVITY", "180",
                facts(factory, new Ind().energy(180).fact()), facts(factory, new Ind().energy(100).fact())),
            s("Năng suất xanh: chất thải, phụ phẩm chưa được tận dụng", "GREEN_PRODUCTIVITY", "GREEN-02",
                facts(farm, answer("GREEN-02", 1)), facts(farm, answer("GREEN-02", 3))),
            s("ISO 50001: tiêu thụ năng lượng lớn ở doanh nghiệp vừa và lớn", "ISO_50001", "120",
                facts(factory.size("MEDIUM"), new Ind().energy(120).fact()),
                facts(factory, new Ind().energy(120).fact())),
            s("ISO 14001: xuất khẩu hoặc quy mô vừa, môi trường chưa thành hệ thống", "ISO_14001", "1,5/4",
                facts(factory.exporter(), score("GREEN", 1.5)), facts(factory, score("GREEN", 1.5))),
            s("ISO 45001: an toàn ở xưởng đông người", "ISO_45001", "2,0/4",
                facts(factory.employees(80), score("PEOPLE", 2.0)), facts(factory.employees(30), score("PEOPLE", 2.0))),
            s("ISO 45001: mối nguy chưa được nhận diện", "ISO_45001", "PEOPLE-03",
                facts(factory, answer("PEOPLE-03", 1)), facts(factory, answer("PEOPLE-03", 1), holds("ISO_45001"))),
            // innovation-digital.drl
            s("Chuyển đổi số: sổ sách còn ghi tay", "DIGITAL_BASICS", "DIGI-01",
                facts(farm, answer("DIGI-01", 0)), facts(farm, answer("DIGI-01", 2))),
            s("Chuyển đổi số: chưa bán hàng trực tuyến", "DIGITAL_BASICS", "DIGI-03",
                facts(hotel, answer("DIGI-03", 1)), facts(farm.type("ENTERPRISE"), answer("DIGI-03", 1))),
            s("Chuyển đổi số: điểm chuyển đổi số thấp", "DIGITAL_BASICS", "1,0/4",
                facts(hotel, score("DIGI", 1.0)), facts(hotel, score("DIGI", 2.0))),
            s("ISO 56000: đổi mới chưa có cách làm thống nhất", "ISO_56000", "2,0/4",
                facts(factory, score("INNO", 2.0), score("LEAD", 2.5)), facts(factory, score("INNO", 2.0), score("LEAD", 1.0))),
            s("Sở hữu trí tuệ: nhãn hiệu chưa được bảo hộ", "IP", "INNO-03",
                facts(factory, answer("INNO-03", 0)), facts(factory, answer("INNO-03", 0), holds("IP"))),
            s("Sở hữu trí tuệ: sản phẩm OCOP cần nhãn hiệu", "IP", "OCOP 4 sao",
                facts(farm.ocop(4)), facts(farm.ocop(4), answer("INNO-03", 3))),
            // agri-food.drl
            s("VietGAP: chưa ghi nhật ký sản xuất", "VIETGAP", "AGRI-01",
                facts(farm, answer("AGRI-01", 1)), facts(farm, answer("AGRI-01", 1), holds("VIETGAP"))),
            s("VietGAP: thực hành nông nghiệp tốt còn thấp", "VIETGAP", "1,5/4",
                facts(farm, score("AGRI", 1.5)), facts(factory, score("AGRI", 1.5))),
            s("GlobalGAP: nông sản xuất khẩu đã có VietGAP", "GLOBALGAP", "VietGAP",
                facts(farm.exporter(), holds("VIETGAP")), facts(farm.exporter())),
            s("Hữu cơ: đang sản xuất theo hướng hữu cơ nhưng chưa chứng nhận", "ORGANIC", "AGRI-05",
                facts(farm, answer("AGRI-05", 2)), facts(farm, answer("AGRI-05", 1))),
            s("Hữu cơ: hợp tác xã nông nghiệp có nền thực hành tốt", "ORGANIC", "2,5/4",
                facts(farm, score("AGRI", 2.5)), facts(farm.type("ENTERPRISE"), score("AGRI", 2.5))),
            s("HACCP: cơ sở thực phẩm chưa có kế hoạch HACCP", "HACCP", "FOOD-04",
                facts(foodFactory, answer("FOOD-04", 0)), facts(foodFactory.type("HOUSEHOLD"), answer("FOOD-04", 0))),
            s("HACCP: an toàn thực phẩm còn thấp", "HACCP", "1,0/4",
                facts(foodFactory, score("FOOD", 1.0)), facts(foodFactory, score("FOOD", 1.0), holds("HACCP"))),
            s("ISO 22000: đã có HACCP, hướng tới xuất khẩu hoặc quy mô vừa", "ISO_22000", "HACCP",
                facts(foodFactory.exporter(), holds("HACCP")), facts(foodFactory, holds("HACCP"))),
            s("Truy xuất nguồn gốc: lô hàng chưa được đánh mã", "TRACEABILITY", "TRACE-01",
                facts(farm, answer("TRACE-01", 0)), facts(hotel, answer("TRACE-01", 0))),
            s("Truy xuất nguồn gốc: điểm truy xuất thấp ở nông sản, thực phẩm", "TRACEABILITY", "1,0/4",
                facts(farm, score("TRACE", 1.0)), facts(factory, score("TRACE", 1.0))),
            s("Truy xuất nguồn gốc: hàng xuất khẩu chưa có tem, mã QR", "TRACEABILITY", "TRACE-03",
                facts(factory.exporter(), answer("TRACE-03", 1)), facts(factory, answer("TRACE-03", 1))),
            s("OCOP: nâng hạng sao", "OCOP_UPGRADE", "4 sao",
                facts(farm.ocop(3), score("QMS", 2.0)), facts(farm.ocop(5), score("QMS", 2.0))),
            s("OCOP: đặc sản địa phương chưa tham gia OCOP", "OCOP_UPGRADE", "OCOP",
                facts(farm, assessment(40, 2)), facts(farm, assessment(30, 1))),
            s("Tiêu Quảng Trị: áp dụng quy chuẩn kỹ thuật địa phương", "PEPPER_QCKTDP", "hồ tiêu",
                facts(farm.products("hạt tiêu đen")), facts(farm)),
            // programmes.drl
            s("P2: cần người được đào tạo về năng suất", "P2", "Mới có 1 người",
                facts(factory.trained(1)), facts(factory.trained(2))),
            s("P3: hướng dẫn áp dụng hệ thống quản lý và công cụ cải tiến", "P3", "2/4",
                facts(factory, assessment(45, 2)), facts(factory, assessment(80, 3))),
            s("P4: thử nghiệm công nghệ 4.0 và hệ thống quản lý mới", "P4", "2,0/4",
                facts(factory, score("DIGI", 2.0), score("INNO", 2.0)), facts(factory, score("DIGI", 1.0), score("INNO", 2.0))),
            s("P5: cơ sở sản xuất, kinh doanh hồ tiêu", "P5", "hồ tiêu",
                facts(farm.products("tiêu sọ")), facts(farm)),
            s("P6: mô hình sản xuất hữu cơ", "P6", "2,0/4",
                facts(farm, score("AGRI", 2.0)), facts(farm, score("AGRI", 2.0), holds("ORGANIC"))),
            s("P7: đổi mới công nghệ, tiết kiệm năng lượng", "P7", "140",
                facts(factory, new Ind().energy(140).fact()), facts(factory, new Ind().energy(50).fact())),
            s("P7: máy móc, công nghệ chưa được đổi mới", "P7", "INNO-02",
                facts(factory, answer("INNO-02", 0)), facts(factory, answer("INNO-02", 2))),
            s("MODEL: ứng viên doanh nghiệp mô hình điểm", "MODEL", "70/100",
                facts(factory, assessment(70, 3)), facts(factory, assessment(60, 2))),
            s("PILOT: dự án điểm cải tiến năng suất của doanh nghiệp nhỏ và vừa", "PILOT", "45/100",
                facts(factory, assessment(45, 2)), facts(factory, assessment(70, 3))),
            s("PLAN: chưa có kế hoạch năng suất", "PLAN", "1,5/4",
                facts(factory, score("LEAD", 1.5)), facts(factory, score("LEAD", 1.5), answer("LEAD-03", 2))),
            // gap-matrix.drl.xlsx
            s("Ma trận: cải tiến nơi làm việc rất thấp → 5S", "5S", "0,5/4",
                facts(factory, score("LEAN", 0.5)), facts(factory, score("LEAN", 1.2))),
            s("Ma trận: quản lý chất lượng rất thấp → 7 công cụ QC", "QC7", "0,5/4",
                facts(hotel, score("QMS", 0.5)), facts(hotel, score("QMS", 1.0))),
            s("Ma trận: lãnh đạo, chiến lược rất thấp → KPI", "KPI_BSC", "0,8/4",
                facts(hotel, score("LEAD", 0.75)), facts(hotel.type("HOUSEHOLD").employees(3), score("LEAD", 0.75))),
            s("Ma trận: chuyển đổi số rất thấp → chuyển đổi số cơ bản", "DIGITAL_BASICS", "0,0/4",
                facts(farm, score("DIGI", 0)), facts(farm, score("DIGI", 1.25))),
            s("Ma trận: truy xuất nguồn gốc rất thấp → truy xuất nguồn gốc", "TRACEABILITY", "0,5/4",
                facts(factory, score("TRACE", 0.5)), facts(hotel, score("TRACE", 0.5))),
            s("Ma trận: năng suất xanh rất thấp → năng suất xanh", "GREEN_PRODUCTIVITY", "0,5/4",
                facts(factory, score("GREEN", 0.5)), facts(hotel, score("GREEN", 0.5))),
            s("Ma trận: thực hành nông nghiệp tốt rất thấp → VietGAP", "VIETGAP", "0,3/4",
                facts(farm, score("AGRI", 0.25)), facts(factory, score("AGRI", 0.25))),
            s("Ma trận: an toàn thực phẩm rất thấp → HACCP", "HACCP", "0,5/4",
                facts(foodFactory, score("FOOD", 0.5)), facts(factory, score("FOOD", 0.5))),
            s("Ma trận: nhân lực rất thấp ở đơn vị đông người → Kaizen", "KAIZEN", "0,5/4",
                facts(factory, score("PEOPLE", 0.5)), facts(factory.employees(5), score("PEOPLE", 0.5))));
    }

    private static List<Advice.Item> fired(List<Object> facts, String rule) {
        return RuleEvaluation.evaluate(rules, facts).stream().filter(item -> item.rule().equals(rule)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void the_rule_fires_with_a_reason_citing_the_facts(Scenario scenario) {
        List<Advice.Item> items = fired(scenario.fires(), scenario.rule());
        assertThat(items).as("rule fired").hasSize(1);
        Advice.Item item = items.getFirst();
        assertThat(item.code()).isEqualTo(scenario.code());
        assertThat(item.priority()).isBetween(1, 100);
        assertThat(item.reasonVi()).as("Vietnamese reason").contains(scenario.cited());
        assertThat(item.reasonEn()).as("English reason").isNotBlank().doesNotContain("{level}", "{who}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void the_rule_stays_silent_when_its_condition_does_not_hold(Scenario scenario) {
        assertThat(fired(scenario.doesNotFire(), scenario.rule())).isEmpty();
    }

    @Test
    void every_rule_of_the_shipped_set_has_a_scenario() {
        Set<String> covered = scenarios().map(Scenario::rule).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(RuleSetBuilder.ruleNames(rules));
    }

    @Test
    void every_recommended_code_exists_in_the_catalogue_or_the_programmes() {
        vn.nscl.catalogue.Catalogue catalogue = catalogue();
        scenarios().forEach(scenario -> assertThat(catalogue.item(scenario.code()).isPresent()
                || catalogue.programme(scenario.code()).isPresent()).as(scenario.code()).isTrue());
    }

    private static vn.nscl.catalogue.Catalogue catalogue() {
        try {
            var constructor = vn.nscl.catalogue.Catalogue.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
