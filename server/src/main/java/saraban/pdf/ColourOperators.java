package saraban.pdf;

import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;

/**
 * Colour operators for {@link PageObstacles}, reduced to the one question it asks: is the fill
 * white? PDFBox's own operators turn every colour into a colour space, which on a PDF/A page with a
 * default RGB space means loading an ICC profile: more work than the rest of the page together.
 */
final class ColourOperators {

    private ColourOperators() {}

    /**
     * Sets the fill colour: white for {@code 1 g}, {@code 1 1 1 rg} and {@code 0 0 0 0 k}, not
     * white for anything else, including colours in named colour spaces.
     */
    static final class Fill extends OperatorProcessor {
        private final String name;
        private final Consumer<Boolean> white;

        Fill(PDFStreamEngine engine, String name, Consumer<Boolean> white) {
            super(engine);
            this.name = name;
            this.white = white;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            int expected = name.equals("g") ? 1 : name.equals("rg") ? 3 : name.equals("k") ? 4 : -1;
            boolean isWhite = expected > 0 && operands.size() == expected;
            for (int i = 0; isWhite && i < expected; i++) {
                isWhite =
                        operands.get(i) instanceof COSNumber n
                                && (name.equals("k") ? n.floatValue() <= 0 : n.floatValue() >= 1);
            }
            white.accept(isWhite);
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** An operator that changes nothing a stamp cares about. */
    static final class Ignored extends OperatorProcessor {
        private final String name;

        Ignored(PDFStreamEngine engine, String name) {
            super(engine);
            this.name = name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {}

        @Override
        public String getName() {
            return name;
        }
    }
}
