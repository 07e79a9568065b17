package mllab.data.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mllab.data.Dataset;

/**
 * A dataset as read from one file, or from a train file and a test file (MULAN ships its benchmarks
 * that way; keeping the published split makes results comparable with the literature).
 *
 * @param train the rows to learn from (all rows when there is one file)
 * @param test the rows of a separate test file, if one was read
 * @param warnings things the user should know but that do not stop loading ("label 'x' is 0 in
 *     every row", "3 rows have missing values and were dropped")
 * @param source a short description of where the data came from ("yeast-train.arff (labels from
 *     yeast.xml) + yeast-test.arff")
 */
public record LoadedData(
    Dataset train, Optional<Dataset> test, List<String> warnings, String source) {

  public LoadedData {
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(test, "test");
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(source, "source");
  }
}
