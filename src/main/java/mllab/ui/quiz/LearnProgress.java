package mllab.ui.quiz;

import java.io.IOException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import mllab.persist.ProgressStore;
import mllab.quiz.Progress;
import mllab.quiz.QuestionBank;
import mllab.quiz.Score;
import mllab.text.Text;
import mllab.ui.common.BackgroundRunner;

/**
 * The student's quiz progress as the Learn screen shows it: the record, its one-line summary, and
 * how many missed questions the review asks first. Each new record is handed to a {@link
 * ProgressSaver}, which writes it off the FX thread.
 */
final class LearnProgress {

  private final ProgressSaver saver;
  private final ReadOnlyObjectWrapper<Progress> progress =
      new ReadOnlyObjectWrapper<>(Progress.empty());
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
  private final ReadOnlyIntegerWrapper missedCount = new ReadOnlyIntegerWrapper();
  private final ReadOnlyStringWrapper reviewNote = new ReadOnlyStringWrapper();

  /**
   * @param onSaveFailed told when a background write fails
   */
  LearnProgress(ProgressStore store, BackgroundRunner runner, Consumer<Throwable> onSaveFailed) {
    this.saver = new ProgressSaver(store, runner, onSaveFailed);
  }

  Progress get() {
    return progress.get();
  }

  /** Shows {@code p}, counting as missed only the questions {@code bank} has. */
  void set(Progress p, QuestionBank bank) {
    progress.set(p);
    int missed = (int) p.missedIds().stream().filter(id -> bank.byId(id).isPresent()).count();
    missedCount.set(missed);
    reviewNote.set(
        missed == 0
            ? Text.get("learn.review.nothingMissed")
            : missed == 1
                ? Text.get("learn.review.missedOne")
                : Text.get("learn.review.missedMany", String.valueOf(missed)));
    summary.set(summary(p));
  }

  /** Shows {@code updated} and asks for it to be written; returns at once. */
  void save(Progress updated, QuestionBank bank) {
    set(updated, bank);
    saver.save(updated);
  }

  /** Writes any record not yet on disk, on the calling thread. */
  void flush() throws IOException {
    saver.flush();
  }

  private static String summary(Progress p) {
    StringBuilder s = new StringBuilder();
    if (p.attempts() == 0) {
      s.append(Text.get("learn.progress.none"));
    } else {
      s.append(
          p.attempts() == 1
              ? Text.get("learn.progress.triedOne", String.valueOf(p.correct()))
              : Text.get(
                  "learn.progress.triedMany",
                  String.valueOf(p.attempts()),
                  String.valueOf(p.correct())));
    }
    if (p.tests().isEmpty()) {
      s.append(Text.get("learn.progress.noTest"));
    } else {
      Progress.TestScore best =
          p.tests().stream()
              .max(
                  (a, b) ->
                      Double.compare(
                          new Score(a.correct(), a.total()).fraction(),
                          new Score(b.correct(), b.total()).fraction()))
              .orElseThrow();
      String score = String.valueOf(best.correct());
      String of = String.valueOf(best.total());
      s.append(
          p.tests().size() == 1
              ? Text.get("learn.progress.testOne", score, of)
              : Text.get("learn.progress.testMany", String.valueOf(p.tests().size()), score, of));
    }
    return s.toString();
  }

  ReadOnlyObjectProperty<Progress> progressProperty() {
    return progress.getReadOnlyProperty();
  }

  ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  ReadOnlyIntegerProperty missedCountProperty() {
    return missedCount.getReadOnlyProperty();
  }

  ReadOnlyStringProperty reviewNoteProperty() {
    return reviewNote.getReadOnlyProperty();
  }
}
