package mllab.ui.common;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import mllab.lesson.PythonSnippet;
import mllab.lesson.ShapeCard;
import mllab.pipeline.Step;
import mllab.text.Text;

/**
 * The skeleton every step screen shares: title, the shape card, the main visual on the left, and on
 * the right the plain-words explanation and the Python panel.
 */
public final class StepLayout {

  private final Step step;
  private final VBox shapeHolder = new VBox();
  private ShapeCardView shape;
  private final VBox pythonHolder = new VBox(6);
  private final VBox main = new VBox(14);
  private final VBox side = new VBox(14);
  private final java.util.List<Runnable> fillIns = new java.util.ArrayList<>();

  /** How many pieces {@link #fillInFirst} put at the front of {@link #fillIns}. */
  private int firstFillIns;

  /** The lesson text shown, about the data on screen; the photo lesson's until told otherwise. */
  private String lessonText;

  private VBox explanation;

  public StepLayout(Step step) {
    this.step = step;
    this.lessonText = lesson(step);
  }

  /**
   * Shows {@code markdown} as the lesson (a {@link mllab.lesson.LessonText} for the data on
   * screen), now if the lesson card is built, else when it is.
   */
  public void setLesson(String markdown) {
    if (markdown == null || markdown.equals(lessonText)) {
      return;
    }
    lessonText = markdown;
    if (explanation != null) {
      // Made a block per pulse while the text before stays on screen, then shown whole.
      MarkdownView.Pieces lesson = MarkdownView.inPieces(markdown);
      java.util.List<Runnable> pieces = new java.util.ArrayList<>(lesson.blocks());
      pieces.add(
          () -> {
            if (markdown.equals(lessonText)) {
              explanation.getChildren().set(1, lesson.box());
            }
          });
      AfterFirstLayout.inTurn(explanation, pieces);
    }
  }

  /** Follows a view model's lesson text. */
  public void followLesson(javafx.beans.value.ObservableValue<String> lesson) {
    lesson.addListener((o, a, b) -> setLesson(b));
    setLesson(lesson.getValue());
  }

  /** The area where the step puts its main visual. */
  public VBox main() {
    return main;
  }

  /** The right-hand column (explanation, Python); steps may add cards below. */
  public VBox side() {
    return side;
  }

  /**
   * Adds a part of the screen that is built after its first frame, one pulse after the parts added
   * before it (the lesson text and the Python panel come first), so the screen appears at once with
   * its title and shape card and no one pulse holds the FX thread for long.
   */
  public void fillIn(Runnable piece) {
    fillIns.add(piece);
  }

  /**
   * Adds a part of the screen that is built after its first frame, before the lesson text and the
   * Python panel (one pulse after the parts added before it this way): for the step's main visual,
   * which the student looks at first.
   */
  public void fillInFirst(Runnable piece) {
    fillIns.add(firstFillIns++, piece);
  }

