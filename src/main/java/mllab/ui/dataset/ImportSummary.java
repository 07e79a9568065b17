package mllab.ui.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mllab.data.Dataset;
import mllab.data.io.LoadedData;
import mllab.text.Text;

/**
 * What the import dialog says about a file it has read, computed on the reading worker: the texts,
 * one entry per label with how many rows carry it, and the preview's column names. With 1,000
 * labels this is a pass over every row and label, which must not run on the FX thread; the dialog
 * only shows it.
 *
 * @param data the file as read
 * @param summary source and shape (and the test file's rows)
 * @param labels how many labels and the first few names
 * @param features how many features and how many of their values are 0
 * @param labelEntries one line per label: its name and how many rows carry it
 * @param columns the preview's columns: features, then labels marked as such
 */
public record ImportSummary(
    LoadedData data,
    String summary,
    String labels,
    String features,
    List<String> labelEntries,
    List<String> columns) {

  /** Label names listed in the one-line summary; the searchable list has them all. */
  public static final int NAMED_LABELS = 12;

  public ImportSummary {
    labelEntries = List.copyOf(labelEntries);
    columns = List.copyOf(columns);
  }

  public static ImportSummary of(LoadedData d) {
    Dataset t = d.train();
    String summary =
        d.test()
            .map(
                x ->
                    Text.get(
                        "dataset.import.summaryWithTest",
                        d.source(),
                        t.shape(),
                        mllab.text.Decimals.count(x.rows())))
            .orElseGet(() -> Text.get("dataset.import.summary", d.source(), t.shape()));
    List<String> names = t.labelNames();
    String named = String.join(", ", names.subList(0, Math.min(NAMED_LABELS, names.size())));
    if (names.size() > NAMED_LABELS) {
      named =
          Text.get(
              "dataset.import.labelsMore",
              named,
              mllab.text.Decimals.count(names.size() - NAMED_LABELS));
    }
    String labels =
        Text.get("dataset.import.labels", mllab.text.Decimals.count(names.size()), named);

    int n = t.rows();
    int[] positives = new int[t.labelCount()];
    long zeros = 0;
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < positives.length; k++) {
        positives[k] += t.label(i, k);
      }
      for (int j = 0; j < t.featureCount(); j++) {
        if (t.feature(i, j) == 0) {
          zeros++;
        }
      }
    }
    double zeroShare = n == 0 ? 0 : 100.0 * zeros / ((double) n * t.featureCount());
    String features =
        Text.get(
            "dataset.import.features",
            mllab.text.Decimals.count(t.featureCount()),
            String.format(Locale.ROOT, "%.1f", zeroShare));
    List<String> entries = new ArrayList<>(names.size());
    for (int k = 0; k < names.size(); k++) {
      entries.add(
          Text.get(
              "dataset.import.labelEntry",
              names.get(k),
              String.valueOf(positives[k]),
              String.format(Locale.ROOT, "%.1f", n == 0 ? 0 : 100.0 * positives[k] / n)));
    }
    List<String> columns = new ArrayList<>(t.featureCount() + names.size());
    columns.addAll(t.featureNames());
    for (String name : names) {
      columns.add(Text.get("dataset.import.labelColumn", name));
    }
    return new ImportSummary(d, summary, labels, features, entries, columns);
  }
}
