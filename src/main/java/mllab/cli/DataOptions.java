package mllab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import mllab.data.io.DatasetFormatException;
import mllab.data.io.DatasetReader;
import mllab.data.io.LabelSpec;
import mllab.data.io.LoadedData;
import mllab.data.io.MulanLabels;
import mllab.data.io.ReadOptions;
import mllab.lesson.Lesson;
import mllab.pipeline.PipelineSession;
import mllab.split.SplitMethod;
import mllab.split.Splitter;
import mllab.text.Text;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options every command that reads a dataset and splits it shares ({@code run}, {@code
 * compare}): which file, which columns are labels, and how the rows are split into train,
 * validation and test. {@link #session} turns them into a {@link PipelineSession}.
 */
final class DataOptions {

  @Option(names = "--data", paramLabel = "FILE")
  Path data;

  @Option(names = "--test", paramLabel = "FILE")
  Path test;

  @ArgGroup(exclusive = true)
  Labels labels;

  /** The three ways to say which columns are labels; none given means "work it out". */
  static final class Labels {
    @Option(names = "--labels", split = ",", paramLabel = "NAMES")
    List<String> names;

    @Option(names = "--last-labels", paramLabel = "N", descriptionKey = "lastLabels")
    Integer last;

    @Option(names = "--xml", paramLabel = "FILE")
    Path xml;
  }

  @Option(names = "--split", paramLabel = "FRACTION")
  Double split;

  @Option(
      names = "--split-seed",
      paramLabel = "SEED",
      defaultValue = "42",
      descriptionKey = "splitSeed")
  long splitSeed;

  @Option(names = "--stratify")
  boolean stratify;

  @Option(names = "--validation", paramLabel = "FRACTION", defaultValue = "0")
  double validation;

  SplitMethod method() {
    return stratify ? SplitMethod.ITERATIVE_STRATIFICATION : SplitMethod.RANDOM;
  }

  /** Checks the split options before any file is read, so a typo fails at once. */
  void validate() {
    double fraction = split != null ? split : Splitter.DEFAULT_TEST_FRACTION;
    Splitter.of(method(), fraction, splitSeed); // validates, naming the bad value
    if (validation != 0 && !(validation > 0 && validation < 1)) {
      throw new IllegalArgumentException(
          Text.get("engine.split.badValidationFraction", String.valueOf(validation)));
    }
  }

  /** The dataset read and split as the options say (the bundled lesson without --data). */
  PipelineSession session(PrintWriter err) throws IOException, DatasetFormatException {
    validate();
    PipelineSession session = read(err);
    if (session.predefinedTest().isEmpty()) {
      session.setSplit(method(), split != null ? split : Splitter.DEFAULT_TEST_FRACTION, splitSeed);
    } else if (split != null || stratify) {
      err.println(Text.get("cli.run.splitIgnored"));
    }
    if (validation > 0) {
      session.setValidation(method(), validation);
    }
    return session;
  }

  private PipelineSession read(PrintWriter err) throws IOException, DatasetFormatException {
    if (data == null) {
      if (test != null || labels != null) {
        throw new IllegalArgumentException(Text.get("cli.run.needsData", Lesson.DATASET_FILE));
      }
      return Lesson.session();
    }
    requireFile(data);
    ReadOptions options = ReadOptions.defaults().withLabels(labelSpec());
    LoadedData loaded;
    if (test != null) {
      requireFile(test);
      loaded = DatasetReader.readTrainTest(data, test, options);
    } else {
      loaded = DatasetReader.read(data, options);
    }
    DatasetReader.requireSplittable(loaded);
    loaded.warnings().forEach(w -> err.println(Text.get("cli.warning", w)));
    PipelineSession session = new PipelineSession(loaded.train(), loaded.source());
    session.setDataset(loaded.train(), loaded.test(), loaded.source());
    return session;
  }

  private LabelSpec labelSpec() throws IOException, DatasetFormatException {
    if (labels == null) {
      return LabelSpec.guess();
    }
    if (labels.names != null) {
      return new LabelSpec.Named(labels.names, "--labels");
    }
    if (labels.last != null) {
      return LabelSpec.last(labels.last);
    }
    requireFile(labels.xml);
    try (InputStream in = Files.newInputStream(labels.xml)) {
      return MulanLabels.read(in, labels.xml.getFileName().toString());
    }
  }

  private static void requireFile(Path file) throws NoSuchFileException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
  }
}
