package mllab.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import mllab.pipeline.Step;
import mllab.pipeline.StepState;
import mllab.text.Text;

/**
 * State of the main window: which screen is shown and how far each step has been computed. Next and
 * Back walk the five steps and then Learn, where the path ends.
 */
public final class MainViewModel {

  private final ReadOnlyObjectWrapper<Screen> current =
      new ReadOnlyObjectWrapper<>(Screen.RAW_DATA);
  private final Map<Step, ObjectProperty<StepState>> states = new EnumMap<>(Step.class);

  public MainViewModel() {
    for (Step s : Step.values()) {
      states.put(s, new SimpleObjectProperty<>(StepState.NOT_COMPUTED));
    }
  }

  public ReadOnlyObjectProperty<Screen> currentProperty() {
    return current.getReadOnlyProperty();
  }

  public Screen current() {
    return current.get();
  }

  public ObjectProperty<StepState> stateProperty(Step step) {
    return states.get(step);
  }

  public void show(Screen screen) {
    current.set(screen);
  }

  /** Moves to the next step; from the last step to Learn, where the path ends. */
  public void next() {
    next(current()).ifPresent(current::set);
  }

  /**
   * The screen after {@code screen}: the next step, Learn after the last step, none after Learn.
   */
  static Optional<Screen> next(Screen screen) {
    Step s = screen.step();
    if (s == null) {
      return Optional.empty();
    }
    return Optional.of(
        s.ordinal() == Step.values().length - 1 ? Screen.LEARN : Screen.of(s.next()));
  }

  /** Moves to the previous step (from Learn: back to the last step). */
  public void back() {
    Step s = current().step();
    current.set(s == null ? Screen.EVALUATION : Screen.of(s.previous()));
  }

  /** Jumps to step {@code number} (1–5); other numbers are ignored. */
  public void goToStep(int number) {
    if (number >= 1 && number <= Step.values().length) {
      current.set(Screen.of(Step.values()[number - 1]));
    }
  }

  public BooleanBinding canGoBack() {
    return Bindings.createBooleanBinding(() -> current() != Screen.RAW_DATA, current);
  }

  public BooleanBinding canGoNext() {
    return Bindings.createBooleanBinding(() -> next(current()).isPresent(), current);
  }

  /** The Next button's words: "Next", or "Next: Learn" where it leaves the steps. */
  public StringBinding nextText() {
    return Bindings.createStringBinding(
        () ->
            next(current())
                .filter(n -> n.step() == null)
                .map(n -> Text.get("shell.footer.nextTo", n.title()))
                .orElse(Text.get("shell.footer.next")),
        current);
  }

  /** What Next does, for a screen reader: the next step, Learn, or nothing after Learn. */
  public StringBinding nextAccessibleText() {
    return Bindings.createStringBinding(
        () ->
            next(current())
                .map(n -> Text.get("shell.footer.nextAccessible", n.title()))
                .orElse(Text.get("shell.footer.nextNone")),
        current);
  }

  /** "Step 3 of 5 · Train/test split" or "Learn". */
  public StringBinding positionText() {
    return Bindings.createStringBinding(
        () -> {
          Step s = current().step();
          return s == null
              ? Text.get("shell.position.learn")
              : Text.get(
                  "shell.position.step",
                  String.valueOf(s.number()),
                  String.valueOf(Step.values().length),
                  s.title());
        },
        current);
  }
}
