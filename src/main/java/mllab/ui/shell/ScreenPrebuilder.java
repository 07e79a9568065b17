package mllab.ui.shell;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import mllab.ui.common.AfterFirstLayout;

/**
 * Builds the steps a student has not opened yet while the window has nothing else to do, one at a
 * time: each is put into the content area hidden, so that its pieces are built, styled and laid out
 * as if it were shown, and is taken out again once nothing of it is left to build. A click on a
 * step then shows a screen that is ready, instead of building it while the student waits (0.8–1.8 s
 * for steps 4 and 5 with a 159-label set on a 2-core machine).
 *
 * <p>It waits for the window to be quiet: {@link #IDLE_MS} ms without a key, click, drag or scroll
 * and no screen on view still filling in. Nothing is built while steps 1–3 are computed after a
 * change, a run trains, or a dialog, menu or tooltip is open. A step's pieces come a pulse each, as
 * when it is shown. After a change the steps it touches (from the step it invalidated on) are put
 * in once more, hidden, so that what they left for when they are next on screen (a lesson about the
 * new data, a run's label columns and cells) is done before the student opens them. Work given to
 * {@link #alsoWhileIdle} (a dialog rehearsed before its first show) runs first, a piece per turn.
 */
final class ScreenPrebuilder {

  /** How many steps there are to build. */
  private static final long STEPS =
      Arrays.stream(Screen.values()).filter(s -> s.step() != null).count();

  private final StackPane content;
  private final Function<Screen, Node> screens;
  private final Supplier<Screen> current;
  private final BooleanSupplier busy;

  /** Steps built and filled in with nothing left over; the others are put in, hidden, in turn. */
  private final Set<Screen> ready = EnumSet.noneOf(Screen.class);

  /** How long the window must be quiet before a step is built in advance. */
  private static final long IDLE_MS = 300;

  /** How long to wait before looking again while the session is busy. */
  private static final long BUSY_RETRY_MS = 500;

  /**
   * Times the waits without an animation: a running animation keeps the window pulsing 60 times a
   * second, for as long as a dialog stays open or a run trains.
   */
  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "mllab-idle-timer");
            t.setDaemon(true);
            return t;
          });

  private long lastActive = System.nanoTime();

  /** Work done once each on the FX thread when idle, one per turn, before the steps are built. */
  private final Deque<Runnable> rehearsals = new ArrayDeque<>();

  private Screen staged;
  private Node stagedNode;
  private boolean stepQueued;

  /**
   * @param screens a step's screen, built the first time it is asked for and kept
   * @param current the screen on view
   * @param busy true while nothing should be built in advance
   */
  ScreenPrebuilder(
      StackPane content,
      Function<Screen, Node> screens,
      Supplier<Screen> current,
      BooleanSupplier busy) {
    this.content = content;
    this.screens = screens;
    this.current = current;
    this.busy = busy;
  }

  /**
   * Starts building in the background of {@code scene}, once it has been quiet for {@link #IDLE_MS}
   * ms: no piece of a screen left to build and no key, click, drag or scroll.
   */
  void start(Scene scene) {
    scene.addPostLayoutPulseListener(
        () -> {
          if (AfterFirstLayout.pending(scene)) {
            lastActive = System.nanoTime();
          } else if (!stepQueued && !allReady()) {
            stepQueued = true;
            after(IDLE_MS);
          }
        });
    for (EventType<? extends InputEvent> type :
        List.of(
            MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_DRAGGED, KeyEvent.ANY, ScrollEvent.ANY)) {
      scene.addEventFilter(type, e -> lastActive = System.nanoTime());
    }
    Platform.requestNextPulse();
  }

  /** Looks again in {@code ms} ms, on the FX thread. */
  private void after(long ms) {
    TIMER.schedule(
        () -> mllab.ui.common.FxBackgroundRunner.later(this::whenQuiet), ms, TimeUnit.MILLISECONDS);
  }

  /** Takes the next step if the window has been quiet long enough, else waits the rest. */
  private void whenQuiet() {
    long quietMs = (System.nanoTime() - lastActive) / 1_000_000;
    if (quietMs < IDLE_MS) {
      after(IDLE_MS - quietMs);
      return;
    }
    stepQueued = false;
    step();
  }

  /**
   * The session changed from {@code step} on (a new dataset from step 1): that step and the later
   * ones are put in once more to catch up, hidden.
   */
  void changedFrom(mllab.pipeline.Step step) {
    ready.removeIf(s -> s.step().ordinal() >= step.ordinal());
    Platform.requestNextPulse();
  }

  /**
   * Also runs {@code pieces} on the FX thread when idle, once each and one per turn, before the
   * steps are built (a dialog's first CSS pass, done before its first show).
   */
  void alsoWhileIdle(List<Runnable> pieces) {
    rehearsals.addAll(pieces);
  }

  /** Whether every step has been built and filled in, and every rehearsal run (for tests). */
  boolean allReady() {
    return rehearsals.isEmpty() && ready.size() == STEPS;
  }

  /** Whether the rehearsals have run (the steps may still be building). */
  boolean rehearsed() {
    return rehearsals.isEmpty();
  }

  /** Whether {@code node} is a screen put in hidden now, to be kept as it is when it is shown. */
  boolean isStaged(Node node) {
    return node != null && node == stagedNode;
  }

  private void step() {
    Scene scene = content.getScene();
    if (scene == null || AfterFirstLayout.pending(scene)) {
      return;
    }
    Screen now = current.get();
    if (now.step() != null && content.getChildren().contains(screens.apply(now))) {
      ready.add(now);
    }
    if (stagedNode != null) {
      finishStaged(now);
      return;
    }
    if (busy.getAsBoolean()) {
      stepQueued = true;
      after(BUSY_RETRY_MS);
      return;
    }
    if (!rehearsals.isEmpty()) {
      rehearsals.poll().run();
      Platform.requestNextPulse();
      return;
    }
    for (Screen s : Screen.values()) {
      if (s.step() != null && s != now && !ready.contains(s)) {
        stage(s);
        return;
      }
    }
  }

  private void stage(Screen screen) {
    Node node = screens.apply(screen);
    if (node.getParent() != null) {
      return;
    }
    staged = screen;
    stagedNode = node;
    node.setVisible(false);
    // After the screen on view: a lookup in the scene finds the shown screen's nodes first.
    content.getChildren().add(node);
  }

  /** Takes the staged screen out once it is filled in, unless it is on view now. */
  private void finishStaged(Screen now) {
    Node node = stagedNode;
    if (node.getParent() == content) {
      ready.add(staged);
      if (staged != now) {
        content.getChildren().remove(node);
      }
    }
    node.setVisible(true);
    staged = null;
    stagedNode = null;
    Platform.requestNextPulse();
  }
}
