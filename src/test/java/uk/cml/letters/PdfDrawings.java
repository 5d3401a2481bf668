package uk.cml.letters;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * Reads back what a PDF draws besides text: pictures (where and how large), and the outlines, fills and rules, with
 * their grey level and line width. Coordinates are PDF points, origin bottom left, in the page's own space.
 */
public final class PdfDrawings {

    /** A placed picture: lower left corner and size on the page. */
    public record Picture(int page, float x, float y, float width, float height) {
    }

    /** A stroked or filled path's bounding box. A rule is a path with no height. */
    public record Shape(int page, boolean filled, float x, float y, float width, float height, float gray, float lineWidth) {
        public float top() {
            return y + height;
        }
    }

    public final List<Picture> pictures = new ArrayList<>();
    public final List<Shape> shapes = new ArrayList<>();

    public PdfDrawings(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                new Engine(doc.getPage(i), i + 1).processPage(doc.getPage(i));
            }
        }
    }

    public List<Shape> shapes(int page, boolean filled) {
        return shapes.stream().filter(s -> s.page() == page && s.filled() == filled).toList();
    }

    private final class Engine extends PDFGraphicsStreamEngine {
        private final int page;
        private final List<Point2D> path = new ArrayList<>();
        private Point2D current = new Point2D.Float();

        Engine(PDPage pdPage, int page) {
            super(pdPage);
            this.page = page;
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            pictures.add(new Picture(page, m.getTranslateX(), m.getTranslateY(), m.getScalingFactorX(),
                    m.getScalingFactorY()));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.addAll(List.of(p0, p1, p2, p3));
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
            path.add(current);
        }

        @Override
        public void lineTo(float x, float y) {
            moveTo(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            moveTo(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void strokePath() throws IOException {
            record(false, getGraphicsState().getStrokingColor());
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            record(true, getGraphicsState().getNonStrokingColor());
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            record(true, getGraphicsState().getNonStrokingColor());
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }

        private void record(boolean filled, PDColor colour) throws IOException {
            if (path.isEmpty()) {
                return;
            }
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (Point2D p : path) {
                minX = Math.min(minX, p.getX());
                minY = Math.min(minY, p.getY());
                maxX = Math.max(maxX, p.getX());
                maxY = Math.max(maxY, p.getY());
            }
            float gray = colour.getComponents().length == 1 ? colour.getComponents()[0] : -1;
            shapes.add(new Shape(page, filled, (float) minX, (float) minY, (float) (maxX - minX),
                    (float) (maxY - minY), gray, getGraphicsState().getLineWidth()));
            path.clear();
        }
    }
}
