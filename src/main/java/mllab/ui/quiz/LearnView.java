package mllab.ui.quiz;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import mllab.text.Text;
import mllab.ui.common.NodeIds;
import mllab.ui.common.StepLayout;
import mllab.ui.common.Styles;
import mllab.ui.quiz.LearnViewModel.Activity;
import mllab.ui.quiz.LearnViewModel.Page;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Learn screen: the menu of activities with the student's progress, one question at a time, and
 * a test's result with its breakdown and review. Layout and bindings only; every decision is in
 * {@link LearnViewModel}.
 */
public final class LearnView {

  /**
   * The key of a node property ({@code Boolean.TRUE}) on the Learn question page and on every
   * check-yourself card: there the digit keys 1–4 choose an option, so a window-wide digit shortcut
   * should skip key events whose focus owner has an ancestor carrying this property.
   */
  public static final String OWNS_DIGIT_KEYS = QuestionPane.OWNS_DIGIT_KEYS;

  private final LearnViewModel model;
  private final VBox page = new VBox(14);
  private final QuestionPane questionPane;
  private Node menuPage;
  private Node questionPage;
  private final LearnResultPage resultPage;
  private Button firstEntry;

  public LearnView(LearnViewModel model) {
    this.model = model;
    this.questionPane = new QuestionPane(model.question(), "", model::primaryAction);
    this.resultPage = new LearnResultPage(model);
  }

  public Node createView() {
    Label title = new Label(Text.get("learn.title"));
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    title.setId(NodeIds.SCREEN_TITLE);
    Label subtitle = new Label(Text.get("learn.subtitle"));
    subtitle.getStyleClass().add(Styles.SCREEN_SUBTITLE);
    subtitle.setWrapText(true);

    VBox screen = new VBox(14, new VBox(2, title, subtitle), banner(), page);
    screen.getStyleClass().addAll(Styles.SCREEN, Styles.LEARN);
    screen.setMaxWidth(1100);
    ScrollPane scroll = new ScrollPane(screen);
    scroll.setFitToWidth(true);
    scroll.setId(NodeIds.SCREEN_LEARN);

    menuPage = menu();
    questionPage = questionPage();
    resultPage.node().setId(NodeIds.RESULT_PAGE);
    model.pageProperty().addListener((o, a, p) -> showPage(p, scroll));
    model.resultProperty().addListener((o, a, r) -> resultPage.fill(r));
    // The options of the previous question are gone; keep the keys working on the new ones.
    model
        .question()
        .questionProperty()
        .addListener(
            (o, a, q) -> {
              if (model.pageProperty().get() == Page.QUESTION) {
                questionPane.focusAnswer();
              }
            });
    showPage(model.pageProperty().get(), scroll);
    return scroll;
  }

  private void showPage(Page p, ScrollPane scroll) {
    page.getChildren()
        .setAll(
            switch (p) {
              case MENU -> menuPage;
              case QUESTION -> questionPage;
              case RESULT -> resultPage.node();
            });
    scroll.setVvalue(0);
    // The focused node of the previous page is gone; put the keyboard where the student goes next.
    switch (p) {
      case MENU -> firstEntry.requestFocus();
      case QUESTION -> questionPane.focusAnswer();
      case RESULT -> resultPage.focusTarget().requestFocus();
    }
  }

  private Node banner() {
    Label text = new Label();
    text.setId(NodeIds.PROGRESS_BANNER);
    text.setWrapText(true);
    text.textProperty().bind(model.bannerProperty());
    text.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
    HBox.setHgrow(text, Priority.ALWAYS);
    text.setMaxWidth(Double.MAX_VALUE);
    Button close =
        iconButton(
            "banner-close",
            Text.get("learn.banner.dismiss"),
            Material2AL.CLOSE,
            Text.get("learn.banner.dismissAccessible"),
            Text.get("learn.banner.dismissTooltip"));
    close.setOnAction(e -> model.dismissBanner());
    HBox box = new HBox(10, text, close);
    box.setAlignment(Pos.CENTER_LEFT);
    box.getStyleClass().add(Styles.WARNING);
    box.visibleProperty().bind(model.bannerProperty().isNotEmpty());
    box.managedProperty().bind(box.visibleProperty());
    return box;
  }

  private Node menu() {
    Label summary = new Label();
    summary.setId(NodeIds.PROGRESS_SUMMARY);
    summary.setWrapText(true);
    summary.textProperty().bind(model.progressSummaryProperty());
    Label outcome = new Label();
    outcome.setId(NodeIds.LAST_OUTCOME);
    outcome.setWrapText(true);
    outcome.textProperty().bind(model.lastOutcomeProperty());
    outcome.visibleProperty().bind(model.lastOutcomeProperty().isNotEmpty());
    outcome.managedProperty().bind(outcome.visibleProperty());
    VBox progress = StepLayout.card(Text.get("learn.progress.title"), summary, outcome);
    progress.setId(NodeIds.PROGRESS_CARD);

    GridPane entries = new GridPane();
    entries.setHgap(14);
    entries.setVgap(14);
    entries.add(
        entry(
            Activity.MODEL_QUIZ,
            Material2MZ.PSYCHOLOGY,
            "entry-model-quiz",
            label(Text.get("learn.entry.modelQuiz"))),
        0,
        0);
    entries.add(
        entry(
            Activity.PRACTICE,
            Material2MZ.SCHOOL,
            "entry-practice",
            label(Text.get("learn.entry.practice"))),
        1,
        0);
    entries.add(
        entry(
            Activity.TEST,
            Material2AL.ASSIGNMENT,
            "entry-test",
            label(Text.get("learn.entry.test"))),
        0,
        1);
    Label runNote = label("");
    runNote.setId(NodeIds.RUN_NOTE);
    runNote.textProperty().bind(model.runNoteProperty());
    Node fromRun = entry(Activity.FROM_RUN, Material2MZ.SHOW_CHART, "entry-from-run", runNote);
    entries.add(fromRun, 1, 1);
    Label missed = label("");
    missed.setId(NodeIds.MISSED_NOTE);
    missed.textProperty().bind(model.reviewNoteProperty());
    entries.add(entry(Activity.REVIEW, Material2MZ.REPLAY, "entry-review", missed), 0, 2);
    for (int c = 0; c < 2; c++) {
      ColumnConstraints col = new ColumnConstraints();
      col.setPercentWidth(50);
      entries.getColumnConstraints().add(col);
    }
    Label keys = new Label(Text.get("learn.keys"));
    keys.getStyleClass().add(Styles.MUTED);
    keys.setWrapText(true);
    return new VBox(14, progress, entries, keys);
  }

