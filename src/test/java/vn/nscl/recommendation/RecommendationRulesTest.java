package vn.nscl.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nscl.recommendation.RuleScenarios.answer;
import static vn.nscl.recommendation.RuleScenarios.assessment;
import static vn.nscl.recommendation.RuleScenarios.facts;
import static vn.nscl.recommendation.RuleScenarios.holds;
import static vn.nscl.recommendation.RuleScenarios.quick;
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

import vn.nscl.rulebase.ShippedRules;
import vn.nscl.recommendation.RuleScenarios.Ent;
import vn.nscl.recommendation.RuleScenarios.Ind;
import vn.nscl.recommendation.facts.Advice;

/**
 * One scenario per rule of the shipped rule set, without Spring: the facts that make the rule fire (with the expected
 * recommendation and the fact its reason must cite), and nearly the same facts where it must not fire. The expert
 * case suite ({@link AdviceQualityTest}) judges the advice as a whole; these pin each rule's condition.
 */
class RecommendationRulesTest {

    private static KieBase rules;

    @BeforeAll
    static void build() {
        rules = RuleSetBuilder.build(ShippedRules.read("rules", "recommendation")).kieBase();
    }

    /** {@code unmet}: the rule names a programme's condition the enterprise misses instead of advising. */
    record Scenario(String rule, String code, String cited, List<Object> fires, List<Object> doesNotFire,
            boolean unmet) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Scenario s(String rule, String code, String cited, List<Object> fires, List<Object> doesNotFire) {
        return new Scenario(rule, code, cited, fires, doesNotFire, false);
    }

    static Scenario unmet(String rule, String code, String cited, List<Object> fires, List<Object> doesNotFire) {
        return new Scenario(rule, code, cited, fires, doesNotFire, true);
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(workplace(), quality(), greenPeople(), innovationDigital(), agriFood(), markets(),
                programmes(), programmeConditions(), gapMatrix()).flatMap(s -> s);
    }

    static Stream<Scenario> workplace() {
        Ent factory = Ent.factory();
        Ent food = Ent.foodFactory();
        Ent farm = Ent.farm();
        Ent hotel = Ent.hotel();
        return Stream.of(
            s("5S: nơi làm việc bừa bộn hoặc chỉ dọn khi có khách", "5S", "mức 1 của LEAN-01",
                facts(factory, answer("LEAN-01", 1)), facts(factory, answer("LEAN-01", 2))),
            s("5S: mới sắp xếp được một số khu vực", "5S", "mức 2 của LEAN-01",
                facts(hotel, answer("LEAN-01", 2)), facts(hotel, answer("LEAN-01", 3))),
            s("Kaizen: người làm chưa được đề xuất cách làm tốt hơn", "KAIZEN", "mức 0 của LEAN-02",
                facts(factory, answer("LEAN-02", 0)), facts(factory.employees(3), answer("LEAN-02", 0))),
            s("Kaizen: mới thu đề xuất ở một số bộ phận", "KAIZEN", "mức 2 của LEAN-02",
                facts(hotel, answer("LEAN-02", 2)), facts(hotel.employees(12), answer("LEAN-02", 2))),
            s("Kaizen: ít sáng kiến được áp dụng trên mỗi lao động", "KAIZEN", "0,1 sáng kiến",
                facts(factory, new Ind().suggestions(0.1).fact()),
                facts(factory, new Ind().suggestions(0.1).fact(), answer("LEAN-02", 3))),
            s("TPM: máy móc chỉ sửa khi hỏng", "TPM", "mức 0 của LEAN-03",
                facts(factory, answer("LEAN-03", 0)), facts(farm, answer("LEAN-03", 0))),
            s("TPM: chỉ máy chính có lịch bảo dưỡng", "TPM", "mức 2 của LEAN-03",
                facts(food, answer("LEAN-03", 2)), facts(food.employees(15), answer("LEAN-03", 2))),
            s("Lean: lãng phí chờ đợi, khuân vác, làm lại chưa được tìm và giảm", "LEAN", "mức 1 của LEAN-05",
                facts(hotel, answer("LEAN-05", 1)), facts(farm, answer("LEAN-05", 1))),
            s("Lean: dòng chảy sản xuất chưa được vẽ và đo ở xưởng vừa", "LEAN", "mức 0 của LEAN-06",
                facts(factory, score("LEAN", 2), answer("LEAN-06", 0)),
                facts(factory, score("LEAN", 1), answer("LEAN-06", 0))),
            s("Six Sigma: quy trình đã ổn định, bước tiếp là giảm biến động", "SIX_SIGMA", "mức 3 của LEAN-07",
                facts(factory.employees(120), score("QMS", 3), score("LEAN", 3), answer("LEAN-07", 3)),
                facts(factory, score("QMS", 3), score("LEAN", 3), answer("LEAN-07", 3))),
            s("Six Sigma: nhà máy lớn đã có hệ thống (đánh giá nhanh)", "SIX_SIGMA", "300 lao động",
                facts(factory.employees(300), quick(), score("QMS", 3), score("LEAN", 3.5)),
                facts(factory.employees(300), score("QMS", 3), score("LEAN", 3.5))),
            s("Six Sigma: tỷ lệ lỗi còn cao dù đã quản lý chất lượng", "SIX_SIGMA", "4%",
                facts(factory.employees(80), new Ind().defects(4).fact(), score("QMS", 2.5)),
                facts(factory.employees(80), new Ind().defects(4).fact(), score("QMS", 1.5))),
            s("7 công cụ QC: sự cố lặp lại chưa được phân tích bằng số liệu", "QC7", "mức 0 của LEAN-07",
                facts(factory, answer("LEAN-07", 0)), facts(hotel, answer("LEAN-07", 0))),
            s("7 công cụ QC: mới phân tích nguyên nhân cho vài vấn đề lớn", "QC7", "mức 2 của LEAN-07",
                facts(factory, answer("LEAN-07", 2), score("QMS", 2)),
                facts(factory, answer("LEAN-07", 2), score("QMS", 3.2))),
            s("7 công cụ QC: tỷ lệ hàng lỗi cao", "QC7", "6,5%",
                facts(factory, new Ind().defects(6.5).fact()), facts(factory, new Ind().defects(5).fact())));
    }

