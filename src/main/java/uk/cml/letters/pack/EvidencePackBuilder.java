package uk.cml.letters.pack;

import static uk.cml.letters.pack.PackSection.CALLS;
import static uk.cml.letters.pack.PackSection.CHRONOLOGY;
import static uk.cml.letters.pack.PackSection.DOCUMENTS;
import static uk.cml.letters.pack.PackSection.LETTERS_RECEIVED;
import static uk.cml.letters.pack.PackSection.LETTERS_SENT;
import static uk.cml.letters.pack.PackSection.NOTES;
import static uk.cml.letters.pack.PackSection.SCHEDULE;
import static uk.cml.letters.pack.PackSection.SUMMARY;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import uk.cml.letters.PageWriter;

/**
 * Makes the evidence pack PDF. Pages are written once, in order; the contents are laid out last and moved in after
 * the cover, and every page is numbered at the very end. The document streams to temporary files rather than
 * memory, and is saved to a temporary file beside the target and moved into place only when complete, so a
 * cancelled or failed pack leaves nothing behind.
 */
public final class EvidencePackBuilder {

    /** What was made: the saved file, its pages, and the files that could not be put in (named on their page). */
    public record Result(Path file, int pageCount, List<String> problems) {
    }

    /**
     * Said above the Documents table: which documents are in it, and by which day. It says the Bin's are not: "the
     * documents kept in the app" claimed a list that left out the copy of a binned letter (reviewer rv7).
     */
    static final String DOCUMENTS_INTRO = "The documents kept in the app for this period (not those in the Bin, "
            + "nor the copy of a letter moved to the Bin), such as letters from the "
            + "CMS, bank statements and proof of postage. Each is listed by the date on it or, where none was given, "
            + "by the day it was added to the app.";

    /** The area a picture is printed in: the page inside the margins, less room for its caption. */
    static final float PICTURE_WIDTH = 170 * 72 / 25.4f;
    static final float PICTURE_HEIGHT = 220 * 72 / 25.4f;

