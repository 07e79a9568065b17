package mllab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import mllab.data.io.DatasetFormatException;
import mllab.eval.Metric;
import mllab.eval.MetricReport;
import mllab.eval.Thresholds;
import mllab.eval.Tuning;
import mllab.export.MetricsJson;
import mllab.methods.MethodComparison;
import mllab.methods.MethodKind;
import mllab.methods.MethodResult;
import mllab.methods.MultiLabelMethod;
import mllab.pipeline.PipelineSession;
import mllab.split.Split;
import mllab.text.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mllab compare}: the five methods on the same split and the same scaled features, one row
 * each in {@code comparison.csv} (every metric, the fit time, where the thresholds were tuned) and
 * a table on the screen.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false)
final class CompareCommand implements Callable<Integer> {

  static final String COMPARISON_FILE = "comparison.csv";

  @Mixin DataOptions dataOptions;

  @Mixin ModelOptions modelOptions;

  @Option(names = "--methods", split = ",", paramLabel = "NAMES", defaultValue = "mlp,br,cc,lp,knn")
  List<String> methods;

  @Option(names = "--threshold", paramLabel = "T", defaultValue = "0.5")
  double threshold;

  @Option(names = "--tune", paramLabel = "HOW", defaultValue = "none")
  Tuning tune;

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, DatasetFormatException {
    List<MethodKind> kinds = new ArrayList<>();
    for (String m : methods) {
      kinds.add(MethodKind.fromCliName(m));
    }
    modelOptions.validate();
    RunCommand.requireThreshold(threshold);
    dataOptions.validate();
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PipelineSession session = dataOptions.session(err);
    Split split = session.scaledSplit();
    List<MultiLabelMethod> chosen = new ArrayList<>();
    for (MethodKind k : kinds) {
      chosen.add(modelOptions.method(k, split.labelNames()));
    }
    List<MethodResult> results = MethodComparison.run(chosen, split, (i, n, kind, fraction) -> {});
    List<Row> rows = new ArrayList<>();
    for (MethodResult r : results) {
      Optional<TuningOutcome> tuned =
          TuningOutcome.of(tune, r.validation(), r.test(), split.train(), threshold);
      Thresholds t =
          tuned
              .map(TuningOutcome::thresholds)
              .orElse(Thresholds.global(threshold, r.test().labelCount()));
      rows.add(new Row(r, tuned, MetricReport.of(r.test(), t)));
    }
    if (tune != Tuning.NONE && !split.hasValidation()) {
      err.println(Text.get("cli.run.tunedOnTest"));
    }
    Files.createDirectories(out);
    try (Writer w = Files.newBufferedWriter(out.resolve(COMPARISON_FILE), StandardCharsets.UTF_8)) {
      writeCsv(rows, w);
    }
    print(o, session, rows);
    o.flush();
    err.flush();
    return 0;
  }

  /** One method's line: its result, the tuning applied and the metrics at those thresholds. */
  record Row(MethodResult result, Optional<TuningOutcome> tuning, MetricReport report) {}

  static void writeCsv(List<Row> rows, Writer w) throws IOException {
    StringBuilder header = new StringBuilder("method,settings,fit_seconds");
    for (Metric m : Metric.values()) {
      header.append(',').append(MetricsJson.key(m));
    }
    header.append(",tuning,tuned_on,test_rows_with_unseen_label_set\n");
    w.write(header.toString());
    for (Row row : rows) {
      MethodResult r = row.result();
      StringBuilder line =
          new StringBuilder(r.kind().cliName())
              .append(',')
              .append(quote(r.settings()))
              .append(',')
              .append(String.format(Locale.ROOT, "%.4f", r.fitSeconds()));
      for (Metric m : Metric.values()) {
        line.append(',').append(m.valueIn(row.report()));
      }
      line.append(',')
          .append(row.tuning().map(t -> t.tuning().cliName()).orElse("none"))
          .append(',')
          .append(row.tuning().map(TuningOutcome::tunedOn).orElse(""))
          .append(',')
          .append(
              r.unseenTestSets().isPresent() ? String.valueOf(r.unseenTestSets().getAsInt()) : "")
          .append('\n');
      w.write(line.toString());
    }
    w.flush();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  private void print(PrintWriter o, PipelineSession session, List<Row> rows) {
    Split s = session.scaledSplit();
    o.println(
        Text.get(
            "cli.compare.data",
            session.source(),
            String.valueOf(s.train().rows()),
            String.valueOf(s.validationRows()),
            String.valueOf(s.test().rows()),
            String.valueOf(s.labelNames().size())));
    o.printf(
        Locale.ROOT,
        "%-26s %8s %8s %8s %8s %9s  %s%n",
        Text.get("cli.compare.column.method"),
        Text.get("cli.compare.column.hamming"),
        Text.get("cli.compare.column.microF1"),
        Text.get("cli.compare.column.macroF1"),
        Text.get("cli.compare.column.subset"),
        Text.get("cli.compare.column.seconds"),
        Text.get("cli.compare.column.settings"));
    for (Row row : rows) {
      MethodResult r = row.result();
      o.printf(
          Locale.ROOT,
          "%-26s %8.4f %8.4f %8.4f %8.4f %9.3f  %s%n",
          r.kind().displayName(),
          row.report().hammingLoss(),
          row.report().microF1(),
          row.report().macroF1(),
          row.report().subsetAccuracy(),
          r.fitSeconds(),
          r.settings());
    }
    rows.stream()
        .filter(r -> r.result().unseenTestSets().isPresent())
        .findFirst()
        .ifPresent(
            r ->
                o.println(
                    Text.get(
                        "cli.run.unseenSets",
                        String.valueOf(r.result().unseenTestSets().getAsInt()),
                        String.valueOf(r.report().rows()))));
    o.println(Text.get("cli.compare.wrote", COMPARISON_FILE, String.valueOf(out)));
  }
}
