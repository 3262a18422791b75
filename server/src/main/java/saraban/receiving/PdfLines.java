package saraban.receiving;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text as {@link LetterLines} wants it, rebuilt from where the glyphs stand rather than
 * from the order the file draws them in. PDFBox groups glyphs into rows by position; here each row
 * is cut into columns where a wide gap opens (the heading's ที่ on the left and the agency on the
 * right become two lines), and a blank line goes wherever the letter leaves more than a line's
 * space (between heading parts and paragraphs, but not inside a wrapped subject).
 */
final class PdfLines {

    /** A gap this wide (points, about 1 cm) between two runs of a row separates columns. */
    static final float COLUMN_GAP = 28f;

    /** A gap this wide (points) between two runs is a space. */
    private static final float WORD_GAP = 1f;

    /** A row this much further below than the page's usual line pitch starts a new block. */
    private static final float BLOCK_FACTOR = 1.15f;

    private PdfLines() {}

    /** The text of pages 1 to {@code lastPage}. */
    static String text(PDDocument doc, int lastPage) throws IOException {
        Collector collector = new Collector();
        collector.setSortByPosition(true);
        collector.setStartPage(1);
        collector.setEndPage(lastPage);
        collector.getText(doc);
        collector.endRow();
        StringBuilder out = new StringBuilder();
        int page = -1;
        for (List<Row> rows : collector.pages()) {
            if (++page > 0) {
                out.append('\n');
            }
            Map<Integer, Float> pitches = pitches(rows);
            for (int i = 0; i < rows.size(); i++) {
                if (i > 0 && startsBlock(rows.get(i - 1), rows.get(i), pitches)) {
                    out.append('\n');
                }
                for (String column : rows.get(i).columns()) {
                    out.append(column).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static boolean startsBlock(Row above, Row row, Map<Integer, Float> pitches) {
        Float pitch = pitches.get(row.size());
        return pitch != null && row.y - above.y > pitch * BLOCK_FACTOR;
    }

    /**
     * The line pitch of each text size on the page: the smallest distance between two rows of that
     * size (lines of a paragraph; text is never set closer). Sizes are told apart so that a receipt
     * stamp's small lines do not make every body line a block of its own.
     */
    private static Map<Integer, Float> pitches(List<Row> rows) {
        Map<Integer, Float> pitches = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            Row above = rows.get(i - 1);
            Row row = rows.get(i);
            float dy = row.y - above.y;
            if (above.size() == row.size() && dy > 1.5f * row.height) {
                pitches.merge(row.size(), dy, Math::min);
            }
        }
        return pitches;
    }

    /** A run of text as PDFBox hands it over: its left and right edges on the row. */
    private record Run(String text, float left, float right) {}

    /** One row of a page at baseline {@code y}, its runs from left to right. */
    private static final class Row {
        final float y;
        final float height;
        final List<Run> runs = new ArrayList<>();

        Row(float y, float height) {
            this.y = y;
            this.height = height;
        }

        /** The row's text size class: its glyphs' height in half points. */
        int size() {
            return Math.round(height * 2);
        }

        /** The row's text, one string per column. */
        List<String> columns() {
            List<String> columns = new ArrayList<>();
            StringBuilder column = new StringBuilder();
            Run previous = null;
            for (Run run : runs) {
                float gap = previous == null ? 0 : run.left - previous.right;
                if (previous != null && gap > COLUMN_GAP) {
                    columns.add(column.toString().strip());
                    column.setLength(0);
                } else if (previous != null && gap > WORD_GAP && needsSpace(column, run.text)) {
                    column.append(' ');
                }
                column.append(run.text);
                previous = run;
            }
            columns.add(column.toString().strip());
            columns.removeIf(String::isEmpty);
            return columns;
        }

        private static boolean needsSpace(CharSequence before, String next) {
            return !before.isEmpty()
                    && !Character.isWhitespace(before.charAt(before.length() - 1))
                    && !next.isEmpty()
                    && !Character.isWhitespace(next.charAt(0))
                    && Character.getType(next.charAt(0)) != Character.NON_SPACING_MARK;
        }
    }

    /** Collects PDFBox's rows with their runs' positions instead of writing text. */
    private static final class Collector extends PDFTextStripper {
        private final List<List<Row>> pages = new ArrayList<>();
        private Row row;

        List<List<Row>> pages() {
            return pages;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            endRow();
            pages.add(new ArrayList<>());
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty()) {
                return;
            }
            TextPosition first = positions.get(0);
            float right = first.getXDirAdj();
            for (TextPosition p : positions) {
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
            }
            if (row == null) {
                row = new Row(first.getYDirAdj(), first.getHeightDir());
            }
            row.runs.add(new Run(text, first.getXDirAdj(), right));
        }

        @Override
        protected void writeWordSeparator() {
            // runs are joined by their gaps in Row.columns()
        }

        @Override
        protected void writeLineSeparator() {
            endRow();
        }

        void endRow() {
            if (row != null && !pages.isEmpty()) {
                row.runs.sort((a, b) -> Float.compare(a.left, b.left));
                pages.get(pages.size() - 1).add(row);
            }
            row = null;
        }
    }
}
