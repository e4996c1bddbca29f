package org.councilgraph.document.pdf;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a page draws besides text that tells its layout: ruling lines (table borders, drawn as thin
 * strokes or thin filled rectangles) and small filled shapes (list bullets that browsers draw as
 * discs and squares rather than glyphs). Coordinates are points from the top left, like the text's.
 */
public final class PageGraphics extends PDFGraphicsStreamEngine {
    /** A horizontal ruling at {@code y} from {@code x0} to {@code x1}. */
    public record Rule(double y, double x0, double x1) {}

    /** A small filled shape's box. */
    public record Mark(double x0, double y0, double x1, double y1) {
        double centreY() { return (y0 + y1) / 2; }
    }

    private static final double THIN = 2.0;

    private final List<Rule> rules = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final double top, left;
    private double minX, minY, maxX, maxY;
    private boolean empty = true, curved;
    private final List<double[]> rectangles = new ArrayList<>();
    private final List<double[]> segments = new ArrayList<>();
    private final Point2D.Float current = new Point2D.Float();

    private PageGraphics(PDPage page) {
        super(page);
        PDRectangle box = page.getCropBox();
        top = box.getUpperRightY();
        left = box.getLowerLeftX();
    }

    /** The rulings and marks of {@code page}; a page whose graphics cannot be read gives none. */
    public static PageGraphics of(PDPage page) {
        PageGraphics g = new PageGraphics(page);
        try {
            g.processPage(page);
        } catch (IOException | RuntimeException e) {
            g.rules.clear();
            g.marks.clear();
        }
        return g;
    }

    public List<Rule> rules() { return rules; }
    public List<Mark> marks() { return marks; }

    @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double x0 = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        double x1 = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        double y0 = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        double y1 = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rectangles.add(new double[]{x0, y0, x1, y1});
        include(x0, y0);
        include(x1, y1);
        current.setLocation(p0.getX(), p0.getY());
    }

    @Override public void moveTo(float x, float y) {
        include(x, y);
        current.setLocation(x, y);
    }

    @Override public void lineTo(float x, float y) {
        include(x, y);
        segments.add(new double[]{current.x, current.y, x, y});
        current.setLocation(x, y);
    }

    @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        include(x1, y1);
        include(x2, y2);
        include(x3, y3);
        curved = true;
        current.setLocation(x3, y3);
    }

    @Override public Point2D getCurrentPoint() { return current; }
    @Override public void closePath() {}
    @Override public void endPath() { reset(); }
    @Override public void strokePath() { shape(false); }
    @Override public void fillPath(int windingRule) { shape(true); }
    @Override public void fillAndStrokePath(int windingRule) { shape(true); }
    @Override public void drawImage(PDImage pdImage) {}
    @Override public void clip(int windingRule) {}
    @Override public void shadingFill(COSName shadingName) {}

    private void include(double x, double y) {
        if (empty) {
            minX = maxX = x;
            minY = maxY = y;
            empty = false;
        } else {
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
    }

    private void shape(boolean filled) {
        if (!filled && !curved) {
            // stroked borders: every straight horizontal piece, and the top and bottom of rectangles
            for (double[] s : segments) if (Math.abs(s[1] - s[3]) <= THIN) box(Math.min(s[0], s[2]), s[1], Math.max(s[0], s[2]), s[1], false);
            for (double[] r : rectangles) {
                box(r[0], r[1], r[2], r[1], false);
                box(r[0], r[3], r[2], r[3], false);
            }
        } else if (!rectangles.isEmpty() && !curved) {
            // each rectangle on its own: a table's borders often come as one path of many thin ones
            for (double[] r : rectangles) box(r[0], r[1], r[2], r[3], filled);
        } else if (!empty) {
            box(minX, minY, maxX, maxY, filled || curved);
        }
        reset();
    }

    private void box(double x0, double y0, double x1, double y1, boolean filled) {
        double w = x1 - x0, h = y1 - y0;
        if (h <= THIN && w > 4 * THIN) {
            rules.add(new Rule(top - (y0 + y1) / 2, x0 - left, x1 - left));
        } else if (filled && w >= 1.5 && h >= 1.5 && w <= 9 && h <= 9 && w / h > 0.5 && w / h < 2) {
            marks.add(new Mark(x0 - left, top - y1, x1 - left, top - y0));
        }
    }

    private void reset() {
        empty = true;
        curved = false;
        rectangles.clear();
        segments.clear();
    }
}
