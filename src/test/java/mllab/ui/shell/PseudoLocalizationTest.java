package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import mllab.data.Dataset;
import mllab.lesson.Lesson;
import mllab.persist.ProgressStore;
import mllab.text.Text;
import mllab.ui.FxQueries;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.common.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pseudo-localization brackets every text that comes from the bundle ({@code ⟦…⟧}); a student's
 * walk through the shell, its menus, the shortcut sheet, the tour, Learn (quiz, practice, test) and
 * the dataset dialogs then shows no words without brackets except data: label and feature names,
 * file names, numbers, and the question and lesson texts read from assets.
 */
@ExtendWith(ApplicationExtension.class)
class PseudoLocalizationTest {

  @TempDir static Path home;
  @TempDir Path tmp;

  private MainWindow window;
  private MenuBar menuBar;

  /** Words the screens take as data (the dataset's column names, JavaFX's shortcut names). */
  private final Set<String> data = new HashSet<>();

  @Start
  void start(Stage stage) {
    Text.setPseudo(true);
    window =
        new MainWindow(Lesson.session(), BackgroundRunner.sameThread(), new ProgressStore(home));
    window.show(stage);
    menuBar = (MenuBar) stage.getScene().lookup(".menu-bar");
    remember(window.session().session().dataset());
  }

