package uk.cml.letters.pack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import uk.cml.letters.LetterBlock;
import uk.cml.letters.PageWriter;

/**
 * Puts the letters' files into the pack: a PDF's own pages are copied in unchanged (and its file closed at once, as
 * the copy no longer needs it); a photo or scan gets a page of its own with a caption, scaled to fit. A file that
 * cannot be read gets a page saying so, and is reported, rather than stopping the whole pack.
 */
final class AttachedPages {

    private final PDDocument document;
    private final PageWriter writer;
    private final ImagePreparer images;
    private final List<String> problems = new ArrayList<>();

    AttachedPages(PDDocument document, PageWriter writer, ImagePreparer images) {
        this.document = document;
        this.writer = writer;
        this.images = images;
    }

    void section(PackSection section, LetterBlock.Table register, List<Attachment> files,
                 List<ContentsPages.Entry> entries, EvidencePackBuilder.Steps steps)
            throws IOException, PackCancelledException {
        section(section, "", register, files, entries, steps);
    }

    /** @param intro said under the title, before the register; empty: nothing */
    void section(PackSection section, String intro, LetterBlock.Table register, List<Attachment> files,
                 List<ContentsPages.Entry> entries, EvidencePackBuilder.Steps steps)
            throws IOException, PackCancelledException {
        writer.title(section.title());
        if (!intro.isEmpty()) {
            writer.block(new LetterBlock.Paragraph(intro));
        }
        if (register.rows().isEmpty()) {
            writer.block(new LetterBlock.Paragraph("None in this period."));
            return;
        }
        writer.block(register);
        for (int i = 0; i < files.size(); i++) {
            Attachment attachment = files.get(i);
            steps.next("Adding file " + (i + 1) + " of " + files.size() + " (" + section.title().toLowerCase(Locale.ROOT) + ")");
            if (!attachment.contentsTitle().isEmpty()) {
                entries.add(new ContentsPages.Entry(attachment.contentsTitle(), document.getNumberOfPages(), true));
            }
            if (attachment.file().isPdf()) {
                importPdf(attachment);
            } else {
                picture(attachment);
            }
        }
    }

    List<String> problems() {
        return problems;
    }

    private void importPdf(Attachment attachment) throws IOException {
        try (PDDocument source = Loader.loadPDF(attachment.file().path().toFile(),
                IOUtils.createTempFileOnlyStreamCache())) {
            source.setAllSecurityToBeRemoved(true);
            new PDFMergerUtility().appendDocument(document, source);
        } catch (IOException | RuntimeException e) {
            cannotRead(attachment, "it could not be opened as a PDF");
        }
    }

    private void picture(Attachment attachment) throws IOException {
        PreparedImage image = images.next();
        writer.newPage();
        writer.block(new LetterBlock.SubHeading(attachment.caption()));
        if (image instanceof PreparedImage.Unreadable unreadable) {
            writer.block(new LetterBlock.Paragraph("The picture " + attachment.file().name()
                    + " could not be shown: " + unreadable.reason() + "."));
            problems.add(attachment.file().name() + ": " + unreadable.reason());
            return;
        }
        writer.space(4);
        writer.image(image.embed(document));
    }

    private void cannotRead(Attachment attachment, String reason) throws IOException {
        writer.newPage();
        writer.block(new LetterBlock.SubHeading(attachment.caption()));
        writer.block(new LetterBlock.Paragraph("The file " + attachment.file().name() + " could not be added: "
                + reason + ". The original is kept in the app's documents."));
        problems.add(attachment.file().name() + ": " + reason);
    }
}
