package mllab.lesson;

import java.util.List;

/**
 * The lesson's card for one step: what goes in, what the step does, what comes out, with a real
 * sample row before and after ("1000 rows × 20 features → Normalize features to 0–1 → 1000 rows ×
 * 20 features").
 *
 * @param input shape of the step's input, e.g. "1000 rows × 20 features, 4 labels"
 * @param operation what the step does, e.g. "Normalize features to 0–1"
 * @param output shape of the step's output
 * @param sampleBefore a real row before the step (formatted), may be empty
 * @param sampleAfter the same row after the step (formatted), may be empty
 */
public record ShapeCard(
    String input,
    String operation,
    String output,
    List<String> sampleBefore,
    List<String> sampleAfter) {

  public ShapeCard {
    sampleBefore = List.copyOf(sampleBefore);
    sampleAfter = List.copyOf(sampleAfter);
  }
}
