package uk.cml.ui.letters.write;

import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import uk.cml.ui.common.Messages;

/**
 * Prints a letter with java.awt.print, which prints the PDF's own pages at full quality. Runs off the JavaFX
 * thread; the print dialog is the system's. Without a display or a printer it says so instead.
 */
final class LetterPrinting {

    private LetterPrinting() {
    }

    /** Returns the sentence to show the parent. */
    static String print(byte[] pdf, String jobName) throws IOException {
        if (GraphicsEnvironment.isHeadless()) {
            return Messages.text("letters.printing.printingIsNotAvailableHere");
        }
        PrinterJob job = PrinterJob.getPrinterJob();
        if (job.getPrintService() == null) {
            return Messages.text("letters.printing.noPrinterWasFoundCheck");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return Messages.text("letters.printing.printingWasCancelled");
            }
            job.print();
            return Messages.text("letters.printing.theLetterWasSentTo");
        } catch (PrinterException e) {
            return Messages.text("letters.printing.thePrinterReportedAProblem", e.getMessage());
        }
    }
}
