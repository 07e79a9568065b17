package mllab.ui;

import static mllab.ui.FxQueries.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.persist.ProgressStore;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.quiz.CheckYourselfCard;
import mllab.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With pseudo-localization on, every word the five step screens show comes wrapped in ⟦…⟧: a word
 * without the brackets did not come from the resource bundle and would stay English in a
 * translation. Data is exempt (feature and label names, numbers), and so are the parts of a step
 * screen that other packages build: the lesson text from assets, the Python code, the step
 * skeleton's captions and the check-yourself question (their packages have their own checks).
 */
@ExtendWith(ApplicationExtension.class)
class PseudoLocalizedStepsTest {

  /** Captions of the shared step skeleton ({@code ui.common.StepLayout}), not of a step screen. */
  private static final Set<String> SKELETON =
      Set.of("Input", "Output", "In plain words", "Python: the same step");

  @TempDir static Path progressFolder;

  private PipelineSession session;

  @Start
  void start(Stage stage) {
    mllab.text.Text.setPseudo(true);
    session = Lesson.session();
    new MainWindow(session, BackgroundRunner.sameThread(), new ProgressStore(progressFolder))
        .show(stage);
  }

  @AfterEach
  void plainTextAgain() {
    mllab.text.Text.setPseudo(false);
  }

  @Test
  void everyWordOnTheFiveStepsComesFromTheBundle(FxRobot robot) {
    List<String> unwrapped = new ArrayList<>();
    // Steps 1-3 as they open
    for (Step s : List.of(Step.RAW_DATA, Step.PREPROCESSING, Step.SPLIT)) {
      open(robot, s);
      unwrapped.addAll(unwrappedTexts(robot, s));
    }
    // Step 4 after training the lesson's five epochs at full speed
    open(robot, Step.TRAINING);
    mllab.ui.FxQueries.awaitTrainingScreen(robot);
    robot.clickOn("#" + NodeIds.TRAIN_SPEED).type(KeyCode.END);
    robot.clickOn("#train-play");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(5, session.history().size(), "the lesson trained");
    unwrapped.addAll(unwrappedTexts(robot, Step.TRAINING));
    // Step 5 on each of its tabs: the predictions table, the sweep and curves, the trace
    open(robot, Step.EVALUATION);
    mllab.ui.evaluation.TrainedLesson.awaitEvaluationCards(robot);
    TabPane tabs = robot.lookup("#" + NodeIds.EVALUATION_TABS).queryAs(TabPane.class);
    for (Tab tab : tabs.getTabs()) {
      robot.interact(() -> tabs.getSelectionModel().select(tab));
      WaitForAsyncUtils.waitForFxEvents();
      unwrapped.addAll(unwrappedTexts(robot, Step.EVALUATION));
    }

    assertEquals(
        List.of(),
        unwrapped.stream().distinct().toList(),
        "texts on the step screens that are not from the bundle");
  }

  private static void open(FxRobot robot, Step s) {
    robot.clickOn("#nav-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * The visible texts of the step's screen that still hold words once bundle texts and data are
   * removed.
   */
  private List<String> unwrappedTexts(FxRobot robot, Step step) {
    List<String> data = new ArrayList<>(session.dataset().featureNames());
    data.addAll(session.dataset().labelNames());
    data.add(session.source());
    data.sort(Comparator.comparingInt(String::length).reversed());
    return onFx(
        () -> {
          Node screen = robot.lookup("#" + NodeIds.SCREEN_CONTENT).query();
          Labeled title = (Labeled) robot.lookup("#" + NodeIds.SCREEN_TITLE).query();
          assertTrue(
              title.getText().contains("⟦" + step.title().replaceAll("[⟦⟧]", "") + "⟧"),
              "the step title comes from the bundle: " + title.getText());
          List<String> out = new ArrayList<>();
          collect(screen, data, out);
          return out;
        });
  }

  private static void collect(Node node, List<String> data, List<String> out) {
    if (!node.isVisible() || isExempt(node)) {
      return;
    }
    // A Labeled's own text, not the (possibly clipped) Text its skin draws it with.
    String text =
        node instanceof Labeled l
            ? l.getText()
            : node instanceof Text t && !(t.getParent() instanceof Labeled) ? t.getText() : null;
    if (text != null
        && !SKELETON.contains(text)
        && hasWords(withoutBundleTextsAndData(text, data))) {
      out.add(text + " (" + node.getClass().getSimpleName() + " in " + ancestorIds(node) + ")");
    }
    // A chart draws its title, axis names, legend and marker labels on a canvas: read them from it.
    if (node instanceof org.jfree.chart.fx.ChartViewer viewer && viewer.getChart() != null) {
      for (String t : chartTexts(viewer.getChart())) {
        if (hasWords(withoutBundleTextsAndData(t, data))) {
          out.add(t + " (chart in " + ancestorIds(node) + ")");
        }
      }
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        collect(child, data, out);
      }
    }
  }

  private static List<String> chartTexts(org.jfree.chart.JFreeChart chart) {
    List<String> texts = new ArrayList<>();
    if (chart.getTitle() != null) {
      texts.add(chart.getTitle().getText());
    }
    org.jfree.chart.plot.Plot plot = chart.getPlot();
    if (plot instanceof org.jfree.chart.plot.XYPlot xy) {
      for (int i = 0; i < xy.getDomainAxisCount(); i++) {
        texts.add(xy.getDomainAxis(i) == null ? null : xy.getDomainAxis(i).getLabel());
      }
      for (int i = 0; i < xy.getRangeAxisCount(); i++) {
        texts.add(xy.getRangeAxis(i) == null ? null : xy.getRangeAxis(i).getLabel());
      }
      java.util.Collection<?> markers = xy.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
      if (markers != null) {
        markers.forEach(m -> texts.add(((org.jfree.chart.plot.Marker) m).getLabel()));
      }
    } else if (plot instanceof org.jfree.chart.plot.CategoryPlot cat) {
      texts.add(cat.getDomainAxis() == null ? null : cat.getDomainAxis().getLabel());
      texts.add(cat.getRangeAxis() == null ? null : cat.getRangeAxis().getLabel());
    }
    org.jfree.chart.LegendItemCollection legend = plot.getLegendItems();
    for (int i = 0; legend != null && i < legend.getItemCount(); i++) {
      texts.add(legend.get(i).getLabel());
    }
    texts.removeIf(t -> t == null || t.isBlank());
    return texts;
  }

  private static String ancestorIds(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n.getId() != null) {
        return "#" + n.getId();
      }
    }
    return "?";
  }

  private static boolean isExempt(Node node) {
    String id = node.getId();
    return id != null
        && (id.equals(NodeIds.LESSON_CARD) // lesson markdown from assets
            || id.startsWith("python-code") // code is code
            || id.startsWith("python-output") // and what it prints is the code's
            || id.equals(NodeIds.SCREEN_TITLE) // checked on its own
            || id.startsWith(CheckYourselfCard.ID_PREFIX)); // the quiz's question
  }

  static String withoutBundleTextsAndData(String text, List<String> data) {
    String s = text;
    String before;
    do {
      before = s;
      s = s.replaceAll("⟦[^⟦⟧]*⟧", " ");
    } while (!s.equals(before));
    for (String name : data) {
      s = s.replace(name, " ");
    }
    return s;
  }

  private static boolean hasWords(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }
}
