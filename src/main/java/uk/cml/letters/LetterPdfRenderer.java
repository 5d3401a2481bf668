package uk.cml.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;

/**
 * Turns a {@link LetterDocument} into a print-ready A4 PDF with embedded Liberation Sans. Lays the letter out first,
 * then stamps the footers once the page count is known. Safe to share: each call works on its own document.
 */
public final class LetterPdfRenderer {

    public static final String CREATOR = "Child Maintenance Log";

    private final Clock clock;

    public LetterPdfRenderer() {
        this(Clock.systemDefaultZone());
    }

    /** The clock gives the PDF's creation date; tests pass a fixed one. */
    public LetterPdfRenderer(Clock clock) {
        this.clock = clock;
    }

    /**
     * Renders the letter. Characters the font cannot print appear as "[symbol]" and are listed in the result.
     *
     * @throws IOException only when the letter fonts cannot be read, which means the installation is damaged
     */
    public RenderedLetter render(LetterDocument letter) throws IOException {
        return render(letter, true);
    }

    /** {@code archival}: make it PDF/A-1b; only the warm-up skips that, so it loads no colour profile. */
    private RenderedLetter render(LetterDocument letter, boolean archival) throws IOException {
        PrintableText printable = new PrintableText(LetterFonts.printableInAllFaces());
        PDDocument document = new PDDocument();
        try {
            FontSet fonts = new FontSet(document);
            layOut(document, fonts, printable, letter, false);
            if (document.getNumberOfPages() >= 2) {
                // A few lines over a page: set with smaller gaps between blocks, and kept so if that fits it on one
                // sheet fewer, rather than a last page holding a heading, a paragraph and the closing (a letter of
                // four pages as of two: the lines pulled back onto the page before when it can fit them).
                PDDocument tight = new PDDocument();
                try {
                    PrintableText tightPrintable = new PrintableText(LetterFonts.printableInAllFaces());
                    FontSet tightFonts = new FontSet(tight);
                    layOut(tight, tightFonts, tightPrintable, letter, true);
                    if (tight.getNumberOfPages() < document.getNumberOfPages()) {
                        document.close();
                        document = tight;
                        fonts = tightFonts;
                        printable = tightPrintable;
                    }
                } finally {
                    if (tight != document) {
                        tight.close();
                    }
                }
            }
            new FooterStamper(fonts, printable).stamp(document, letter.footerText(), letter.fingerprint());
            describe(document, letter.metadata());
            if (archival) {
                PdfArchive.make(document);
            }
            document.getDocument().setDocumentID(documentId(letter));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            // PDF/A-1 is based on PDF 1.4, which has no compressed object streams.
            document.save(out, CompressParameters.NO_COMPRESSION);
            return new RenderedLetter(out.toByteArray(), document.getNumberOfPages(), printable.replacedCharacters());
        } finally {
            document.close();
        }
    }

    /** The addresses, references and body onto the document's pages; {@code tight}: smaller gaps between blocks. */
    private static void layOut(PDDocument document, FontSet fonts, PrintableText printable, LetterDocument letter,
            boolean tight) throws IOException {
        try (PageCursor cursor = new PageCursor(document)) {
            new AddressBlocks(cursor, fonts, printable).write(letter);
            (tight ? new BodyWriter(cursor, fonts, printable, BodyWriter.TIGHT_PARAGRAPH_GAP)
                    : new BodyWriter(cursor, fonts, printable)).write(letter);
        }
    }

    /**
     * Reads the fonts and loads the PDF classes by rendering a throwaway letter, so the parent's first preview is
     * quick. Call it once on a background thread at start-up; the result is discarded.
     */
    public void warmUp() throws IOException {
        render(LetterDocument.builder()
                .sender(new Sender("Warm-up", List.of("1 Road")))
                .date(LocalDate.now(clock))
                .recipient("Warm-up")
                .heading("Warm-up")
                .paragraph("Warm-up £ – “”")
                .table(new LetterBlock.Table(List.of(TableColumn.left("A", 1)), List.of(List.of("1"))))
                .footer("Warm-up")
                .build(), false);
    }

    /**
     * PDFBox would make the file identifier from the time and a random number, so the same letter would never give
     * the same bytes twice. Deriving it from the letter and the clock makes a re-render byte-identical, which lets a
     * saved copy be checked against its fingerprint.
     */
    private COSArray documentId(LetterDocument letter) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(letter.toString().getBytes(StandardCharsets.UTF_8));
            sha.update(clock.instant().toString().getBytes(StandardCharsets.UTF_8));
            COSString id = new COSString(Arrays.copyOf(sha.digest(), 16));
            COSArray pair = new COSArray();
            pair.add(id);
            pair.add(id);
            return pair;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private void describe(PDDocument document, PdfMetadata metadata) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(metadata.title());
        info.setAuthor(metadata.author());
        info.setSubject(metadata.subject());
        info.setKeywords(metadata.keywords());
        info.setCreator(CREATOR);
        info.setProducer(CREATOR + " with Apache PDFBox");
        // Whole seconds: the XMP copy of these dates must match the Info dictionary's exactly.
        GregorianCalendar now = GregorianCalendar.from(ZonedDateTime.now(clock).withNano(0));
        info.setCreationDate(now);
        info.setModificationDate(now);
        document.getDocumentCatalog().setLanguage("en-GB");
    }
}
