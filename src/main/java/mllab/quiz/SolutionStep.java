package mllab.quiz;

import java.util.Objects;

/** One titled step of a worked solution ("Threshold each probability", "Count the wrong cells"). */
public record SolutionStep(String title, String text) {

  public SolutionStep {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
  }
}
