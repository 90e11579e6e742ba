package vn.nscl.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.nscl.shared.ui.SvgCharts;
import vn.nscl.shared.ui.TranslationProvider;

/**
 * A document in the form of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing
 * agency under its governing body with the number and symbol on the left, the national title and motto with the
 * place and date on the right, the kind of document and its subject centred, numbered sections, the recipients and
 * the signature block; data tables follow as appendices, each from a new page. The number is left blank for the records
 * office to fill in when the document is registered, as on paper.
 */
public final class OfficialDocument {

    /** The styles of {@link #header}, for documents of other layouts (a certificate) that use it. */
    public static final String HEADER_STYLE = "table.head{width:100%;border-collapse:collapse}table.head td{"
            + "border:none;padding:0;text-align:center;vertical-align:top;font-size:10pt}td.agency{width:42%}"
            + "td.nation{width:58%}.b{font-weight:bold}.rule{width:30mm;border-top:0.6pt solid #000;"
            + "margin:1pt auto 0}.rule.long{width:52mm}.number{margin-top:5pt}.date{margin-top:5pt;"
            + "font-style:italic}";

    private static final String STYLE = "@page{size:A4;margin:20mm 15mm 20mm 30mm}"
            + "body{font-family:'" + PdfDocuments.FONT + "';font-size:11pt;line-height:1.35;color:#000}"
            + HEADER_STYLE
            + ".kind{text-align:center;font-weight:bold;font-size:13pt;margin:16pt 0 2pt}"
            + ".subject{text-align:center;font-weight:bold;margin:0 0 2pt}"
            + "h2{font-size:11pt;margin:9pt 0 3pt}h3{font-size:11pt;margin:6pt 0 2pt;font-style:italic}"
            + "p{text-align:justify;text-indent:10mm;margin:3pt 0}ul{margin:2pt 0 2pt 10mm;padding:0}"
            + "table.sign{width:100%;margin-top:14pt;border-collapse:collapse;page-break-inside:avoid}"
            + "table.sign td{border:none;vertical-align:top;padding:0}td.recipients{width:50%;font-size:9pt}"
            + "td.signer{text-align:center;font-weight:bold}.signature-space{height:26mm}"
            + ".appendix{page-break-before:always;font-size:8.5pt}"
            + ".appendix h1{font-size:12pt;text-align:center;margin:0 0 6pt}"
            + ".appendix h2{font-size:10pt}.appendix table{border-collapse:collapse;width:100%;"
            + "-fs-table-paginate:paginate}.appendix td,.appendix th{border:0.5pt solid #667085;padding:2pt 4pt;"
            + "text-align:left;vertical-align:top}.appendix th{background:#f2f4f7}.num{text-align:right}"
            + ".meta{color:#475467}.authority{text-align:center;font-weight:bold;margin:10pt 0 6pt}"
            + "p.basis{font-style:italic}";

    private final StringBuilder html = new StringBuilder();
    private final Letterhead letterhead;
    private final TranslationProvider translations;
    private final Locale locale;

    private OfficialDocument(Letterhead letterhead, TranslationProvider translations, Locale locale) {
        this.letterhead = letterhead;
        this.translations = translations;
        this.locale = locale;
    }

    /**
     * Starts a document: {@code symbol} is its kind's letters ("BC" for a report, "QĐ" for a decision), {@code kind}
     * and {@code subject} its title lines.
     */
    public static OfficialDocument start(Letterhead letterhead, TranslationProvider translations, Locale locale,
            String symbol, LocalDate date, String kind, String subject) {
        OfficialDocument document = new OfficialDocument(letterhead, translations, locale);
        document.html.append("<html><head><meta charset=\"utf-8\"/><style>").append(STYLE)
                .append("</style></head><body>").append(header(letterhead, translations, locale,
                        translations.getTranslation("official.number", locale, symbol + "-" + letterhead.abbreviation()),
                        date))
                .append("<div class=\"kind\">").append(x(kind)).append("</div><div class=\"subject\">")
                .append(x(subject)).append("</div><div class=\"rule\"></div>");
        return document;
    }

