package vn.nscl.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * Turns an XHTML page into a PDF with a font that has every Vietnamese letter (the standard PDF fonts have none of
 * the diacritics) and inline SVG charts drawn.
 *
 * <p>The two font files are parsed once for the application and shared by every document (PDFBox locks its reads of
 * a parsed font): parsing them for each report cost about half its time and 20 MB of garbage, the slowest step of
 * the load test (docs/benchmarks.md).
 */
public final class PdfDocuments {

    /** The font family every report's stylesheet names. */
    public static final String FONT = "DejaVu Sans";

    private static final TrueTypeFont REGULAR = parse("DejaVuSans.ttf");
    private static final TrueTypeFont BOLD = parse("DejaVuSans-Bold.ttf");

    private PdfDocuments() {
    }

    public static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            // Only the glyphs a document uses are embedded (subset), taken from the shared parsed font.
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, REGULAR, true)), FONT, 400,
                    FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, BOLD, true)), FONT, 700,
                    FontStyle.NORMAL, true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(String file) {
        try (InputStream in = PdfDocuments.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing font fonts/" + file);
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