  public ScrollPane createView() {
    Label title =
        new Label(Text.get("common.step.title", String.valueOf(step.number()), step.title()));
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    title.setId(NodeIds.SCREEN_TITLE);
    Label subtitle = new Label(step.summary());
    subtitle.getStyleClass().add(Styles.SCREEN_SUBTITLE);
    VBox header = new VBox(2, title, subtitle);

    addSideFillIns();
    sizeColumns(BASE_FONT_PX);
    HBox.setHgrow(main, Priority.ALWAYS);
    HBox body = new HBox(16, main, side);

    VBox screen = new VBox(14, header, shapeHolder, body);
    // Zoomed in (or in a narrow window) the side column moves below the main area, so that the
    // main area keeps room for its controls instead of cutting their texts. The move waits for
    // the end of the pulse: width and font change while CSS and layout walk the children.
    Runnable arrange =
        () ->
            FxBackgroundRunner.later(
                () -> stackWhenNarrow(screen, body, subtitle.getFont().getSize()));
    screen.widthProperty().addListener((o, a, b) -> arrange.run());
    subtitle.fontProperty().addListener((o, a, b) -> arrange.run());
    screen.getStyleClass().add(Styles.SCREEN);
    screen.setPadding(new Insets(16, 20, 24, 20));
    ScrollPane scroll = new ScrollPane(screen);
    scroll.setFitToWidth(true);
    scroll.setId("screen-" + step.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    keepSliderKeys(scroll);
    AfterFirstLayout.inTurn(scroll, fillIns);
    return scroll;
  }

  /**
   * The lesson (Markdown, many text nodes) and the Python panel fill in after the first frame,
   * below whatever the step put at the top of the side column.
   */
  private void addSideFillIns() {
    Runnable python =
        () -> {
          TitledPane panel = new TitledPane(Text.get("common.step.python"), pythonHolder);
          panel.setId(NodeIds.PYTHON_PANEL);
          panel.setAccessibleHelp(Text.get("a11y.help.python"));
          panel.setExpanded(true);
          panel.setAccessibleText(Text.get("common.step.pythonAccessible"));
          Advanced.follow(panel);
          side.getChildren().add(panel);
        };
    fillIns.add(
        firstFillIns,
        () -> {
          // One block of the lesson per pulse, after the Python panel (next piece) and before the
          // step's own parts.
          MarkdownView.Pieces lesson = MarkdownView.inPieces(lessonText);
          explanation = card(Text.get("common.step.lesson"), lesson.box());
          explanation.setId(NodeIds.LESSON_CARD);
          side.getChildren().add(explanation);
          fillIns.addAll(fillIns.indexOf(python) + 1, lesson.blocks());
        });
    fillIns.add(firstFillIns + 1, python);
  }

  /**
   * A slider acts on Home and End when the key is released, so the press reaches the scroll pane,
   * which would jump to the top or the bottom of the page under the student's hands.
   */
  private static void keepSliderKeys(ScrollPane scroll) {
    scroll.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if ((e.getCode() == javafx.scene.input.KeyCode.HOME
                  || e.getCode() == javafx.scene.input.KeyCode.END)
              && e.getTarget() instanceof javafx.scene.control.Slider) {
            e.consume();
          }
        });
  }

  /**
   * Below this width, in em, the side column goes under the main area: 1080 px at 100 %, so a 1280
   * px window keeps both columns up to 110 % and stacks them from 120 % (side by side at 130 % the
   * main column had 36 em left, and cut its labels in a real window).
   */
  private static final double SIDE_BY_SIDE_EM = 72;

  /**
   * The side column's width and the main column's least width, in em: zoomed in, the settings and
   * explanations beside the main area widen with their text instead of running off the edge.
   */
  private void sizeColumns(double em) {
    side.setMinWidth(SIDE_MIN_EM * em);
    side.setPrefWidth(SIDE_PREF_EM * em);
    if (side.getParent() != null && side.getParent() instanceof HBox) {
      side.setMaxWidth(SIDE_MAX_EM * em);
    }
    main.setMinWidth(MAIN_MIN_EM * em);
  }

  /** The font size at 100 % zoom, in px (the window's base font). */
  private static final double BASE_FONT_PX = 15;

  private static final double SIDE_MIN_EM = 24;
  private static final double SIDE_PREF_EM = 26.7;
  private static final double SIDE_MAX_EM = 29.3;
  private static final double MAIN_MIN_EM = 33.3;

  private void stackWhenNarrow(VBox screen, HBox body, double em) {
    sizeColumns(em);
    if (shape != null) {
      shape.fit(screen.getWidth() - screen.getInsets().getLeft() - screen.getInsets().getRight());
    }
    boolean narrow = screen.getWidth() > 0 && screen.getWidth() < SIDE_BY_SIDE_EM * em;
    boolean stacked = side.getParent() == screen;
    if (narrow == stacked) {
      return;
    }
    if (narrow) {
      body.getChildren().remove(side);
      side.setMaxWidth(Double.MAX_VALUE);
      screen.getChildren().add(side);
    } else {
      screen.getChildren().remove(side);
      body.getChildren().add(side);
      side.setMaxWidth(SIDE_MAX_EM * em);
    }
  }

  /** Shows {@code card} (or a "not yet computed" note when null). */
  public void setShapeCard(ShapeCard card) {
    shape = card == null ? null : new ShapeCardView(card);
    shapeHolder.getChildren().setAll(card == null ? new Label("") : shape.node());
    if (shape != null
        && shapeHolder.getParent() instanceof javafx.scene.layout.Region screen
        && screen.getWidth() > 0) {
      shape.fit(screen.getWidth() - screen.getInsets().getLeft() - screen.getInsets().getRight());
    }
  }

  /** Shows the step's Python cells ({@link PythonCells#nodes}). */
  public void setPython(PythonSnippet snippet) {
    pythonHolder.getChildren().setAll(PythonCells.nodes(snippet));
  }

  /** Shows {@code card} and {@code python} now and whenever they change. */
  public void follow(
      javafx.beans.value.ObservableValue<ShapeCard> card,
      javafx.beans.value.ObservableValue<PythonSnippet> python) {
    card.addListener((o, a, b) -> setShapeCard(b));
    python.addListener(
        (o, a, b) -> {
          if (b != null) {
            setPython(b);
          }
        });
    setShapeCard(card.getValue());
    if (python.getValue() != null) {
      setPython(python.getValue());
    }
  }

  /** A titled card. */
  public static VBox card(String title, Node... content) {
    Label t = new Label(title);
    t.getStyleClass().add(Styles.CARD_TITLE);
    VBox box = new VBox(8, t);
    box.getChildren().addAll(content);
    box.getStyleClass().add(Styles.CARD);
    return box;
  }

  /** The step's explanation text from {@code assets/lessons}, for the photo lesson. */
  static String lesson(Step step) {
    return mllab.lesson.LessonText.forStep(null, step);
  }
}
