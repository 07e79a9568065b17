package mllab.lesson;

import java.util.Objects;
import java.util.Optional;
import mllab.pipeline.Step;

/**
 * One code cell of the session's notebook: the Python a step runs after the cells of the steps
 * before it, and what it prints.
 *
 * @param step the step the cell belongs to
 * @param code the Python source
 * @param printed exactly what running the cell prints, when that is determined by the exported
 *     files (shapes, statistics, the app's weights and thresholds); empty when it is not, for
 *     instance when the cell trains a network from its own random start
 * @param note what the panel says instead of {@code printed} (what the app got, and that the
 *     reader's run will differ), or the reason there is nothing to show yet; empty otherwise
 * @param library the library beyond numpy and scikit-learn the cell needs (PyTorch, Keras), or
 *     empty; such an optional cell skips itself when that library is missing
 */
public record PythonCell(
    Step step, String code, Optional<String> printed, String note, String library) {

  public PythonCell {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(library, "library");
  }

  /** Whether the cell needs a library beyond numpy and scikit-learn. */
  public boolean optional() {
    return !library.isEmpty();
  }

  /** A cell whose output is known exactly. */
  static PythonCell printing(Step step, String code, String printed) {
    return new PythonCell(step, code, Optional.of(printed), "", "");
  }

  /** A cell whose output the app cannot know; {@code note} says what the app got instead. */
  static PythonCell differing(Step step, String code, String note, String library) {
    return new PythonCell(step, code, Optional.empty(), note, library);
  }

  /** The printed output, or else the note: the text the panel shows under the code. */
  public String shown() {
    return printed.orElse(note);
  }
}
