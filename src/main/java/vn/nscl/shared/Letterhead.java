package vn.nscl.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who issues the platform's official documents ({@code nscl.letterhead.*}), as the header, number symbol, place
 * and signature of a Vietnamese administrative document name them (Nghị định 30/2020/NĐ-CP): another province sets
 * its own.
 *
 * @param governingBody the body above the issuing agency, in capitals ("UBND TỈNH QUẢNG TRỊ")
 * @param agency        the issuing agency, in capitals ("SỞ KHOA HỌC VÀ CÔNG NGHỆ")
 * @param abbreviation  the agency's letters in a document's number ("SKHCN" in "Số: 12/BC-SKHCN")
 * @param place         the place named before the date ("Quảng Trị, ngày …")
 * @param signerTitle   the title above the signature ("GIÁM ĐỐC")
 * @param signerName    the name under the signature; empty leaves the space for the hand-written one
 * @param planReference the province's plan, as a decision cites it in its legal bases
 */
@ConfigurationProperties("nscl.letterhead")
public record Letterhead(@DefaultValue("UBND TỈNH QUẢNG TRỊ") String governingBody,
        @DefaultValue("SỞ KHOA HỌC VÀ CÔNG NGHỆ") String agency, @DefaultValue("SKHCN") String abbreviation,
        @DefaultValue("Quảng Trị") String place, @DefaultValue("GIÁM ĐỐC") String signerTitle,
        @DefaultValue("") String signerName,
        @DefaultValue("Kế hoạch của Ủy ban nhân dân tỉnh Quảng Trị triển khai Chương trình hỗ trợ doanh nghiệp nâng "
                + "cao năng suất và chất lượng sản phẩm, hàng hóa dựa trên nền tảng khoa học, công nghệ và đổi mới "
                + "sáng tạo giai đoạn 2021-2030") String planReference) {
}
