package uk.cml.documents;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * A PDF's list of pages, walked once before anything is drawn. A page tree that loops back on itself, or
 * that claims more pages than it holds, is a broken or hostile file: PDFBox would skip the loop quietly and
 * fail later, so such a file is refused up front.
 */
final class PdfPageTree {

    /** Far beyond any letter or statement; stops a tree that claims millions of pages. */
    static final int MAX_PAGES = 5_000;

    private PdfPageTree() {
    }

    /** The number of pages, after checking every one can be reached exactly once. */
    static int count(PDDocument document) throws IOException {
        int claimed = document.getNumberOfPages();
        if (claimed < 1 || claimed > MAX_PAGES) {
            throw new IOException("The PDF claims " + claimed + " pages");
        }
        int reached = leaves(document.getPages().getCOSObject(), java.util.Collections.newSetFromMap(
                new java.util.IdentityHashMap<>()), 0);
        if (reached != claimed) {
            throw new IOException("The PDF's list of pages loops back on itself or is incomplete (" + reached
                    + " of " + claimed + " pages reached)");
        }
        return claimed;
    }

    /** Counts the pages under {@code node}; a node met twice means the tree loops. Depth is capped too. */
    private static int leaves(COSDictionary node, Set<COSDictionary> seen, int depth) throws IOException {
        if (!seen.add(node) || depth > 64) {
            throw new IOException("The PDF's list of pages loops back on itself");
        }
        if (!(node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids)) {
            return COSName.PAGE.equals(node.getCOSName(COSName.TYPE)) ? 1 : 0;
        }
        int count = 0;
        for (int i = 0; i < kids.size() && count <= MAX_PAGES; i++) {
            if (kids.getObject(i) instanceof COSDictionary kid) {
                count += leaves(kid, seen, depth + 1);
            }
        }
        return count;
    }
}