    static Stream<Scenario> quality() {
        Ent factory = Ent.factory();
        Ent farm = Ent.farm();
        Ent hotel = Ent.hotel();
        Ent household = Ent.foodFactory().type("HOUSEHOLD").employees(4);
        return Stream.of(
            s("KPI: chưa xem số liệu để ra quyết định", "KPI_BSC", "mức 1 của LEAD-02",
                facts(factory, answer("LEAD-02", 1)), facts(factory.employees(3), answer("LEAD-02", 1))),
            s("KPI: mới xem doanh thu, chưa có chỉ số năng suất, chất lượng", "KPI_BSC", "mức 2 của LEAD-02",
                facts(factory, answer("LEAD-02", 2)), facts(household, answer("LEAD-02", 2))),
            s("KPI: chưa đặt mục tiêu bằng con số", "KPI_BSC", "mức 0 của LEAD-01",
                facts(hotel, answer("LEAD-01", 0)), facts(hotel.employees(null), answer("LEAD-01", 0))),
            s("Thẻ điểm cân bằng: có KPI nhưng chưa có kế hoạch, chỉ tiêu cho từng bộ phận", "KPI_BSC",
                "mức 1 của LEAD-03", facts(hotel, answer("LEAD-02", 3), answer("LEAD-03", 1)),
                facts(hotel, answer("LEAD-02", 1), answer("LEAD-03", 1))),
            s("ISO 9001: đã tìm hiểu hoặc chưa có quy trình, cần hệ thống chất lượng", "ISO_9001",
                "mức 1 của QMS-04", facts(factory, answer("QMS-04", 1), score("QMS", 1.5)),
                facts(factory, answer("QMS-04", 1), score("QMS", 1.5), holds("ISO_9001"))),
            s("ISO 9001: đang xây dựng, nên hoàn thiện và chứng nhận", "ISO_9001", "mức 2 của QMS-04",
                facts(factory, answer("QMS-04", 2)), facts(factory.employees(6), answer("QMS-04", 2))),
            s("Chứng nhận sản phẩm: chưa biết hoặc chưa công bố quy chuẩn áp dụng", "PRODUCT_CERTIFICATION",
                "mức 1 của QMS-05", facts(factory, answer("QMS-05", 1)), facts(hotel, answer("QMS-05", 1))),
            s("Chứng nhận sản phẩm: vật liệu xây dựng phải công bố hợp quy", "PRODUCT_CERTIFICATION", "QCVN 16",
                facts(factory.products("Gạch đất sét nung")),
                facts(factory.products("Gạch đất sét nung"), answer("QMS-05", 3))),
            s("Chứng nhận sản phẩm: đang thử nghiệm mẫu, làm hồ sơ công bố", "PRODUCT_CERTIFICATION",
                "mức 2 của QMS-05", facts(factory, answer("QMS-05", 2)), facts(factory, answer("QMS-05", 3))),
            s("Chứng nhận sản phẩm: sản phẩm OCOP cần giữ chất lượng", "PRODUCT_CERTIFICATION", "OCOP 3 sao",
                facts(farm.ocop(3), score("QMS", 1)), facts(farm, score("QMS", 1))),
            s("Đo lường: cân và thiết bị đo chưa được kiểm định, hiệu chuẩn", "MEASUREMENT", "mức 0 của QMS-06",
                facts(farm, answer("QMS-06", 0)), facts(hotel, answer("QMS-06", 0))),
            s("Đo lường: thiết bị đo trong sản xuất chưa được hiệu chuẩn", "MEASUREMENT", "mức 2 của QMS-06",
                facts(factory, answer("QMS-06", 2)), facts(farm, answer("QMS-06", 2))),
            s("Đo lường: quá trình còn điều chỉnh theo cảm giác", "MEASUREMENT", "mức 1 của INNO-07",
                facts(factory, answer("INNO-07", 1)), facts(factory.employees(12), answer("INNO-07", 1))),
            s("7 công cụ QC: phàn nàn của khách chưa được tìm nguyên nhân", "QC7", "mức 1 của QMS-03",
                facts(hotel, answer("QMS-03", 1)), facts(hotel, answer("QMS-03", 2))));
    }