    /**
     * Writes the pack to {@code target}, replacing a file there (the caller asks the parent first).
     *
     * @param cancelled checked between steps; when it turns true the build stops and nothing is saved
     */
    public Result build(PackContents contents, Path target, PackProgress progress, BooleanSupplier cancelled)
            throws IOException, PackCancelledException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".evidence-pack-", ".part");
        try {
            Result written = write(contents, temp, progress, cancelled);
            moveIntoPlace(temp, target);
            progress.update(1, "Saved");
            return new Result(target, written.pageCount(), written.problems());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Result write(PackContents contents, Path temp, PackProgress progress, BooleanSupplier cancelled)
            throws IOException, PackCancelledException {
        // A masked pack leaves attached files out: they may show the address the mask hides.
        boolean attach = !contents.contactsMasked();
        List<Attachment> sent = attach && contents.has(LETTERS_SENT)
                ? Attachment.forLettersSent(contents.lettersRecordedAsSent()) : List.of();
        List<Attachment> received = attach && contents.has(LETTERS_RECEIVED)
                ? Attachment.forLettersReceived(contents.lettersReceived()) : List.of();
        // A document a letter already put in is not put in twice: the Documents table says where it is instead.
        Map<Path, String> inLetters = new HashMap<>();
        sent.forEach(a -> inLetters.putIfAbsent(a.file().path(), "With the letters sent"));
        received.forEach(a -> inLetters.putIfAbsent(a.file().path(), "With the letters received"));
        List<Attachment> kept = attach && contents.has(DOCUMENTS)
                ? Attachment.forDocuments(contents.documents(), inLetters.keySet()) : List.of();
        List<PackFile> pictures = new ArrayList<>();
        sent.stream().map(Attachment::file).filter(f -> !f.isPdf()).forEach(pictures::add);
        received.stream().map(Attachment::file).filter(f -> !f.isPdf()).forEach(pictures::add);
        kept.stream().map(Attachment::file).filter(f -> !f.isPdf()).forEach(pictures::add);
        // One step each for the cover, every section chosen, every file, the contents, the numbering and the saving.
        int sections = (int) java.util.Arrays.stream(PackSection.values()).filter(contents::has).count();
        Steps steps = new Steps(progress, cancelled, 4 + sections + sent.size() + received.size() + kept.size());
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
             ImagePreparer images = new ImagePreparer(pictures, PICTURE_WIDTH, PICTURE_HEIGHT)) {
            // As the letters do: the pack's heading and period as its title, the parent as its author.
            document.getDocumentInformation().setTitle(TextSections.HEADING + ", " + contents.period().describe());
            if (!contents.cover().parentName().isBlank()) {
                document.getDocumentInformation().setAuthor(contents.cover().parentName().strip());
            }
            PageWriter writer = new PageWriter(document);
            TextSections text = new TextSections(writer, contents);
            AttachedPages attached = new AttachedPages(document, writer, images);
            List<ContentsPages.Entry> entries = new ArrayList<>();
            steps.next("Writing the cover");
            writer.newPage();
            text.cover();
            for (PackSection section : PackSection.values()) {
                if (!contents.has(section)) {
                    continue;
                }
                steps.next("Writing the " + section.title().toLowerCase(java.util.Locale.UK));
                entries.add(new ContentsPages.Entry(section.title(), document.getNumberOfPages(), false));
                writer.newPage();
                switch (section) {
                    case SUMMARY -> text.summary();
                    case STANDING -> new StandingSummary(writer, contents.standing().orElseThrow(),
                            contents.cover().madeOn(), contents.cover().cmsInvolved(),
                            contents.enforcement().onRecordSentences(contents.cover().madeOn(),
                                    contents.cover().otherParentName().isBlank() ? "the paying parent"
                                            : contents.cover().otherParentName()),
                            contents.madeFor().showsParentsOwnLimits()).write();
                    case SCHEDULE -> text.schedule();
                    case CHRONOLOGY -> text.chronology();
                    case CALLS -> text.calls();
                    case NOTES -> text.notes();
                    case LETTERS_SENT -> {
                        attached.section(section, Registers.sent(contents.lettersRecordedAsSent(), attach), sent,
                                entries, steps);
                        notRecordedAsSent(contents, writer, entries, document);
                    }
                    case LETTERS_RECEIVED -> attached.section(section,
                            Registers.received(contents.lettersReceived(), attach), received, entries, steps);
                    case DOCUMENTS -> attached.section(section, DOCUMENTS_INTRO + (contents.documents().stream()
                                    .anyMatch(PackContents.DocumentItem::copyOfLetterNotSent)
                                    ? " " + Registers.NOT_SENT_COPY_NOTE : ""),
                            Registers.documents(contents.documents(), attach, inLetters), kept, entries, steps);
                    default -> throw new IllegalStateException("Unknown section " + section);
                }
            }
            steps.next("Writing the contents");
            int contentsPages = ContentsPages.count(entries);
            writer.newPage();
            text.end(document.getNumberOfPages() + contentsPages);
            int firstContentsPage = document.getNumberOfPages();
            writer.newPage();
            ContentsPages.write(writer, entries, contentsPages);
            writer.close();
            ContentsPages.moveAfterCover(document, firstContentsPage);
            steps.next("Numbering the pages");
            String left = contents.cover().caseReference() + "   |   Evidence pack, " + contents.period().describe();
            int number = 0;
            for (PDPage page : document.getPages()) {
                writer.stamp(page, left, PackNumbers.label(++number));
            }
            steps.next("Saving the file");
            document.save(temp.toFile());
            return new Result(temp, number, List.copyOf(attached.problems()));
        }
    }

    /**
     * The letters made but not recorded as sent, after the copies of those sent, in a part of their own: listed, not
     * copied in, as a copy may say what was never posted or what the records no longer say.
     */
    private static void notRecordedAsSent(PackContents contents, PageWriter writer, List<ContentsPages.Entry> entries,
                                          PDDocument document) throws IOException {
        List<PackContents.SentItem> notSent = contents.lettersNotRecordedAsSent();
        if (notSent.isEmpty()) {
            return;
        }
        entries.add(new ContentsPages.Entry(Registers.NOT_SENT_TITLE, document.getNumberOfPages(), false));
        writer.newPage();
        writer.title(Registers.NOT_SENT_TITLE);
        writer.block(new uk.cml.letters.LetterBlock.Paragraph("These letters were made or written down in the app, "
                + "but their sending is not recorded. They are listed so that nothing is hidden; they are not copied "
                + "into this pack, and none of them is said to have been sent."));
        writer.block(Registers.notSent(notSent));
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Counts the work done, tells the progress listener, and stops the build when cancelled. */
    static final class Steps {
        private final PackProgress progress;
        private final BooleanSupplier cancelled;
        private final int total;
        private int done;

        Steps(PackProgress progress, BooleanSupplier cancelled, int total) {
            this.progress = progress;
            this.cancelled = cancelled;
            this.total = total;
        }

        void next(String step) throws PackCancelledException {
            if (cancelled.getAsBoolean()) {
                throw new PackCancelledException();
            }
            progress.update(Math.min(done++, total) / (double) total, step);
        }
    }
}
