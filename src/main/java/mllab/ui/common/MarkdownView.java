package mllab.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/**
 * Renders Markdown (lesson texts, question prompts) to plain JavaFX nodes: headings, paragraphs
 * with bold, italic and inline code, bullet and numbered lists, block quotes and monospaced code
 * blocks. No WebView: the text takes the theme's colours and scales with the interface zoom.
 */
public final class MarkdownView {

  private static final Parser PARSER = Parser.builder().build();

  /** How a lesson's takeaway box starts: {@code > **Key insight.** …}. */
  public static final String KEY_INSIGHT = "Key insight";

  /** The style class of a takeaway box. */
  public static final String KEY_INSIGHT_STYLE = "key-insight";

  private MarkdownView() {}

  /** A vertical box holding the rendered document. */
  public static VBox render(String markdown) {
    Pieces pieces = inPieces(markdown);
    pieces.blocks().forEach(Runnable::run);
    return pieces.box();
  }

  /**
   * A document rendered one top-level block at a time: {@code box} starts empty and each of {@code
   * blocks}, run in order, adds the next block to it (a long lesson can then fill in over several
   * pulses instead of holding up one).
   */
  public record Pieces(VBox box, List<Runnable> blocks) {}

  /** The document in {@code markdown}, parsed now, its nodes made as {@link Pieces}. */
  public static Pieces inPieces(String markdown) {
    VBox box = new VBox(8);
    box.getStyleClass().add(Styles.LESSON);
    org.commonmark.node.Node doc = PARSER.parse(markdown);
    List<Runnable> blocks = new ArrayList<>();
    for (org.commonmark.node.Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      org.commonmark.node.Node one = n;
      blocks.add(() -> box.getChildren().add(block(one)));
    }
    return new Pieces(box, List.copyOf(blocks));
  }

  private static Node block(org.commonmark.node.Node n) {
    if (n instanceof Heading h) {
      TextFlow flow = inline(h, FontWeight.BOLD, FontPosture.REGULAR);
      flow.getStyleClass().addAll("heading", "heading-" + h.getLevel());
      flow.setAccessibleText(plainText(h));
      return flow;
    }
    if (n instanceof FencedCodeBlock c) {
      return code(c.getLiteral());
    }
    if (n instanceof IndentedCodeBlock c) {
      return code(c.getLiteral());
    }
    if (n instanceof BulletList || n instanceof OrderedList) {
      VBox list = new VBox(4);
      int number = n instanceof OrderedList ol ? ol.getMarkerStartNumber() : 0;
      for (org.commonmark.node.Node item = n.getFirstChild(); item != null; item = item.getNext()) {
        String marker = n instanceof OrderedList ? (number++) + "." : "•";
        Label m = new Label(marker);
        m.setMinWidth(22);
        VBox content = new VBox(4);
        for (org.commonmark.node.Node c = item.getFirstChild(); c != null; c = c.getNext()) {
          content.getChildren().add(block(c));
        }
        HBox row = new HBox(4, m, content);
        list.getChildren().add(row);
      }
      return list;
    }
    if (n instanceof BlockQuote q) {
      VBox quote = new VBox(4);
      // A lesson's closing "> **Key insight.** …" is a takeaway to reread, not a warning.
      boolean insight = plainText(q).startsWith(KEY_INSIGHT);
      quote
          .getStyleClass()
          .addAll(insight ? List.of(Styles.INFO, KEY_INSIGHT_STYLE) : List.of(Styles.WARNING));
      if (insight) {
        quote.setAccessibleText(plainText(q));
      }
      for (org.commonmark.node.Node c = q.getFirstChild(); c != null; c = c.getNext()) {
        quote.getChildren().add(block(c));
      }
      return quote;
    }
    if (n instanceof ListItem || n instanceof Paragraph) {
      return inline(n, FontWeight.NORMAL, FontPosture.REGULAR);
    }
    return inline(n, FontWeight.NORMAL, FontPosture.REGULAR);
  }

  private static Label code(String literal) {
    Label code = new Label(literal.stripTrailing());
    code.getStyleClass().add(Styles.CODE);
    // Wrapped rather than cut: in the side column, zoomed in, a formula is wider than the card.
    code.setWrapText(true);
    code.setMaxWidth(Double.MAX_VALUE);
    return code;
  }

  private static TextFlow inline(
      org.commonmark.node.Node parent, FontWeight weight, FontPosture posture) {
    List<Text> texts = new ArrayList<>();
    parent.accept(
        new AbstractVisitor() {
          private FontWeight w = weight;
          private FontPosture p = posture;

          @Override
          public void visit(org.commonmark.node.Text text) {
            texts.add(styled(text.getLiteral(), w, p, false));
          }

          @Override
          public void visit(Code code) {
            texts.add(styled(code.getLiteral(), w, p, true));
          }

          @Override
          public void visit(StrongEmphasis e) {
            FontWeight old = w;
            w = FontWeight.BOLD;
            visitChildren(e);
            w = old;
          }

          @Override
          public void visit(Emphasis e) {
            FontPosture old = p;
            p = FontPosture.ITALIC;
            visitChildren(e);
            p = old;
          }

          @Override
          public void visit(SoftLineBreak b) {
            texts.add(styled(" ", w, p, false));
          }

          @Override
          public void visit(HardLineBreak b) {
            texts.add(styled("\n", w, p, false));
          }
        });
    TextFlow flow = new TextFlow(texts.toArray(new Text[0]));
    flow.setAccessibleText(plainText(parent));
    return flow;
  }

  private static Text styled(String s, FontWeight w, FontPosture p, boolean mono) {
    Text t = new Text(s);
    t.getStyleClass().add("md-text");
    if (mono) {
      t.getStyleClass().add("md-code");
    }
    if (w == FontWeight.BOLD) {
      t.getStyleClass().add("md-bold");
    }
    if (p == FontPosture.ITALIC) {
      t.getStyleClass().add("md-italic");
    }
    return t;
  }

  /**
   * Loads the parser and its classes (block quotes, lists, emphasis, code) by parsing a small
   * document, so that a caller can do it off the FX thread before the first lesson is shown.
   */
  public static String warmUp() {
    return plainText("# a\n\n**b** _c_ `d`\n\n- e\n1. f\n\n> g\n\n    h\n");
  }

  /** The text of a whole Markdown document without its markup, for accessibility and tests. */
  public static String plainText(String markdown) {
    return plainText(PARSER.parse(markdown)).strip();
  }

  /** Whether {@code text} uses inline Markdown (code, emphasis) that plain text would show raw. */
  public static boolean hasMarkup(String text) {
    return text.indexOf('`') >= 0 || text.indexOf('*') >= 0 || text.indexOf('_') >= 0;
  }

  /** The text content without markup, for accessibility and tests. */
  public static String plainText(org.commonmark.node.Node n) {
    StringBuilder sb = new StringBuilder();
    n.accept(
        new AbstractVisitor() {
          @Override
          public void visit(org.commonmark.node.Text text) {
            sb.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            sb.append(code.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak b) {
            sb.append(' ');
          }
        });
    return sb.toString();
  }
}