    static Stream<Scenario> greenPeople() {
        Ent factory = Ent.factory();
        Ent food = Ent.foodFactory();
        Ent hotel = Ent.hotel();
        Ent shop = Ent.hotel().doing("TRADE").products("siêu thị mini");
        Ent software = Ent.hotel().doing("SOFTWARE").products("phần mềm");
        Ent builder = Ent.factory().doing("CONSTRUCTION").employees(80).products("thi công nhà ở");
        Ent pigs = Ent.farm().type("ENTERPRISE").doing("LIVESTOCK").products("lợn thịt");
        Ent cement = Ent.factory().employees(450).products("Clinker, xi măng PCB40");
        return Stream.of(
            s("Năng suất xanh: chưa theo dõi điện, nhiên liệu so với sản lượng", "GREEN_PRODUCTIVITY",
                "mức 1 của GREEN-01", facts(factory, answer("GREEN-01", 1)), facts(software, answer("GREEN-01", 1))),
            s("Năng suất xanh: dịch vụ du lịch chưa tính điện, nước trên mỗi khách", "GREEN_PRODUCTIVITY",
                "mức 2 của GREEN-01", facts(hotel, answer("GREEN-01", 2), answer("GREEN-03", 1)),
                facts(hotel, answer("GREEN-01", 2), answer("GREEN-03", 3))),
            s("Năng suất xanh: chất thải, phụ phẩm bỏ đi hoặc nước thải chưa xử lý", "GREEN_PRODUCTIVITY",
                "mức 0 của GREEN-02", facts(pigs, answer("GREEN-02", 0)), facts(shop, answer("GREEN-02", 0))),
            s("Năng suất xanh: nước thải chế biến, chăn nuôi chưa được xử lý", "GREEN_PRODUCTIVITY",
                "mức 2 của GREEN-02", facts(pigs, answer("GREEN-02", 2)), facts(factory, answer("GREEN-02", 2))),
            s("Năng suất xanh: chưa tính hao hụt nguyên liệu", "GREEN_PRODUCTIVITY", "mức 1 của GREEN-06",
                facts(food, answer("GREEN-06", 1)), facts(food.employees(4), answer("GREEN-06", 1))),
            s("Năng suất xanh: chi phí năng lượng cao so với giá trị tăng thêm", "GREEN_PRODUCTIVITY", "180",
                facts(factory, new Ind().energy(180).fact()), facts(factory, new Ind().energy(100).fact())),
            s("Kiểm toán năng lượng: năng lượng chiếm phần đáng kể doanh thu, chưa kiểm toán", "ENERGY_AUDIT",
                "mức 1 của GREEN-05", facts(food, new Ind().energyShare(6).fact(), answer("GREEN-05", 1),
                        answer("GREEN-01", 2)),
                facts(food, new Ind().energyShare(6).fact(), answer("GREEN-05", 1), answer("GREEN-01", 0))),
            s("Kiểm toán năng lượng: nhà máy lớn dùng nhiều năng lượng, chưa kiểm toán", "ENERGY_AUDIT",
                "mức 0 của GREEN-05", facts(factory.employees(150), answer("GREEN-05", 0)),
                facts(factory.employees(150), answer("GREEN-05", 0), new Ind().energyShare(1).fact())),
            s("Kiểm toán năng lượng: quick check, chi phí năng lượng lớn", "ENERGY_AUDIT", "8%",
                facts(food, quick(), new Ind().energyShare(8).fact()),
                facts(food, new Ind().energyShare(8).fact())),
            s("ISO 50001: đã kiểm toán năng lượng, bước tiếp là hệ thống quản lý", "ISO_50001", "25%",
                facts(cement, answer("GREEN-05", 3), answer("GREEN-01", 3), new Ind().energyShare(25).fact()),
                facts(cement, answer("GREEN-05", 1), answer("GREEN-01", 3), new Ind().energyShare(25).fact())),
            s("Khí nhà kính: nhà máy phát thải lớn cần kiểm kê", "GHG_INVENTORY", "Nghị định 06/2022",
                facts(cement, new Ind().energyShare(40).fact()), facts(cement, new Ind().energyShare(8).fact())),
            s("ISO 14001: hồ sơ môi trường chưa đủ ở cơ sở sản xuất lớn", "ISO_14001", "mức 1 của GREEN-04",
                facts(factory.employees(60), answer("GREEN-04", 1)),
                facts(factory.employees(60), answer("GREEN-04", 1), holds("ISO_14001"))),
            s("ISO 14001: xuất khẩu hoặc quy mô lớn, môi trường chưa thành hệ thống", "ISO_14001",
                "mức 2 của GREEN-04", facts(factory.employees(60).exportsTo("EU"), answer("GREEN-04", 2)),
                facts(factory.employees(60), answer("GREEN-04", 2))),
            s("ISO 45001: công trường, mỏ đá, khai thác gỗ chưa quản lý an toàn theo hệ thống", "ISO_45001",
                "mức 2 của PEOPLE-04", facts(builder, answer("PEOPLE-04", 2)),
                facts(builder, answer("PEOPLE-04", 3))),
            s("ISO 45001: nghề rủi ro cao, người làm chưa được huấn luyện an toàn (đánh giá nhanh)", "ISO_45001",
                "mức 1 của PEOPLE-01", facts(builder, quick(), answer("PEOPLE-01", 1)),
                facts(factory.employees(80), quick(), answer("PEOPLE-01", 1))),
            s("ISO 45001: đang xây dựng hệ thống an toàn ở cơ sở lớn", "ISO_45001", "mức 2 của PEOPLE-04",
                facts(factory.employees(300), answer("PEOPLE-04", 2)),
                facts(factory.employees(60), answer("PEOPLE-04", 2))),
            s("ISO 45001: mối nguy chưa được nhận diện ở nơi làm việc đông người", "ISO_45001",
                "mức 1 của PEOPLE-03", facts(factory.employees(40), answer("PEOPLE-03", 1)),
                facts(hotel.employees(40), answer("PEOPLE-03", 1))),
            s("ISO 45001: nơi làm việc nhiều rủi ro, an toàn chưa thành hệ thống", "ISO_45001",
                "mức 0 của PEOPLE-04", facts(food.employees(150), answer("PEOPLE-04", 0)),
                facts(food.employees(40), answer("PEOPLE-04", 0))));
    }