  @BeforeEach
  void rememberShortcuts() throws Exception {
    // The menus' items arrive a few pulses after the window's first frame.
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            FxQueries.onFx(
                () -> menuBar.getMenus().stream().noneMatch(m -> m.getItems().isEmpty())));
    // JavaFX spells the menus' shortcuts itself ("Ctrl+S"), in the platform's words.
    for (Menu menu : menuBar.getMenus()) {
      accelerators(menu);
    }
  }

  private void accelerators(Menu menu) {
    for (MenuItem item : menu.getItems()) {
      if (item.getAccelerator() != null) {
        data.add(item.getAccelerator().getDisplayText());
      }
      if (item instanceof Menu sub) {
        accelerators(sub);
      }
    }
  }

  @AfterEach
  void plain() {
    Text.setPseudo(false);
  }

  @Test
  void everyTextOfTheShellMenusTourAndLearnComesFromTheBundle(FxRobot robot) {
    // The shell on step 1, with its check-yourself card
    List<String> unbracketed = new ArrayList<>(scan("shell"));

    // Every menu, opened, and every item down to the sub-menus
    for (Menu menu : menuBar.getMenus()) {
      robot.interact(menu::show);
      unbracketed.addAll(scan("menu " + menu.getText()));
      robot.interact(menu::hide);
      items(menu, unbracketed);
    }

    // The shortcut sheet (F1)
    robot.press(KeyCode.F1).release(KeyCode.F1);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        robot.lookup("#" + NodeIds.SHORTCUT_SHEET).tryQuery().isPresent(), "the sheet is open");
    unbracketed.addAll(scan("shortcut sheet"));
    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();

    // The guided tour, at every stop, answered where it asks to predict first, and its closing
    // message
    robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    for (int press = 0; press < 8 && window.tour().activeProperty().get(); press++) {
      unbracketed.addAll(scan("tour " + window.tour().indexProperty().get()));
      robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
      WaitForAsyncUtils.waitForFxEvents();
    }
    assertFalse(window.tour().activeProperty().get(), "the tour ran to its end");

    // Learn: the menu, the model quiz and practice with a checked answer and the hint, the test
    robot.clickOn("#nav-learn");
    unbracketed.addAll(scan("learn menu"));
    // (each part of Learn is built after it opens: wait for what a student would click)
    clickInLearn(robot, "#entry-model-quiz");
    unbracketed.addAll(scan("model quiz"));
    clickInLearn(robot, "#" + NodeIds.BACK_BUTTON);
    clickInLearn(robot, "#entry-practice");
    answer(robot);
    clickInLearn(robot, "#hint-button");
    unbracketed.addAll(scan("practice, answered"));
    clickInLearn(robot, "#" + NodeIds.BACK_BUTTON);
    clickInLearn(robot, "#entry-test");
    String score = "#" + NodeIds.SCORE_LABEL;
    for (int n = 0; n < 30; n++) {
      waitInLearn(robot, score, "#option-0", "#numeric-answer");
      if (inLearn(robot, score).isPresent()) {
        break;
      }
      answer(robot);
    }
    assertTrue(inLearn(robot, score).isPresent(), "the test was finished");
    unbracketed.addAll(scan("test result"));

    assertEquals(List.of(), unbracketed, "texts on screen that did not come from the bundle");
  }

  @Test
  void theDatasetDialogsTakeTheirTextsFromTheBundle(FxRobot robot) throws Exception {
    // The generator's dialog (Ctrl+G), left with Escape
    robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#gen-rows").tryQuery().isPresent(), "the generator is open");
    List<String> unbracketed = new ArrayList<>(scan("generator"));
    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();

    // The import dialog for a small CSV file with two 0/1 label columns
    Path file = tmp.resolve("tiny.csv");
    StringBuilder csv = new StringBuilder("height,width,depth,tall,wide\n");
    for (int i = 0; i < 12; i++) {
      csv.append(i)
          .append(',')
          .append(i % 3)
          .append(',')
          .append(i % 5)
          .append(',')
          .append(i % 2)
          .append(',')
          .append(i / 6)
          .append('\n');
    }
    Files.writeString(file, csv);
    data.addAll(List.of("height", "width", "depth", "tall", "wide"));
    robot.interact(() -> window.datasetMenu().open(file));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        robot.lookup("#" + NodeIds.IMPORT_SUMMARY).tryQuery().isPresent(),
        "the import dialog is open");
    // Its label list and preview join it a pulse or two later: all of it is scanned.
    FxQueries.await(
        "the import dialog's list and preview never came",
        () ->
            robot.lookup("#" + NodeIds.IMPORT_LABEL_LIST).tryQuery().isPresent()
                && robot.lookup("#" + NodeIds.IMPORT_PREVIEW).tryQuery().isPresent());
    unbracketed.addAll(scan("import"));
    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(List.of(), unbracketed, "texts on screen that did not come from the bundle");
  }

  /** Answers the question shown: the first option, or a number, then checks or submits. */
  private static void answer(FxRobot robot) {
    // The question is built after the screen opens; a hidden step's own card also has an option
    // 0 and a check button, so only the Learn screen's are used.
    waitInLearn(robot, "#option-0", "#numeric-answer");
    if (inLearn(robot, "#option-0").isPresent()) {
      robot.clickOn(scrolledTo(robot, "#option-0"));
      robot.clickOn(scrolledTo(robot, "#check-button"));
    } else {
      robot.clickOn(scrolledTo(robot, "#numeric-answer")).write("0.5").type(KeyCode.ENTER);
    }
  }

  /** Waits until one of {@code queries} finds a node shown on the Learn screen. */
  private static void waitInLearn(FxRobot robot, String... queries) {
    try {
      WaitForAsyncUtils.waitFor(
          30,
          TimeUnit.SECONDS,
          () -> java.util.Arrays.stream(queries).anyMatch(q -> inLearn(robot, q).isPresent()));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("Learn never showed " + String.join(" or ", queries), e);
    }
  }

  /** Clicks the Learn screen's {@code query} once it is shown, scrolled into view. */
  private static void clickInLearn(FxRobot robot, String query) {
    waitInLearn(robot, query);
    robot.clickOn(scrolledTo(robot, query));
  }

  /** The Learn screen's node, scrolled into view as a student would before clicking it. */
  private static Node scrolledTo(FxRobot robot, String query) {
    Node node = inLearn(robot, query).orElseThrow();
    robot.interact(() -> mllab.ui.common.ScrollIntoView.reveal(node));
    return node;
  }

  /** The node {@code query} finds on the Learn screen, if it is there and shown. */
  private static java.util.Optional<Node> inLearn(FxRobot robot, String query) {
    return robot
        .lookup("#" + NodeIds.SCREEN_LEARN)
        .tryQuery()
        .flatMap(learn -> robot.from((Node) learn).lookup(query).<Node>tryQuery())
        .filter(n -> shownWithItsParents(n));
  }

  private static boolean shownWithItsParents(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return node.getScene() != null;
  }

  private void remember(Dataset d) {
    data.addAll(d.featureNames());
    data.addAll(d.labelNames());
  }

  private void items(Menu menu, List<String> unbracketed) {
    for (MenuItem item : menu.getItems()) {
      if (item.getText() != null && !fromBundle(item.getText()) && !isData(item.getText())) {
        unbracketed.add("menu item: " + item.getText());
      }
      if (item instanceof Menu sub) {
        items(sub, unbracketed);
      }
    }
  }

  /** Every visible text in every open window that neither came from the bundle nor is data. */
  private List<String> scan(String where) {
    WaitForAsyncUtils.waitForFxEvents();
    Callable<List<String>> walk =
        () -> {
          List<String> found = new ArrayList<>();
          for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null) {
              visit(w.getScene().getRoot(), where, found);
            }
          }
          return found;
        };
    try {
      return WaitForAsyncUtils.asyncFx(walk).get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private void visit(Node node, String where, List<String> found) {
    if (!node.isVisible() || isContent(node)) {
      return;
    }
    if (NodeIds.SCREEN_CONTENT.equals(node.getId()) && !showsLearn()) {
      // The step screens have their own test (PseudoLocalizedStepsTest); here the parts this
      // test's screens share with them.
      for (String part : List.of("#" + NodeIds.SCREEN_TITLE, "#check-yourself-card")) {
        Node n = node.lookup(part);
        if (n != null) {
          visit(n, where, found);
        }
      }
      return;
    }
    String text = null;
    if (node instanceof Labeled l) {
      text = l.getText();
    } else if (node instanceof javafx.scene.text.Text t
        && !t.getClass().getSimpleName().equals("LabeledText")) {
      text = t.getText();
    }
    if (text != null && !fromBundle(text) && !isData(text)) {
      found.add(
          where
              + ": "
              + node.getClass().getSimpleName()
              + (node.getId() == null ? "" : "#" + node.getId())
              + " \""
              + text
              + "\"");
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        visit(child, where, found);
      }
    }
  }

  private boolean showsLearn() {
    return window.model().current() == Screen.LEARN;
  }

  /**
   * Question and lesson texts from assets (rendered Markdown, options, hints, an option's own
   * feedback) and code: content, not interface.
   */
  private static boolean isContent(Node node) {
    List<String> classes = node.getStyleClass();
    String id = node.getId() == null ? "" : node.getId();
    return classes.contains(Styles.LESSON)
        || classes.contains(Styles.QUIZ_OPTION)
        || id.endsWith("hint-box")
        || (classes.contains(Styles.QUIZ_FEEDBACK)
            && id.contains("option-feedback-")
            && !((Labeled) node).getText().startsWith("⟦"))
        || id.startsWith("python-");
  }

  private static boolean fromBundle(String text) {
    return text.startsWith("⟦") && text.endsWith("⟧");
  }

  /**
   * Numbers and symbols, the dataset's column names, file names, and JavaFX's own words (OK,
   * Cancel, shortcut names).
   */
  private boolean isData(String text) {
    String t = text.strip();
    return t.chars().noneMatch(Character::isLetter)
        || data.contains(t)
        || t.matches("[\\w.-]+\\.(csv|arff|json|yaml|xml|gift)")
        || t.equals(ButtonType.OK.getText())
        || t.equals(ButtonType.CANCEL.getText());
  }
}
