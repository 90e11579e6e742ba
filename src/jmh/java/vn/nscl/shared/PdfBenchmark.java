package vn.nscl.shared;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import vn.nscl.shared.ui.SvgCharts;

/**
 * The load test's slowest enterprise step after signing in is the results PDF. This renders a page shaped like an
 * assessment report (Vietnamese headings and text, the radar chart as SVG, a score table, strengths, gaps and eight
 * recommendations) through {@link PdfDocuments#render}, on one thread and on two (the reference machine's cores),
 * and reports the time per report and the bytes allocated for it ({@code -prof gc}).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PdfBenchmark {

    private static final List<String> DIMENSIONS = List.of("Lãnh đạo và chiến lược", "Quản lý nguồn nhân lực",
            "Quản lý quá trình sản xuất", "Chất lượng sản phẩm", "Năng suất và hiệu quả", "Đổi mới và công nghệ",
            "Chuyển đổi số", "Khách hàng và thị trường");

    private final String page = page();

    @Benchmark
    @Threads(1)
    public byte[] oneAtATime() {
        return PdfDocuments.render(page);
    }

    @Benchmark
    @Threads(2)
    public byte[] twoAtOnce() {
        return PdfDocuments.render(page);
    }

    private static String page() {
        StringBuilder h = new StringBuilder("<html><head><meta charset=\"utf-8\"/><style>body{font-family:'")
                .append(PdfDocuments.FONT).append("';font-size:10pt}table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #d0d5dd;padding:3pt 5pt}h2{font-weight:bold}</style></head><body>")
                .append("<h1>Báo cáo tự đánh giá năng suất chất lượng</h1>")
                .append("<p><b>Hợp tác xã Nông nghiệp Dịch vụ Cam Thành</b><br/>Đánh giá nhanh (v1) · Năm 2026</p>")
                .append(SvgCharts.radar(DIMENSIONS, List.of(
                        new SvgCharts.Series("Doanh nghiệp", "#0b6e4f", List.of(3.5, 2.0, 2.5, 4.0, 3.0, 1.5, 1.0, 3.0),
                                false),
                        new SvgCharts.Series("Trung bình ngành", "#98a2b3",
                                List.of(3.0, 2.5, 3.0, 3.0, 2.5, 2.0, 2.0, 2.5), true)), "Biểu đồ"))
                .append("<h2>Điểm theo lĩnh vực</h2><table><tr><th>Lĩnh vực</th><th>Điểm</th><th>Ngành</th></tr>");
        for (String dimension : DIMENSIONS) {
            h.append("<tr><td>").append(dimension).append("</td><td>68,5</td><td>61,0</td></tr>");
        }
        h.append("</table><h2>Điểm mạnh</h2><ul><li>Chất lượng sản phẩm ổn định, đạt tiêu chuẩn VietGAP</li></ul>")
                .append("<h2>Khuyến nghị</h2>");
        for (int i = 1; i <= 8; i++) {
            h.append("<h3>").append(i).append(". Áp dụng công cụ 5S tại xưởng sản xuất</h3><p>Vì điểm quản lý quá ")
                    .append("trình sản xuất của đơn vị thấp hơn trung bình ngành, đơn vị nên bắt đầu với 5S: sắp xếp, ")
                    .append("sạch sẽ, săn sóc, sẵn sàng. Chương trình hỗ trợ của tỉnh chi trả đến 50% chi phí tư vấn.</p>");
        }
        return h.append("</body></html>").toString();
    }
}