    static Stream<Scenario> innovationDigital() {
        Ent factory = Ent.factory();
        Ent food = Ent.foodFactory();
        Ent farm = Ent.farm();
        Ent hotel = Ent.hotel();
        Ent household = Ent.foodFactory().type("HOUSEHOLD").employees(3);
        Ent software = Ent.hotel().doing("SOFTWARE").products("phần mềm quản lý bệnh viện").employees(25);
        Ent mature = Ent.factory().employees(120);
        return Stream.of(
            s("Chuyển đổi số: thu chi, doanh thu chưa ghi hoặc ghi sổ tay không đủ", "DIGITAL_BASICS",
                "mức 0 của DIGI-01", facts(household, answer("DIGI-01", 0)), facts(household, answer("DIGI-01", 2))),
            s("Chuyển đổi số: thu chi mới trên bảng tính, chưa có phần mềm", "DIGITAL_BASICS", "mức 2 của DIGI-01",
                facts(hotel, answer("DIGI-01", 2)), facts(household, answer("DIGI-01", 2))),
            s("Chuyển đổi số: mỗi bộ phận một bảng tính, số liệu nhập lại bằng tay", "DIGITAL_BASICS",
                "mức 1 của DIGI-05", facts(factory, answer("DIGI-05", 1), answer("DIGI-01", 3)),
                facts(factory, answer("DIGI-05", 1), answer("DIGI-01", 1))),
            s("Chuyển đổi số: chưa dùng hóa đơn điện tử, chỉ nhận tiền mặt", "DIGITAL_BASICS", "mức 0 của DIGI-02",
                facts(household, answer("DIGI-02", 0)), facts(household, answer("DIGI-02", 1))),
            s("Chuyển đổi số: khách mua lẻ nhưng chưa bán trên mạng", "DIGITAL_BASICS", "mức 1 của DIGI-03",
                facts(food, answer("DIGI-03", 1)), facts(factory, answer("DIGI-03", 1))),
            s("Chuyển đổi số: sổ sách giấy ở hợp tác xã, tổ chức nhiều hộ", "DIGITAL_BASICS", "mức 1 của DIGI-04",
                facts(farm, answer("DIGI-04", 1), answer("DIGI-01", 2)),
                facts(farm.type("ENTERPRISE"), answer("DIGI-04", 1), answer("DIGI-01", 2))),
            s("Chuyển đổi số: dữ liệu quan trọng chưa được sao lưu", "DIGITAL_BASICS", "mức 0 của DIGI-06",
                facts(hotel, answer("DIGI-06", 0)), facts(hotel, answer("DIGI-06", 1))),
            s("ISO 56000: đơn vị trưởng thành nhưng đổi mới chưa có cách làm thống nhất", "ISO_56000",
                "mức 1 của INNO-05", facts(mature, assessment(72, 3), score("LEAD", 3), answer("INNO-05", 1)),
                facts(mature, assessment(50, 2), score("LEAD", 3), answer("INNO-05", 1))),
            s("ISO 56000: có sản phẩm mới nhưng đổi mới còn tùy hứng", "ISO_56000", "mức 0 của INNO-05",
                facts(factory, score("INNO", 2), score("LEAD", 2), answer("INNO-05", 0)),
                facts(factory, score("INNO", 2), score("LEAD", 1), answer("INNO-05", 0))),
            s("Sở hữu trí tuệ: sản phẩm có tên, logo riêng nhưng chưa đăng ký", "IP", "mức 1 của INNO-03",
                facts(farm, answer("INNO-03", 1)), facts(farm, answer("INNO-03", 1), holds("IP"))),
            s("Sở hữu trí tuệ: sản phẩm chế biến, thủ công bán không có tên riêng", "IP", "mức 0 của INNO-03",
                facts(food, answer("INNO-03", 0)), facts(farm, answer("INNO-03", 0))),
            s("Sở hữu trí tuệ: sản phẩm OCOP chưa có nhãn hiệu được bảo hộ", "IP", "OCOP 4 sao",
                facts(farm.ocop(4)), facts(farm.ocop(4), answer("INNO-03", 3))),
            s("ISO 27001: phần mềm xử lý dữ liệu của khách, an toàn thông tin chưa thành hệ thống", "ISO_27001",
                "mức 2 của DIGI-06", facts(software, answer("DIGI-06", 2)),
                facts(software, answer("DIGI-06", 4))));
    }

