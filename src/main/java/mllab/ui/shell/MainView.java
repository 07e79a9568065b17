package mllab.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import mllab.pipeline.Step;
import mllab.pipeline.StepState;
import mllab.text.Text;
import mllab.ui.common.AfterFirstLayout;
import mllab.ui.common.LazyTooltip;
import mllab.ui.common.Loading;
import mllab.ui.common.NodeIds;
import mllab.ui.common.Styles;
import mllab.ui.common.Typing;
import mllab.ui.quiz.LearnView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The main window's frame: menu, the step navigator, the current screen and the Back/Next bar.
 * Screens are built lazily by {@code screenFactory} the first time they are shown and kept, so
 * switching away from training does not lose the run.
 */
public final class MainView {

  private final MainViewModel model;
  private final Function<Screen, Node> screenFactory;
  private final MenuBar menuBar;
  private Node status = new Region();
  private Node trailing = new Region();
  private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
  private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
  private final StackPane content = new StackPane();
  private BorderPane root;

  /**
   * Until true, the content area says the screen is loading instead of showing it: set by {@link
   * #showScreensWhen} for a first frame that is the shell alone.
   */
  private ObservableBooleanValue screensReady;

  /** True from a shell-only first frame until the first screen is shown. */
  private boolean firstScreenPending;

  /** Builds the steps not opened yet while the window is idle; null unless asked for. */
  private ScreenPrebuilder prebuilder;

  /** Whether {@link #prebuilder} has been started (it starts with the first screen shown). */
  private boolean prebuilding;

  public MainView(MainViewModel model, Function<Screen, Node> screenFactory, MenuBar menuBar) {
    this.model = model;
    this.screenFactory = screenFactory;
    this.menuBar = menuBar;
  }

  /**
   * Makes the first frame the shell alone (menu bar, navigator, footer), with the content area
   * saying that the screen is loading: the current screen is built after that frame is laid out,
   * once {@code ready} is true (the data it shows is computed), so that neither building it nor
   * computing its data holds up the window's first frame. Call before {@link #createView}.
   */
  public void showScreensWhen(ObservableBooleanValue ready) {
    this.screensReady = ready;
  }

  /**
   * Builds the steps not opened yet in the background, hidden, whenever the window is idle and
   * {@code busy} is false, so that each is ready when its step is clicked. Call before {@link
   * #createView}; returns the builder, to tell it of changes and of work to do while idle.
   */
  ScreenPrebuilder buildStepsWhileIdle(java.util.function.BooleanSupplier busy) {
    prebuilder =
        new ScreenPrebuilder(
            content, s -> built.computeIfAbsent(s, screenFactory), model::current, busy);
    return prebuilder;
  }

  /** A node shown at the left of the footer (what is loading, and how far). */
  public void setStatus(Node statusNode) {
    this.status = statusNode;
  }

  /** A node shown at the right of the footer, before Next (the zoom level). */
  public void setTrailing(Node node) {
    this.trailing = node;
  }

  public BorderPane createView() {
    root = new BorderPane();
    root.getStyleClass().add(Styles.APP);
    root.setTop(new VBox(menuBar, createNavigator()));
    content.setId(NodeIds.SCREEN_CONTENT);
    root.setCenter(content);
    root.setBottom(createFooter());
    bind();
    return root;
  }

