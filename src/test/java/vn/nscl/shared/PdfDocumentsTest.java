package vn.nscl.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The fonts are parsed once and shared: documents made at the same time must each carry their own correct text. */
class PdfDocumentsTest {

    @Test
    void documentsRenderedAtOnceEachKeepTheirVietnameseText() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String page = page(i);
                pdfs.add(pool.submit(() -> PdfDocuments.render(page)));
            }
            for (int i = 0; i < pdfs.size(); i++) {
                String text = text(pdfs.get(i).get());
                assertThat(text).contains("Hợp tác xã số " + i).contains("Điểm mạnh: chất lượng ổn định")
                        .contains("Khuyến nghị ưu tiên");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void embedsOnlyTheDejaVuGlyphsItUses() throws IOException {
        byte[] pdf = PdfDocuments.render(page(1));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                fonts.add(font.getName());
                assertThat(font.isEmbedded()).isTrue();
            }
            // A subset's name carries a six-letter tag ("ABCDEF+DejaVuSans"); the whole font would be ~700 KB.
            assertThat(fonts).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"));
            assertThat(pdf.length).isLessThan(100_000);
        }
    }

    private static String page(int number) {
        return "<html><head><meta charset=\"utf-8\"/><style>body{font-family:'" + PdfDocuments.FONT
                + "'}</style></head><body><h1>Hợp tác xã số " + number + "</h1><p>Điểm mạnh: chất lượng ổn định</p>"
                + "<p><b>Khuyến nghị ưu tiên</b></p></body></html>";
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