    static Stream<Scenario> agriFood() {
        Ent food = Ent.foodFactory();
        Ent farm = Ent.farm();
        Ent herbs = Ent.farm().products("Cà gai leo khô, dược liệu");
        Ent pigs = Ent.farm().doing("LIVESTOCK").products("lợn thịt");
        Ent bees = Ent.farm().type("HOUSEHOLD").employees(3).doing("BEEKEEPING").products("mật ong");
        Ent shrimp = Ent.farm().type("HOUSEHOLD").employees(2).doing("AQUACULTURE").products("tôm thẻ");
        Ent householdFood = Ent.foodFactory().type("HOUSEHOLD").employees(4).products("nước mắm");
        Ent restaurant = Ent.hotel().type("HOUSEHOLD").employees(12).food().products("quán ăn đặc sản");
        Ent shop = Ent.hotel().doing("TRADE").products("siêu thị mini");
        Ent exporterFarm = Ent.farm().exportsTo("EU");
        return Stream.of(
            s("VietGAP trồng trọt: chưa ghi nhật ký đồng ruộng", "VIETGAP", "mức 1 của AGRI-01",
                facts(farm, answer("AGRI-01", 1)), facts(farm, answer("AGRI-01", 1), holds("VIETGAP"))),
            s("VietGAP trồng trọt: thuốc bảo vệ thực vật dùng theo thói quen", "VIETGAP", "mức 0 của AGRI-02",
                facts(farm, answer("AGRI-02", 0)), facts(food, answer("AGRI-02", 0))),
            s("VietGAP trồng trọt: ghi chép, dùng thuốc mới đúng cho một phần diện tích", "VIETGAP",
                "mức 2 của AGRI-01", facts(farm, answer("AGRI-01", 2)), facts(pigs, answer("AGRI-01", 2))),
            s("VietGAP trồng trọt: đang áp dụng một phần, chưa chứng nhận", "VIETGAP", "mức 2 của AGRI-03",
                facts(farm, answer("AGRI-03", 2)), facts(herbs, answer("AGRI-03", 2))),
            s("Dược liệu: trồng, thu hái chưa theo thực hành tốt GACP", "GACP_HERBS", "mức 1 của AGRI-03",
                facts(herbs, answer("AGRI-03", 1)), facts(farm, answer("AGRI-03", 1))),
            s("Chăn nuôi, nuôi ong tốt: sổ chăn nuôi, thuốc thú y chưa có nền nếp", "VIETGAP_LIVESTOCK",
                "mức 1 của AGRI-02", facts(bees, answer("AGRI-02", 1)), facts(farm, answer("AGRI-02", 1))),
            s("Chăn nuôi, nuôi ong tốt: chưa được chứng nhận thực hành tốt", "VIETGAP_LIVESTOCK",
                "mức 2 của AGRI-03", facts(pigs, answer("AGRI-03", 2)),
                facts(pigs, answer("AGRI-03", 2), holds("VIETGAP_LIVESTOCK"))),
            s("Nuôi trồng thủy sản tốt: nhật ký ao nuôi, thuốc và hóa chất chưa có nền nếp", "VIETGAP_AQUA",
                "mức 0 của AGRI-01", facts(shrimp, answer("AGRI-01", 0)), facts(pigs, answer("AGRI-01", 0))),
            s("Nuôi trồng thủy sản tốt: chưa được chứng nhận", "VIETGAP_AQUA", "mức 1 của AGRI-03",
                facts(shrimp, answer("AGRI-03", 1)), facts(shrimp, answer("AGRI-03", 3))),
            s("GlobalGAP: nông sản xuất khẩu đã có nền thực hành tốt", "GLOBALGAP", "EU",
                facts(exporterFarm, holds("VIETGAP"), answer("AGRI-04", 1)),
                facts(exporterFarm, answer("AGRI-04", 1))),
            s("Hữu cơ: đang chuyển đổi một phần theo TCVN 11041", "ORGANIC", "mức 2 của AGRI-05",
                facts(farm, answer("AGRI-05", 2)), facts(farm, answer("AGRI-05", 1))),
            s("An toàn thực phẩm cơ bản: chưa có giấy tờ, điều kiện an toàn thực phẩm", "FOOD_SAFETY_BASICS",
                "mức 0 của FOOD-01", facts(householdFood, answer("FOOD-01", 0)),
                facts(householdFood, answer("FOOD-01", 3))),
            s("An toàn thực phẩm cơ bản: vệ sinh nhà xưởng chưa có quy định", "FOOD_SAFETY_BASICS",
                "mức 1 của FOOD-03", facts(restaurant, answer("FOOD-03", 1)), facts(shop, answer("FOOD-03", 1))),
            s("HACCP: cơ sở chế biến thực phẩm chưa có kế hoạch HACCP", "HACCP", "mức 0 của FOOD-04",
                facts(food, answer("FOOD-04", 0)), facts(householdFood, answer("FOOD-04", 0))),
            s("HACCP: bước nguy hiểm chưa được kiểm soát nhiệt độ, thời gian", "HACCP", "mức 1 của FOOD-02",
                facts(food, answer("FOOD-02", 1)), facts(food, answer("FOOD-02", 1), holds("HACCP"))),
            s("HACCP: mới áp dụng thử cho một sản phẩm", "HACCP", "mức 2 của FOOD-04",
                facts(food, answer("FOOD-04", 2)), facts(food, answer("FOOD-04", 3))),
            s("ISO 22000: đã có HACCP, hướng tới xuất khẩu hoặc quy mô lớn hơn", "ISO_22000", "HACCP",
                facts(food, holds("HACCP")), facts(food.employees(12), holds("HACCP"))),
            s("Truy xuất nguồn gốc: lô hàng nông sản, thực phẩm chưa được đánh mã", "TRACEABILITY",
                "mức 0 của TRACE-01", facts(farm, answer("TRACE-01", 0)),
                facts(Ent.factory(), answer("TRACE-01", 0))),
            s("Truy xuất nguồn gốc: đã đánh mã lô, chưa có hệ thống truy xuất", "TRACEABILITY",
                "mức 1 của TRACE-04", facts(food, answer("TRACE-01", 2), answer("TRACE-04", 1)),
                facts(food, answer("TRACE-01", 1), answer("TRACE-04", 1))),
            s("Truy xuất nguồn gốc: bán cho nhà xuất khẩu, siêu thị, OCOP mà chưa có hệ thống truy xuất",
                "TRACEABILITY", "mức 0 của TRACE-04", facts(shop, answer("TRACE-04", 0)),
                facts(food, answer("TRACE-04", 0))),
            s("Truy xuất nguồn gốc: hệ thống đang xây dựng ở đơn vị đã làm tốt sản xuất", "TRACEABILITY",
                "mức 2 của TRACE-04", facts(farm, assessment(70, 3), answer("TRACE-04", 2)),
                facts(farm, assessment(45, 2), answer("TRACE-04", 2))),
            s("Truy xuất nguồn gốc: sản phẩm OCOP, đặc sản chưa truy xuất được theo lô", "TRACEABILITY",
                "mức 1 của TRACE-03", facts(householdFood, answer("TRACE-03", 1), answer("TRACE-01", 2)),
                facts(householdFood, answer("TRACE-03", 1), answer("TRACE-01", 3))),
            s("Truy xuất nguồn gốc: mã lô chưa nối với nguyên liệu (đánh giá nhanh)", "TRACEABILITY",
                "mức 2 của TRACE-01", facts(householdFood, quick(), answer("TRACE-01", 2)),
                facts(householdFood, answer("TRACE-01", 2))),
            s("Truy xuất nguồn gốc: nguyên liệu mua vào chưa ghi nguồn", "TRACEABILITY", "mức 1 của TRACE-02",
                facts(food, answer("TRACE-02", 1)), facts(farm, answer("TRACE-02", 1))),
            s("OCOP: sản phẩm 3–4 sao có thể nâng hạng", "OCOP_UPGRADE", "OCOP 3 sao",
                facts(householdFood.ocop(3), score("QMS", 2)), facts(householdFood.ocop(5), score("QMS", 2))),
            s("OCOP: đặc sản địa phương chưa tham gia OCOP", "OCOP_UPGRADE", "nước mắm",
                facts(householdFood, score("QMS", 2)), facts(householdFood, score("QMS", 2), answer("INNO-03", 0))),
            s("Hồ tiêu Quảng Trị: áp dụng quy chuẩn kỹ thuật địa phương", "PEPPER_QCKTDP", "hồ tiêu",
                facts(farm.products("Hồ tiêu đen, tiêu sọ")),
                facts(farm.products("Nước mắm đạt tiêu chuẩn, tiêu thụ ở chợ"))));
    }