    /**
     * The two header columns: governing body, agency and the number line ("Số: …") on the left; national title,
     * motto, place and date on the right. Styled by {@link #HEADER_STYLE}.
     */
    public static String header(Letterhead letterhead, TranslationProvider translations, Locale locale,
            String numberLine, LocalDate date) {
        return "<table class=\"head\"><tr><td class=\"agency\"><div>" + x(letterhead.governingBody())
                + "</div><div class=\"b\">" + x(letterhead.agency()) + "</div><div class=\"rule\"></div>"
                + "<div class=\"number\">" + x(numberLine) + "</div></td><td class=\"nation\"><div class=\"b\">"
                + x(translations.getTranslation("official.nation", locale)) + "</div><div class=\"b\">"
                + x(translations.getTranslation("official.motto", locale))
                + "</div><div class=\"rule long\"></div><div class=\"date\">"
                + x(translations.getTranslation("official.date", locale, letterhead.place(),
                        String.format("%02d", date.getDayOfMonth()), String.format("%02d", date.getMonthValue()),
                        String.valueOf(date.getYear()))) + "</div></td></tr></table>";
    }

    public OfficialDocument heading(String text) {
        html.append("<h2>").append(x(text)).append("</h2>");
        return this;
    }

    public OfficialDocument subheading(String text) {
        html.append("<h3>").append(x(text)).append("</h3>");
        return this;
    }

    public OfficialDocument paragraph(String text) {
        html.append("<p>").append(x(text)).append("</p>");
        return this;
    }

    /** A line centred in bold: who decides ("GIÁM ĐỐC SỞ …"), or the word "QUYẾT ĐỊNH:" before the articles. */
    public OfficialDocument authority(String text) {
        html.append("<div class=\"authority\">").append(x(text)).append("</div>");
        return this;
    }

    /** A legal basis of a decision ("Căn cứ …"), in italics. */
    public OfficialDocument basis(String text) {
        html.append("<p class=\"basis\">").append(x(text)).append("</p>");
        return this;
    }

    /** An article of a decision: its label in bold ("Điều 1."), then its text. */
    public OfficialDocument article(String label, String text) {
        html.append("<p><b>").append(x(label)).append("</b> ").append(x(text)).append("</p>");
        return this;
    }

    public OfficialDocument bullets(List<String> lines) {
        html.append("<ul>");
        lines.forEach(line -> html.append("<li>").append(x(line)).append("</li>"));
        html.append("</ul>");
        return this;
    }

    /**
     * The recipients ("Nơi nhận:", each line as given) on the left and the signature block on the right: the
     * signer's title, space for the signature and seal, and the name when it is configured.
     */
    public OfficialDocument closing(List<String> recipients) {
        html.append("<table class=\"sign\"><tr><td class=\"recipients\"><div class=\"b\"><i>")
                .append(x(t("official.recipients"))).append("</i></div>");
        recipients.forEach(line -> html.append("<div>- ").append(x(line)).append("</div>"));
        html.append("</td><td class=\"signer\"><div>").append(x(letterhead.signerTitle()))
                .append("</div><div class=\"signature-space\"></div><div>").append(x(letterhead.signerName()))
                .append("</div></td></tr></table>");
        return this;
    }

    /** An appendix from a new page: its title, then the given XHTML (tables, charts). */
    public OfficialDocument appendix(String title, String xhtml) {
        html.append("<div class=\"appendix\"><h1>").append(x(title)).append("</h1>").append(xhtml).append("</div>");
        return this;
    }

    public byte[] pdf() {
        return PdfDocuments.render(html + "</body></html>");
    }

    private String t(String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private static String x(String text) {
        return SvgCharts.xml(text);
    }
}