  private Node createNavigator() {
    // A flow, not a row: zoomed in, the step buttons wrap to a second line instead of cutting
    // their titles.
    FlowPane nav = new FlowPane();
    nav.getStyleClass().add(Styles.NAVIGATOR);
    nav.setAlignment(Pos.CENTER_LEFT);
    nav.setRowValignment(VPos.CENTER);
    for (Screen screen : Screen.values()) {
      ToggleButton b = new ToggleButton();
      b.setId(screen.navId());
      b.getStyleClass().add(Styles.NAV_BUTTON);
      Label number =
          new Label(screen.step() == null ? "?" : String.valueOf(screen.step().number()));
      number.getStyleClass().add(Styles.NAV_NUMBER);
      Label title = new Label(screen.title());
      Label state = new Label();
      state.getStyleClass().add(Styles.NAV_STATE);
      state.setId(screen.navId() + "-state");
      VBox text = new VBox(title, state);
      if (screen.step() != null) {
        bindState(screen.step(), state, b);
        LazyTooltip.install(
            b,
            Text.get(
                "shell.nav.stepTooltip",
                screen.step().summary(),
                String.valueOf(screen.step().number())));
      } else {
        state.setText(Text.get("shell.nav.learnState"));
        b.setAccessibleText(Text.get("shell.nav.learnAccessible"));
        LazyTooltip.install(b, Text.get("shell.nav.learnTooltip"));
        number.setGraphic(new FontIcon(Material2AL.LIGHTBULB));
        number.setText("");
      }
      HBox inner = new HBox(8, number, text);
      inner.setAlignment(Pos.CENTER_LEFT);
      b.setGraphic(inner);
      // Which button is lit is the model's to say, not the button's: a click toggles it (and a
      // toggle group, undoing that from inside its own change, left the old step lit too).
      b.setOnAction(
          e -> {
            model.show(screen);
            highlight(model.current());
          });
      navButtons.put(screen, b);
      b.setMinWidth(Region.USE_PREF_SIZE);
      if (screen.ordinal() > 0 && screen != Screen.LEARN) {
        FontIcon arrow = new FontIcon(Material2AL.CHEVRON_RIGHT);
        arrow.getStyleClass().add(Styles.MUTED);
        nav.getChildren().add(arrow);
      }
      nav.getChildren().add(b);
    }
    return nav;
  }

  private void bindState(Step step, Label stateLabel, ToggleButton button) {
    Runnable update =
        () -> {
          StepState s = model.stateProperty(step).get();
          stateLabel.setText(s.description());
          stateLabel
              .getStyleClass()
              .removeAll(
                  Styles.STATE_READY,
                  Styles.STATE_COMPUTING,
                  Styles.STATE_NOT_COMPUTED,
                  Styles.STATE_FAILED);
          stateLabel.getStyleClass().add(stateClass(s));
          button.setAccessibleText(
              Text.get(
                  "shell.nav.stepAccessible",
                  String.valueOf(step.number()),
                  step.title(),
                  s.description()));
        };
    model.stateProperty(step).addListener((o, a, b) -> update.run());
    update.run();
  }

  private static String stateClass(StepState s) {
    return switch (s) {
      case READY -> Styles.STATE_READY;
      case COMPUTING -> Styles.STATE_COMPUTING;
      case NOT_COMPUTED -> Styles.STATE_NOT_COMPUTED;
      case FAILED -> Styles.STATE_FAILED;
    };
  }

  private Node createFooter() {
    Button back = new Button(Text.get("shell.footer.back"), new FontIcon(Material2AL.ARROW_BACK));
    back.setId(NodeIds.BACK_BUTTON);
    back.setAccessibleText(Text.get("shell.footer.backAccessible"));
    LazyTooltip.install(back, Text.get("shell.footer.backTooltip"));
    back.disableProperty().bind(model.canGoBack().not());
    back.setOnAction(e -> model.back());
    Button next =
        new Button(Text.get("shell.footer.next"), new FontIcon(Material2AL.ARROW_FORWARD));
    next.setId(NodeIds.NEXT_BUTTON);
    next.setContentDisplay(ContentDisplay.RIGHT);
    next.textProperty().bind(model.nextText());
    next.accessibleTextProperty().bind(model.nextAccessibleText());
    LazyTooltip.install(next, Text.get("shell.footer.nextTooltip"));
    next.disableProperty().bind(model.canGoNext().not());
    next.setOnAction(e -> model.next());
    next.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
    Label position = new Label();
    position.setId(NodeIds.POSITION_LABEL);
    position.textProperty().bind(model.positionText());
    Region l = new Region();
    Region r = new Region();
    HBox.setHgrow(l, Priority.ALWAYS);
    HBox.setHgrow(r, Priority.ALWAYS);
    // Back, Next and the step's position keep their whole text; a long status line (a wide
    // dataset's name and shape) gives way first and ends in "…".
    back.setMinWidth(Region.USE_PREF_SIZE);
    next.setMinWidth(Region.USE_PREF_SIZE);
    position.setMinWidth(Region.USE_PREF_SIZE);
    if (status instanceof Region statusRegion) {
      statusRegion.setMinWidth(0);
    }
    HBox.setHgrow(status, Priority.SOMETIMES);
    HBox footer = new HBox(12, back, status, l, position, r, trailing, next);
    footer.setAlignment(Pos.CENTER);
    footer.getStyleClass().add(Styles.FOOTER);
    return footer;
  }