    static Stream<Scenario> markets() {
        Ent food = Ent.foodFactory();
        Ent farm = Ent.farm();
        Ent forest = Ent.farm().doing("FORESTRY").products("gỗ keo rừng trồng");
        Ent furniture = Ent.factory().products("bàn ghế gỗ keo xuất khẩu");
        Ent homestay = Ent.hotel().type("HOUSEHOLD").employees(null).products("Homestay 5 phòng");
        return Stream.of(
            s("Thị trường: đang xuất khẩu hàng hóa", "MARKET_REQUIREMENTS", "Nhật Bản",
                facts(food.exportsTo("Nhật Bản")), facts(food)),
            s("Thị trường: xuất khẩu nông sản nhưng chưa nắm yêu cầu của thị trường", "MARKET_REQUIREMENTS",
                "mức 1 của AGRI-04", facts(farm.exportsTo("EU"), answer("AGRI-04", 1)),
                facts(farm.exportsTo("EU"), answer("AGRI-04", 3))),
            s("Thị trường: chuẩn bị xuất khẩu hoặc bán cho chuỗi lớn, chưa nắm yêu cầu", "MARKET_REQUIREMENTS",
                "mức 1 của AGRI-04", facts(farm, answer("AGRI-04", 1), answer("LEAD-07", 3)),
                facts(farm, answer("AGRI-04", 1), answer("LEAD-07", 1))),
            s("Thị trường: gỗ có chứng chỉ bán cho chuỗi xuất khẩu châu Âu", "MARKET_REQUIREMENTS", "2023/1115",
                facts(forest, holds("FOREST_CERTIFICATION")), facts(forest)),
            s("Chứng chỉ rừng: rừng trồng chưa có chứng chỉ quản lý bền vững", "FOREST_CERTIFICATION", "VFCS",
                facts(forest), facts(forest, holds("FOREST_CERTIFICATION"))),
            s("Chứng chỉ rừng: chế biến gỗ cần nguồn gỗ có chứng chỉ", "FOREST_CERTIFICATION", "bàn ghế gỗ keo",
                facts(furniture), facts(Ent.factory().products("kết cấu thép"))),
            s("Du lịch: cơ sở lưu trú chưa đạt chuẩn phục vụ", "TOURISM_STANDARD", "TCVN 7800:2009",
                facts(homestay, score("QMS", 1)), facts(homestay, score("QMS", 2.5))));
    }

    static Stream<Scenario> programmes() {
        Ent factory = Ent.factory();
        Ent farm = Ent.farm();
        Ent household = Ent.foodFactory().type("HOUSEHOLD").employees(4);
        Ent big = Ent.factory().size("LARGE").employees(450);
        return Stream.of(
            s("P2: chưa đủ 2 người được đào tạo về năng suất", "P2", "có 1 người",
                facts(factory.trained(1)), facts(factory.trained(null))),
            s("P2: chưa ai học về năng suất chất lượng", "P2", "mức 0 của PEOPLE-02",
                facts(factory, answer("PEOPLE-02", 0)), facts(factory, answer("PEOPLE-02", 3))),
            s("P3: hướng dẫn áp dụng hệ thống quản lý và công cụ cải tiến", "P3", "Mức trưởng thành 2",
                facts(household, assessment(45, 2)), facts(household, assessment(80, 3))),
            s("P4: thử nghiệm công nghệ 4.0 và hệ thống quản lý mới", "P4", "2,5",
                facts(factory, score("DIGI", 2.5), score("INNO", 2)),
                facts(factory, score("DIGI", 1), score("INNO", 2))),
            s("P5: cơ sở sản xuất, kinh doanh hồ tiêu", "P5", "hồ tiêu",
                facts(farm.products("tiêu sọ, tiêu đen")), facts(farm)),
            s("P6: mô hình sản xuất theo hướng hữu cơ", "P6", "mức 1 của AGRI-05",
                facts(farm, answer("AGRI-05", 1)), facts(farm, answer("AGRI-05", 1), holds("ORGANIC"))),
            s("P7: máy móc, công nghệ chưa được đổi mới", "P7", "mức 0 của INNO-02",
                facts(factory, answer("INNO-02", 0)), facts(factory, answer("INNO-02", 2))),
            s("P7: năng lượng tốn kém, cần công nghệ tiết kiệm", "P7", "9%",
                facts(factory, new Ind().energyShare(9).fact()), facts(household, new Ind().energyShare(9).fact())),
            s("MODEL: ứng viên doanh nghiệp mô hình điểm", "MODEL", "70 trên 100",
                facts(factory, assessment(70, 3)), facts(factory, assessment(60, 2))),
            s("PILOT: dự án điểm cải tiến năng suất của doanh nghiệp nhỏ và vừa", "PILOT", "45 trên 100",
                facts(factory, assessment(45, 2)), facts(big, assessment(45, 2))),
            s("PLAN: chưa có kế hoạch năng suất", "PLAN", "kế hoạch",
                facts(factory, score("LEAD", 1.5)), facts(factory, score("LEAD", 1.5), answer("LEAD-03", 2))));
    }

