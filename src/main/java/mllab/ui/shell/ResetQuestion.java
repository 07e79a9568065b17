package mllab.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mllab.eval.Thresholds;
import mllab.pipeline.PipelineSession;
import mllab.text.Text;

/**
 * What "Reset to the lesson" would throw away: a trained (or training) model and thresholds moved
 * away from 0.5. Nothing lost, nothing asked.
 */
final class ResetQuestion {

  private ResetQuestion() {}

  /** One line per thing that would be lost; empty when a reset loses nothing. */
  static List<String> losses(PipelineSession session, Thresholds shown, boolean perLabel) {
    List<String> lost = new ArrayList<>();
    int epochs = session.history().size();
    if (epochs > 0 || session.isTraining() || session.finishedRun().isPresent()) {
      lost.add(Text.get("shell.reset.lost.model", epochs));
    }
    if (perLabel || !isDefault(shown)) {
      List<String> names = session.dataset().labelNames();
      List<String> values = new ArrayList<>();
      for (int k = 0; k < shown.labelCount() && k < names.size(); k++) {
        values.add(
            Text.get(
                "shell.reset.lost.threshold",
                names.get(k),
                String.format(Locale.ROOT, "%.2f", shown.of(k))));
      }
      lost.add(Text.get("shell.reset.lost.thresholds", String.join(", ", values)));
    }
    return lost;
  }

  private static boolean isDefault(Thresholds t) {
    for (int k = 0; k < t.labelCount(); k++) {
      if (t.of(k) != 0.5) {
        return false;
      }
    }
    return true;
  }
}