  private void bind() {
    model.currentProperty().addListener((o, a, b) -> showScreen(b));
    if (screensReady == null) {
      showScreen(model.current());
      return;
    }
    Screen first = model.current();
    content
        .getChildren()
        .setAll(
            Loading.placeholder("screen-loading", Text.get("shell.loading.screen", first.title())));
    highlight(first);
    // Pressed before the screen could be shown, a step button or key only lights its step.
    firstScreenPending = true;
    AfterFirstLayout.run(
        content,
        () ->
            mllab.ui.common.Once.when(
                screensReady,
                true,
                () -> {
                  firstScreenPending = false;
                  showScreen(model.current());
                }));
  }

  private void showScreen(Screen screen) {
    if (firstScreenPending) {
      highlight(screen);
      return;
    }
    Node node = built.computeIfAbsent(screen, screenFactory);
    if (prebuilder != null && prebuilder.isStaged(node)) {
      // Built in advance and still filling in, hidden: shown as it is, not put in anew.
      content.getChildren().removeIf(c -> c != node);
      node.setVisible(true);
    } else {
      content.getChildren().setAll(node);
    }
    highlight(screen);
    if (prebuilder != null && !prebuilding) {
      prebuilding = true;
      AfterFirstLayout.run(content, () -> prebuilder.start(content.getScene()));
    }
  }

  /** Lights the current screen's button, and only it. */
  private void highlight(Screen current) {
    navButtons.forEach((s, b) -> b.setSelected(s == current));
  }

  /** Whether a focused question (or its parents) uses digits to choose options. */
  private static boolean ownsDigitKeys(Node focused) {
    for (Node n = focused; n != null; n = n.getParent()) {
      if (Boolean.TRUE.equals(n.getProperties().get(LearnView.OWNS_DIGIT_KEYS))) {
        return true;
      }
    }
    return false;
  }

  /** Keyboard navigation: Ctrl+→ / Ctrl+← for Next/Back, 1–5 to jump, L for Learn. */
  public void installShortcuts(Scene scene) {
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          Node focus = scene.getFocusOwner();
          boolean arrow = e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT;
          // In a text field Ctrl+arrows move by words, and digits and L are typed: they are the
          // field's. A spinner holds one number, where moving by words means nothing, so there
          // Ctrl+arrows still go Next and Back.
          if (Typing.isTyping(focus) && !(e.isShortcutDown() && arrow && Typing.isSpinner(focus))) {
            return;
          }
          if (e.isShortcutDown() && e.getCode() == KeyCode.RIGHT) {
            model.next();
            e.consume();
          } else if (e.isShortcutDown() && e.getCode() == KeyCode.LEFT) {
            model.back();
            e.consume();
          } else if (!e.isShortcutDown() && !e.isAltDown()) {
            if (e.getCode().isDigitKey() && !ownsDigitKeys(scene.getFocusOwner())) {
              int n = e.getCode().getCode() - KeyCode.DIGIT0.getCode();
              if (e.getCode().getName().startsWith("Numpad")) {
                n = e.getCode().getCode() - KeyCode.NUMPAD0.getCode();
              }
              if (n >= 1 && n <= Step.values().length) {
                model.goToStep(n);
                e.consume();
              }
            } else if (e.getCode() == KeyCode.L) {
              model.show(Screen.LEARN);
              e.consume();
            }
          }
        });
  }
}