  private Node entry(Activity activity, Ikon icon, String id, Label description) {
    Label title = new Label(activity.title(), new FontIcon(icon));
    title.getStyleClass().add(Styles.CARD_TITLE);
    Button start = new Button(Text.get("learn.start"), new FontIcon(Material2MZ.PLAY_ARROW));
    start.setId(id);
    start.setAccessibleText(Text.get("learn.start.activity", activity.title()));
    start.setTooltip(new Tooltip(Text.get("learn.start.activity", activity.title())));
    start.setOnAction(e -> model.start(activity));
    if (firstEntry == null) {
      firstEntry = start;
    }
    if (activity == Activity.FROM_RUN) {
      start.disableProperty().bind(model.runAvailableProperty().not());
    }
    Region spacer = new Region();
    VBox.setVgrow(spacer, Priority.ALWAYS);
    VBox card = new VBox(8, title, description, spacer, start);
    card.getStyleClass().addAll(Styles.CARD, Styles.QUIZ_ENTRY);
    card.setMaxHeight(Double.MAX_VALUE);
    return card;
  }

  private Node questionPage() {
    HBox header = questionHeader();
    Node pane = questionPane.createView();
    questionPane.actions().getChildren().addAll(questionActions());

    VBox card = new VBox(14, header, pane);
    card.getStyleClass().add(Styles.CARD);
    VBox root = new VBox(10, card);
    root.setId(NodeIds.QUESTION_PAGE);
    questionPane.installKeys(root);
    return root;
  }

  /** Back, the activity's name, the position and the progress bar. */
  private HBox questionHeader() {
    Label activity = new Label();
    activity.setId(NodeIds.ACTIVITY_TITLE);
    activity.getStyleClass().add(Styles.CARD_TITLE);
    activity
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.activityProperty().get() == null
                        ? ""
                        : model.activityProperty().get().title(),
                model.activityProperty()));
    Label position = new Label();
    position.setId(NodeIds.POSITION_LABEL);
    position.textProperty().bind(model.positionTextProperty());
    ProgressBar bar = new ProgressBar();
    bar.setId(NodeIds.QUIZ_PROGRESS);
    bar.progressProperty().bind(model.positionFractionProperty());
    bar.setPrefWidth(260);
    bar.setAccessibleText(Text.get("learn.progressBar"));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button back =
        iconButton(
            "back-button",
            Text.get("learn.back"),
            Material2AL.ARROW_BACK,
            Text.get("learn.back.accessible"),
            Text.get("learn.back.tooltip"));
    back.setOnAction(e -> model.backToMenu());
    back.getStyleClass().add(atlantafx.base.theme.Styles.FLAT);
    HBox header = new HBox(14, back, activity, spacer, position, bar);
    header.setAlignment(Pos.CENTER_LEFT);
    return header;
  }

  /** Try it and Next (or Finish), added after the pane's own buttons; hidden in a test. */
  private List<Node> questionActions() {
    Button tryIt =
        iconButton(
            "try-it-button",
            Text.get("learn.tryIt"),
            Material2MZ.OPEN_IN_NEW,
            Text.get("learn.tryIt.accessible"),
            Text.get("learn.tryIt.tooltip"));
    tryIt.setOnAction(e -> model.tryIt());
    tryIt.visibleProperty().bind(model.question().testModeProperty().not());
    tryIt.managedProperty().bind(tryIt.visibleProperty());
    Button next =
        iconButton(
            "next-button-quiz",
            Text.get("learn.next"),
            Material2AL.ARROW_FORWARD,
            Text.get("learn.next"),
            Text.get("learn.next.tooltip"));
    next.textProperty()
        .bind(
            Bindings.when(model.lastQuestionProperty())
                .then(Text.get("learn.finish"))
                .otherwise(Text.get("learn.next")));
    next.setOnAction(e -> model.next());
    next.visibleProperty().bind(model.question().testModeProperty().not());
    next.managedProperty().bind(next.visibleProperty());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    return List.of(tryIt, gap, next);
  }

  private static Label label(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    return l;
  }

  /** A button with an icon, an id, an accessible text and a tooltip. */
  static Button iconButton(String id, String text, Ikon icon, String accessible, String tooltip) {
    Button b = new Button(text, new FontIcon(icon));
    b.setId(id);
    b.setAccessibleText(accessible);
    b.setTooltip(new Tooltip(tooltip));
    return b;
  }
}