    static Stream<Scenario> programmeConditions() {
        Ent factory = Ent.factory();
        Ent farm = Ent.farm();
        Ent household = Ent.foodFactory().type("HOUSEHOLD").employees(4);
        Ent big = Ent.factory().size("LARGE").employees(450);
        return Stream.of(
            unmet("P2 chưa đáp ứng: đã có đủ người được đào tạo", "P2", "ghi 3 người",
                facts(factory.trained(3)), facts(factory.trained(1))),
            unmet("P2 chưa đáp ứng: chưa ghi số người được đào tạo", "P2", "chưa ghi số người",
                facts(factory), facts(factory, answer("PEOPLE-02", 0))),
            unmet("P3 chưa đáp ứng: không phải doanh nghiệp nhỏ và vừa, hợp tác xã hay hộ kinh doanh", "P3",
                "lớn hơn", facts(big), facts(factory)),
            unmet("P3 chưa đáp ứng: mức trưởng thành đã trên 2", "P3", "đạt mức 3 trên 4",
                facts(factory, assessment(80, 3)), facts(factory, assessment(45, 2))),
            unmet("P4 chưa đáp ứng: không phải doanh nghiệp nhỏ hoặc vừa", "P4", "nhỏ hoặc vừa",
                facts(household), facts(factory)),
            unmet("P4 chưa đáp ứng: chuyển đổi số dưới mức 2", "P4", "đạt 1,0",
                facts(factory, score("DIGI", 1)), facts(factory, score("DIGI", 2))),
            unmet("P4 chưa đáp ứng: đổi mới sáng tạo dưới mức 2", "P4", "đạt 1,5",
                facts(factory, score("INNO", 1.5)), facts(factory, score("INNO", 2.5))),
            unmet("P5 chưa đáp ứng: không trồng, chế biến hay kinh doanh hồ tiêu", "P5", "chưa cho thấy",
                facts(farm), facts(farm.products("tiêu sọ"))),
            unmet("P6 chưa đáp ứng: không trồng trọt, chăn nuôi hay nuôi ong", "P6", "trồng trọt, chăn nuôi",
                facts(factory), facts(farm, answer("AGRI-05", 1))),
            unmet("P6 chưa đáp ứng: đã có chứng nhận hữu cơ", "P6", "đã có chứng nhận hữu cơ",
                facts(farm, holds("ORGANIC")), facts(farm)),
            unmet("P6 chưa đáp ứng: mức sản xuất hữu cơ không phù hợp", "P6", "mức 3 của AGRI-05",
                facts(farm, answer("AGRI-05", 3)), facts(farm, answer("AGRI-05", 1))),
            unmet("P6 chưa đáp ứng: chưa trả lời câu về sản xuất hữu cơ", "P6", "chưa có câu về sản xuất hữu cơ",
                facts(farm), facts(farm, answer("AGRI-05", 1))),
            unmet("P7 chưa đáp ứng: hộ kinh doanh", "P7", "không gồm hộ kinh doanh", facts(household),
                facts(factory)),
            unmet("P7 chưa đáp ứng: công nghệ đã đổi mới, năng lượng không tốn kém", "P7", "không cho thấy",
                facts(factory, answer("INNO-02", 3)), facts(factory, answer("INNO-02", 0))),
            unmet("MODEL chưa đáp ứng: hộ kinh doanh", "MODEL", "không gồm hộ kinh doanh", facts(household),
                facts(factory)),
            unmet("MODEL chưa đáp ứng: dưới 10 lao động", "MODEL", "đơn vị có 6", facts(factory.employees(6)),
                facts(factory)),
            unmet("MODEL chưa đáp ứng: chưa ghi số lao động", "MODEL", "chưa ghi số lao động",
                facts(factory.employees(null)), facts(factory)),
            unmet("MODEL chưa đáp ứng: điểm tổng dưới 65", "MODEL", "đạt 60",
                facts(factory, assessment(60, 2)), facts(factory, assessment(70, 3))),
            unmet("PILOT chưa đáp ứng: không phải doanh nghiệp nhỏ và vừa", "PILOT", "doanh nghiệp nhỏ và vừa",
                facts(big), facts(factory)),
            unmet("PILOT chưa đáp ứng: điểm tổng dưới 35", "PILOT", "đạt 30",
                facts(factory, assessment(30, 1)), facts(factory, assessment(45, 2))),
            unmet("PILOT chưa đáp ứng: điểm tổng từ 65", "PILOT", "đạt 70",
                facts(factory, assessment(70, 3)), facts(factory, assessment(45, 2))),
            unmet("PLAN chưa đáp ứng: hộ kinh doanh", "PLAN", "không gồm hộ kinh doanh", facts(household),
                facts(factory)),
            unmet("PLAN chưa đáp ứng: đã có kế hoạch năng suất", "PLAN", "mức 2 của LEAD-03",
                facts(factory, answer("LEAD-03", 2)), facts(factory, answer("LEAD-03", 1))),
            unmet("PLAN chưa đáp ứng: lãnh đạo và chiến lược từ mức 2,5", "PLAN", "đạt 3,0",
                facts(factory, score("LEAD", 3)), facts(factory, score("LEAD", 2))));
    }

