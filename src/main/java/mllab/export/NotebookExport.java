package mllab.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mllab.data.Dataset;
import mllab.eval.Predictions;
import mllab.lesson.PythonCell;
import mllab.lesson.PythonNotebook;
import mllab.model.Layer;
import mllab.model.Mlp;
import mllab.persist.Json;
import mllab.pipeline.Step;
import mllab.text.Text;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a session as a Jupyter notebook and everything its cells read, into one folder: the
 * notebook ({@value #NOTEBOOK}, nbformat 4), the same code as a plain script ({@value #SCRIPT}),
 * the dataset, the split as row numbers (with the validation part's when there is one), the trained
 * weights, the app's test probabilities and the thresholds. Nothing in the folder needs the app:
 * numbers are plain CSV and JSON, written in full precision (Java's shortest round-trip form, which
 * Python reads back as the same double).
 *
 * <p>Run in that folder, the script prints what each step's Python panel says it prints and writes
 * {@link PythonNotebook#REPRODUCED_METRICS}, the metrics recomputed by scikit-learn at the app's
 * thresholds.
 */
public final class NotebookExport {

  /** The notebook's file name. */
  public static final String NOTEBOOK = "session.ipynb";

  /** The plain script's file name. */
  public static final String SCRIPT = "session.py";

  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private NotebookExport() {}

  /**
   * Writes {@code notebook} and its files into {@code dir}, created if needed; files of an earlier
   * export there are replaced.
   *
   * @throws IllegalStateException when the notebook has no trained model yet
   */
  public static void write(PythonNotebook notebook, Path dir) throws IOException {
    Mlp model =
        notebook
            .model()
            .orElseThrow(() -> new IllegalStateException(Text.get("export.nothingYet")));
    Predictions predictions =
        notebook
            .predictions()
            .orElseThrow(() -> new IllegalStateException(Text.get("export.nothingYet")));
    Files.createDirectories(dir);
    Dataset all = notebook.dataset();
    var split = notebook.split();
    writeDataset(all, dir.resolve(PythonNotebook.DATASET));
    writeRows(split.trainIndices(), dir.resolve(PythonNotebook.TRAIN_ROWS));
    writeRows(split.testIndices(), dir.resolve(PythonNotebook.TEST_ROWS));
    if (split.hasValidation()) {
      writeRows(split.validationIndices(), dir.resolve(PythonNotebook.VALIDATION_ROWS));
    } else {
      Files.deleteIfExists(dir.resolve(PythonNotebook.VALIDATION_ROWS));
    }
    writeJson(weights(model), dir.resolve(PythonNotebook.WEIGHTS));
    writeProbabilities(predictions, dir.resolve(PythonNotebook.PROBABILITIES));
    ObjectNode t = Json.mapper().createObjectNode();
    ArrayNode labels = t.putArray("labels");
    ArrayNode values = t.putArray("thresholds");
    for (int k = 0; k < all.labelCount(); k++) {
      labels.add(all.labelNames().get(k));
      values.add(notebook.thresholds().of(k));
    }
    writeJson(t, dir.resolve(PythonNotebook.THRESHOLDS));
    List<PythonCell> cells = notebook.cells();
    writeJson(ipynb(cells, notebook.source()), dir.resolve(NOTEBOOK));
    Files.writeString(
        dir.resolve(SCRIPT), script(cells, notebook.source()), StandardCharsets.UTF_8);
  }

  /** Every value in full precision: {@link Double#toString} reads back as the same double. */
  private static void writeDataset(Dataset d, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSV)) {
      List<String> header = new ArrayList<>(d.featureNames());
      header.addAll(d.labelNames());
      p.printRecord(header);
      String[] record = new String[d.featureCount() + d.labelCount()];
      for (int i = 0; i < d.rows(); i++) {
        for (int j = 0; j < d.featureCount(); j++) {
          record[j] = Double.toString(d.feature(i, j));
        }
        for (int k = 0; k < d.labelCount(); k++) {
          record[d.featureCount() + k] = Integer.toString(d.label(i, k));
        }
        p.printRecord((Object[]) record);
      }
    }
  }

  private static void writeRows(int[] rows, Path file) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int r : rows) {
      sb.append(r).append('\n');
    }
    Files.writeString(file, sb, StandardCharsets.UTF_8);
  }

  private static void writeProbabilities(Predictions p, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter out = new CSVPrinter(w, CSV)) {
      out.printRecord(p.labelNames());
      String[] record = new String[p.labelCount()];
      for (int i = 0; i < p.rows(); i++) {
        for (int k = 0; k < p.labelCount(); k++) {
          record[k] = Double.toString(p.probability(i, k));
        }
        out.printRecord((Object[]) record);
      }
    }
  }

  /** {@code {"hidden_activation", "output", "layers": [{"weights": [[w_oi]], "biases"}]}}. */
  private static ObjectNode weights(Mlp model) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("hidden_activation", model.hiddenActivation().name().toLowerCase(Locale.ROOT));
    root.put("output", model.output().name().toLowerCase(Locale.ROOT));
    root.put("layout", "weights[o][i] is the weight from input i to unit o");
    ArrayNode layers = root.putArray("layers");
    for (Layer layer : model.layers()) {
      ObjectNode l = layers.addObject();
      ArrayNode w = l.putArray("weights");
      for (double[] row : layer.weights()) {
        ArrayNode r = w.addArray();
        for (double v : row) {
          r.add(v);
        }
      }
      ArrayNode b = l.putArray("biases");
      for (double v : layer.biases()) {
        b.add(v);
      }
    }
    return root;
  }

  private static void writeJson(ObjectNode node, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      Json.mapper().writeValue(w, node);
      w.write('\n');
    }
  }

  private static String stepHeading(Step step) {
    return Text.get("export.notebook.step", String.valueOf(step.number()), step.title());
  }

  /** The notebook: per step a heading, its cells, and after a cell whose output varies, a note. */
  static ObjectNode ipynb(List<PythonCell> cells, String source) {
    ObjectNode nb = Json.mapper().createObjectNode();
    nb.put("nbformat", 4);
    nb.put("nbformat_minor", 4);
    ObjectNode meta = nb.putObject("metadata");
    ObjectNode kernel = meta.putObject("kernelspec");
    kernel.put("name", "python3");
    kernel.put("display_name", "Python 3");
    kernel.put("language", "python");
    meta.putObject("language_info").put("name", "python");
    ArrayNode out = nb.putArray("cells");
    markdown(
        out,
        "# "
            + Text.get("export.notebook.title", source)
            + "\n\n"
            + Text.get("export.notebook.intro", SCRIPT));
    Step current = null;
    for (PythonCell c : cells) {
      if (c.step() != current) {
        current = c.step();
        markdown(out, "## " + stepHeading(current) + "\n\n" + current.summary());
      }
      if (c.optional()) {
        markdown(out, "*" + Text.get("common.step.pythonOptionalNote", c.library()) + "*");
      }
      ObjectNode code = out.addObject();
      code.put("cell_type", "code");
      code.putNull("execution_count");
      code.putObject("metadata");
      ArrayNode outputs = code.putArray("outputs");
      lines(code.putArray("source"), c.code());
      // A printed output known in advance is stored with the cell, so the notebook shows what
      // running it gives before it is run.
      if (c.printed().isPresent()) {
        ObjectNode stream = outputs.addObject();
        stream.put("output_type", "stream");
        stream.put("name", "stdout");
        lines(stream.putArray("text"), c.printed().get() + "\n");
      } else if (!c.note().isEmpty()) {
        markdown(out, "*" + c.note() + "*");
      }
    }
    return nb;
  }

  private static void markdown(ArrayNode cells, String text) {
    ObjectNode m = cells.addObject();
    m.put("cell_type", "markdown");
    m.putObject("metadata");
    lines(m.putArray("source"), text);
  }

  /** nbformat stores text as a list of lines, each but the last with its newline. */
  private static void lines(ArrayNode array, String text) {
    int from = 0;
    while (from < text.length()) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl + 1;
      array.add(text.substring(from, to));
      from = to;
    }
  }

  /** The plain script: the cells in order, each under a {@code # %%} line naming its step. */
  static String script(List<PythonCell> cells, String source) {
    StringBuilder sb =
        new StringBuilder("#!/usr/bin/env python3\n")
            .append("# ")
            .append(Text.get("export.notebook.title", source))
            .append('\n')
            .append("# ")
            .append(Text.get("export.notebook.intro", SCRIPT))
            .append('\n')
            .append("import os\n\n")
            .append(
                "os.chdir(os.path.dirname(os.path.abspath(__file__)))  # the files are beside it\n");
    for (PythonCell c : cells) {
      sb.append("\n# %% ")
          .append(stepHeading(c.step()))
          .append(c.optional() ? " (" + Text.get("export.notebook.optional") + ")" : "")
          .append('\n')
          .append(c.code())
          .append('\n');
    }
    return sb.toString();
  }
}
