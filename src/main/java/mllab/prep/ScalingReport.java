package mllab.prep;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import mllab.text.Text;

/**
 * Which cells of a scaled dataset fall outside [0, 1], and how far.
 *
 * <p>A scaler fitted on the training rows maps those rows into [0, 1] by construction, but test
 * rows can hold values the training rows never reached. Such cells scale below 0 or above 1. This
 * is not an error to fix: it is what "unseen data" means, and a model has to cope with it after
 * deployment too. The report makes those cells visible instead of clipping them away. A scaler
 * fitted on all rows produces no such cells on the test set, which is exactly the sign that it has
 * seen the test set.
 *
 * @param datasetName the name of the scaled dataset
 * @param rows the number of rows scaled
 * @param featureNames the features, in column order
 * @param cellsOutside every cell whose scaled value is below 0 or above 1, in row-major order; row
 *     indices count rows of the scaled dataset (map them back through the split's indices)
 */
public record ScalingReport(
    String datasetName, int rows, List<String> featureNames, List<Cell> cellsOutside) {

  /**
   * One cell outside [0, 1].
   *
   * @param row the row in the scaled dataset
   * @param feature the feature's column
   * @param featureName the feature's name
   * @param raw the value before scaling
   * @param scaled the value after scaling, below 0 or above 1
   */
  public record Cell(int row, int feature, String featureName, double raw, double scaled) {

    /** True above 1 (larger than every fitted value), false below 0 (smaller than every one). */
    public boolean isAbove() {
      return scaled > 1;
    }
  }

  public ScalingReport {
    featureNames = List.copyOf(featureNames);
    cellsOutside = List.copyOf(cellsOutside);
  }

  public int totalCells() {
    return rows * featureNames.size();
  }

  public int outsideCount() {
    return cellsOutside.size();
  }

  /** The share of all cells that fall outside [0, 1]; 0 for an empty dataset. */
  public double outsideFraction() {
    return totalCells() == 0 ? 0 : outsideCount() / (double) totalCells();
  }

  /** Whether every cell lies in [0, 1]. */
  public boolean allInside() {
    return cellsOutside.isEmpty();
  }

  /** The rows with at least one cell outside [0, 1], ascending. */
  public int[] rowsOutside() {
    return cellsOutside.stream().mapToInt(Cell::row).distinct().sorted().toArray();
  }

  /** For each feature, how many of its cells fall outside [0, 1]. */
  public int[] outsideCountPerFeature() {
    int[] counts = new int[featureNames.size()];
    for (Cell c : cellsOutside) {
      counts[c.feature()]++;
    }
    return counts;
  }

  /** The features with at least one cell outside [0, 1], in column order. */
  public List<String> featuresOutside() {
    int[] counts = outsideCountPerFeature();
    return IntStream.range(0, counts.length)
        .filter(j -> counts[j] > 0)
        .mapToObj(featureNames::get)
        .toList();
  }

  /** The cell with the smallest scaled value below 0, if any. */
  public Optional<Cell> lowest() {
    return cellsOutside.stream()
        .filter(c -> !c.isAbove())
        .min(Comparator.comparingDouble(Cell::scaled));
  }

  /** The cell with the largest scaled value above 1, if any. */
  public Optional<Cell> highest() {
    return cellsOutside.stream()
        .filter(Cell::isAbove)
        .max(Comparator.comparingDouble(Cell::scaled));
  }

  /**
   * One sentence for the UI and the CLI, for example "33 of 14544 cells (0.23%) fall outside 0–1,
   * in 26 rows and 25 features; lowest -0.242 (row 37, 'f10', raw -0.895966); highest 1.28 (row 87,
   * 'f58', raw 0.304417)".
   */
  public String summary() {
    if (allInside()) {
      return Text.get("engine.prep.report.allInside", String.valueOf(totalCells()), datasetName);
    }
    StringBuilder s =
        new StringBuilder(
            Text.get(
                "engine.prep.report.outside",
                String.valueOf(outsideCount()),
                String.valueOf(totalCells()),
                String.format(Locale.ROOT, "%.2f", 100 * outsideFraction()),
                String.valueOf(rowsOutside().length),
                String.valueOf(featuresOutside().size())));
    lowest().ifPresent(c -> s.append(Text.get("engine.prep.report.lowest", describe(c))));
    highest().ifPresent(c -> s.append(Text.get("engine.prep.report.highest", describe(c))));
    return s.toString();
  }

  private static String describe(Cell c) {
    return Text.get(
        "engine.prep.report.cell",
        String.format(Locale.ROOT, "%.3g", c.scaled()),
        String.valueOf(c.row()),
        c.featureName(),
        String.format(Locale.ROOT, "%.6g", c.raw()));
  }
}