    static Stream<Scenario> gapMatrix() {
        Ent factory = Ent.factory();
        Ent farm = Ent.farm();
        Ent hotel = Ent.hotel();
        Ent pigs = Ent.farm().doing("LIVESTOCK").products("lợn thịt");
        Ent shrimp = Ent.farm().doing("AQUACULTURE").products("tôm thẻ");
        Ent household = Ent.foodFactory().type("HOUSEHOLD").employees(3);
        return Stream.of(
            s("Ma trận: cải tiến nơi làm việc rất thấp → 5S", "5S", "0,5 trên 4",
                facts(factory, score("LEAN", 0.5)), facts(factory, score("LEAN", 1.2))),
            s("Ma trận: kiểm soát chất lượng rất thấp → 7 công cụ QC", "QC7", "0,5 trên 4",
                facts(factory, score("QMS", 0.5)), facts(hotel, score("QMS", 0.5))),
            s("Ma trận: lãnh đạo, chiến lược rất thấp → KPI", "KPI_BSC", "0,8 trên 4",
                facts(hotel, score("LEAD", 0.75)), facts(household, score("LEAD", 0.75))),
            s("Ma trận: chuyển đổi số rất thấp → chuyển đổi số cơ bản", "DIGITAL_BASICS", "0,0 trên 4",
                facts(household.employees(null), score("DIGI", 0)), facts(farm, score("DIGI", 1.25))),
            s("Ma trận: truy xuất nguồn gốc rất thấp → truy xuất nguồn gốc", "TRACEABILITY", "0,5 trên 4",
                facts(farm, score("TRACE", 0.5)), facts(hotel, score("TRACE", 0.5))),
            s("Ma trận: năng suất xanh rất thấp → năng suất xanh", "GREEN_PRODUCTIVITY", "0,5 trên 4",
                facts(factory, score("GREEN", 0.5)), facts(hotel, score("GREEN", 0.5))),
            s("Ma trận: thực hành trồng trọt tốt rất thấp → VietGAP", "VIETGAP", "0,3 trên 4",
                facts(farm, score("AGRI", 0.25)), facts(pigs, score("AGRI", 0.25))),
            s("Ma trận: thực hành chăn nuôi tốt rất thấp → VietGAHP", "VIETGAP_LIVESTOCK", "0,3 trên 4",
                facts(pigs, score("AGRI", 0.25)), facts(farm, score("AGRI", 0.25))),
            s("Ma trận: thực hành nuôi trồng thủy sản tốt rất thấp → VietGAP thủy sản", "VIETGAP_AQUA",
                "0,5 trên 4", facts(shrimp, score("AGRI", 0.5)), facts(farm, score("AGRI", 0.5))),
            s("Ma trận: an toàn thực phẩm rất thấp → điều kiện an toàn thực phẩm cơ bản", "FOOD_SAFETY_BASICS",
                "0,5 trên 4", facts(household, score("FOOD", 0.5)), facts(household, score("FOOD", 1.5))));
    }

    private static List<Advice.Item> fired(List<Object> facts, String rule) {
        Advice advice = RuleEvaluation.advise(rules, facts);
        return Stream.concat(advice.items().stream(), advice.unmet().stream())
                .filter(item -> item.rule().equals(rule)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void the_rule_fires_with_a_reason_citing_the_facts(Scenario scenario) {
        List<Advice.Item> items = fired(scenario.fires(), scenario.rule());
        assertThat(items).as("rule fired").hasSize(1);
        Advice.Item item = items.getFirst();
        assertThat(item.code()).isEqualTo(scenario.code());
        if (!scenario.unmet()) {
            assertThat(item.priority()).isBetween(1, 100);
        }
        assertThat(item.reasonVi()).as("Vietnamese reason").contains(scenario.cited());
        assertThat(item.reasonEn()).as("English reason").isNotBlank().doesNotContain("{level}", "{who}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void the_rule_stays_silent_when_its_condition_does_not_hold(Scenario scenario) {
        assertThat(fired(scenario.doesNotFire(), scenario.rule())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void reasons_speak_plainly_without_codes_or_unknown_figures(Scenario scenario) {
        Advice.Item item = fired(scenario.fires(), scenario.rule()).getFirst();
        // The scenarios' answers say "mức 1 của LEAN-01" so that tests can see them quoted; real ones are plain words.
        String reason = item.reasonVi().replaceAll("mức \\d của [A-Z]+-0\\d", "");
        assertThat(reason).as("no question code outside the quoted answer")
                .doesNotContainPattern("\\b(LEAD|QMS|LEAN|INNO|DIGI|TRACE|GREEN|PEOPLE|AGRI|FOOD)-0\\d");
        assertThat(item.reasonVi()).as("no unknown figure").doesNotContain("null", "?");
    }

    @Test
    void a_programme_out_of_reach_is_never_also_advised() {
        // The conditions' rules are the converse of the programmes' rules: both never speak of one programme at once.
        scenarios().flatMap(scenario -> Stream.of(scenario.fires(), scenario.doesNotFire())).forEach(facts -> {
            Advice advice = RuleEvaluation.advise(rules, facts);
            Set<String> advised = advice.items().stream().filter(Advice.Item::programme).map(Advice.Item::code)
                    .collect(Collectors.toSet());
            assertThat(advice.unmet()).as(facts.toString()).noneMatch(item -> advised.contains(item.code()));
        });
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

    @Test
    void a_rule_that_compares_an_unknown_figure_stays_silent_instead_of_treating_it_as_zero() {
        Ent unknownSize = Ent.factory().employees(null);
        assertThat(RuleEvaluation.evaluate(rules, facts(unknownSize, answer("LEAN-02", 0), answer("LEAN-03", 0))))
                .extracting(Advice.Item::code).doesNotContain("KAIZEN", "TPM");
        assertThat(RuleEvaluation.evaluate(rules, facts(Ent.factory().trained(null))))
                .extracting(Advice.Item::code).doesNotContain("P2");
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
