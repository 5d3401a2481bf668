package uk.cml.ui.letters.write;

import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

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
            return "Printing is not available here. Save the PDF and print it from your PDF viewer.";
        }
        PrinterJob job = PrinterJob.getPrinterJob();
        if (job.getPrintService() == null) {
            return "No printer was found. Check your printer is switched on and set up, or save the PDF and print "
                    + "it later.";
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return "Printing was cancelled.";
            }
            job.print();
            return "The letter was sent to the printer.";
        } catch (PrinterException e) {
            return "The printer reported a problem: " + e.getMessage() + ". Check the printer, or save the PDF "
                    + "and print it later.";
        }
    }
}
