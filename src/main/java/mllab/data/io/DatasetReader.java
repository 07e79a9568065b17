package mllab.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mllab.text.Text;

/**
 * The one entry point for loading a user's dataset: picks the format by the file's extension
 * ({@code .csv}, {@code .tsv}, {@code .arff}), refuses files that are too large or not text, and
 * for an ARFF file without explicit labels uses the MULAN label file beside it ({@code
 * emotions-train.arff} → {@code emotions-train.xml} or {@code emotions.xml}) before MEKA's {@code
 * -C} option.
 *
 * <p>A benchmark shipped as a training file and a test file is read with {@link #readTrainTest},
 * which keeps the published split and checks that both files describe the same columns. Missing
 * features in the test file are filled with the training file's means: the test set must not
 * influence anything the model is built from, not even imputed values.
 */
public final class DatasetReader {

  private DatasetReader() {}

  /** Reads one file; the whole file becomes {@link LoadedData#train()}. */
  public static LoadedData read(Path file, ReadOptions options)
      throws IOException, DatasetFormatException {
    Loaded one = load(file, options, 0, Files.size(file), options.labels());
    TableAssembler.Assembled a =
        TableAssembler.assemble(one.table, one.labels, options.missingValues(), null);
    return new LoadedData(a.dataset(), Optional.empty(), a.warnings(), one.source);
  }

  /**
   * Reads a bundled resource or any other stream; {@code fileName} gives the format and names the
   * data in messages. MULAN labels cannot be found beside a stream: pass them as {@link
   * LabelSpec.Named} (see {@link MulanLabels#read}). The stream is not closed.
   */
  public static LoadedData read(InputStream in, String fileName, ReadOptions options)
      throws IOException, DatasetFormatException {
    Reader reader = TextInput.open(in, fileName, -1, options.progress());
    Format format = Format.of(fileName);
    RawTable table;
    LabelSpec labels;
    try {
      if (format == Format.ARFF) {
        ArffReader.Parsed parsed = ArffReader.parse(reader, fileName);
        table = parsed.table();
        labels = ArffReader.resolveLabels(parsed, options.labels());
      } else {
        table = CsvReader.parse(reader, fileName, delimiter(format, options));
        labels = CsvReader.resolveLabels(table, options.labels());
      }
    } catch (CharacterCodingException e) {
      throw notUtf8(fileName);
    }
    TableAssembler.Assembled a =
        TableAssembler.assemble(table, labels, options.missingValues(), null);
    return new LoadedData(a.dataset(), Optional.empty(), a.warnings(), fileName);
  }

  /**
   * Reads already decoded text, for example a {@link java.io.StringReader}; {@code fileName} gives
   * the format and names the data in messages. Without bytes there is no text check and no
   * progress. The reader is not closed.
   */
  public static LoadedData read(Reader reader, String fileName, ReadOptions options)
      throws IOException, DatasetFormatException {
    Format format = Format.of(fileName);
    if (format == Format.ARFF) {
      return ArffReader.read(reader, fileName, options.labels(), options.missingValues());
    }
    return CsvReader.read(
        reader,
        fileName,
        new CsvOptions(options.labels(), delimiter(format, options), options.missingValues()));
  }

  /**
   * Checks that {@code data} can go through the pipeline: a single file is split into a training
   * and a test part, so it needs at least two rows (a file with one row, or one left after dropping
   * rows with missing values, would leave a part empty). A train/test pair is split already.
   *
   * @throws DatasetFormatException naming the file, when it has too few rows
   */
  public static LoadedData requireSplittable(LoadedData data) throws DatasetFormatException {
    if (data.test().isEmpty() && data.train().rows() < 2) {
      throw DatasetFormatException.ofFile(
          data.source(),
          Text.get("engine.io.tooFewRows", String.valueOf(data.train().rows())),
          Text.get("engine.io.tooFewRows.hint"));
    }
    return data;
  }

  /**
   * Reads a training file and a test file of the same dataset. Labels are worked out from the
   * training file and applied to both.
   */
  public static LoadedData readTrainTest(Path train, Path test, ReadOptions options)
      throws IOException, DatasetFormatException {
    long trainSize = Files.size(train);
    long total = trainSize + Files.size(test);
    Loaded a = load(train, options, 0, total, options.labels());
    Loaded b = load(test, options, trainSize, total, a.labels);
    requireSameColumns(a.table, b.table);
    TableAssembler.Assembled trainSet =
        TableAssembler.assemble(a.table, a.labels, options.missingValues(), null);
    TableAssembler.Assembled testSet =
        TableAssembler.assemble(
            b.table, a.labels, options.missingValues(), trainSet.featureMeans());
    List<String> warnings = new ArrayList<>(trainSet.warnings());
    warnings.addAll(testSet.warnings());
    return new LoadedData(
        trainSet.dataset(),
        Optional.of(testSet.dataset()),
        warnings,
        a.source + " + " + b.table.fileName);
  }

  /** A parsed file, the label choice resolved for it, and a description of where it came from. */
  private record Loaded(RawTable table, LabelSpec labels, String source) {}

  private static Loaded load(
      Path file, ReadOptions options, long offset, long total, LabelSpec labels)
      throws IOException, DatasetFormatException {
    String fileName = file.getFileName().toString();
    long size = Files.size(file);
    TextInput.checkSize(fileName, size, options.maxBytes(), Runtime.getRuntime().maxMemory());
    ReadProgress progress = (read, all) -> options.progress().update(offset + read, total);
    try (InputStream in = Files.newInputStream(file)) {
      Reader reader = TextInput.open(in, fileName, size, progress);
      Format format = Format.of(fileName);
      if (format == Format.ARFF) {
        ArffReader.Parsed parsed = ArffReader.parse(reader, fileName);
        String source = fileName;
        LabelSpec spec = labels;
        if (spec instanceof LabelSpec.Guess) {
          Optional<Path> xml = mulanLabelFile(file);
          if (xml.isPresent()) {
            try (InputStream x = Files.newInputStream(xml.get())) {
              spec = MulanLabels.read(x, xml.get().getFileName().toString());
            }
            source = Text.get("engine.io.labelsFrom", fileName, xml.get().getFileName());
          }
        }
        return new Loaded(parsed.table(), ArffReader.resolveLabels(parsed, spec), source);
      }
      RawTable table = CsvReader.parse(reader, fileName, delimiter(format, options));
      return new Loaded(table, CsvReader.resolveLabels(table, labels), fileName);
    } catch (CharacterCodingException e) {
      throw notUtf8(fileName);
    }
  }

  /** {@code name.xml}, else the name without a -train/-test suffix, beside the ARFF file. */
  static Optional<Path> mulanLabelFile(Path arff) {
    String base = arff.getFileName().toString().replaceFirst("(?i)\\.arff$", "");
    String stem = base.replaceFirst("(?i)[-_.](train|test|training|testing)$", "");
    for (String candidate : List.of(base + ".xml", stem + ".xml")) {
      Path p = arff.resolveSibling(candidate);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static Character delimiter(Format format, ReadOptions options) {
    return options.csvDelimiter() != null || format != Format.TSV
        ? options.csvDelimiter()
        : Character.valueOf('\t');
  }

  private static DatasetFormatException notUtf8(String fileName) {
    return DatasetFormatException.ofFile(
        fileName, Text.get("engine.io.notUtf8"), Text.get("engine.io.notUtf8.hint"));
  }

  private static void requireSameColumns(RawTable train, RawTable test)
      throws DatasetFormatException {
    if (train.columnCount() != test.columnCount()) {
      throw DatasetFormatException.ofFile(
          test.fileName,
          Text.get(
              "engine.io.testMismatch.columnCount",
              train.fileName,
              String.valueOf(train.columnCount()),
              String.valueOf(test.columnCount())),
          Text.get("engine.io.testMismatch.columnCount.hint"));
    }
    for (int c = 0; c < train.columnCount(); c++) {
      RawTable.Column a = train.columns.get(c);
      RawTable.Column b = test.columns.get(c);
      if (!a.name().equals(b.name())) {
        throw DatasetFormatException.ofFile(
            test.fileName,
            Text.get(
                "engine.io.testMismatch.columnName",
                train.fileName,
                String.valueOf(c + 1),
                b.name(),
                a.name()),
            Text.get("engine.io.testMismatch.columnName.hint"));
      }
      if (!a.categories().equals(b.categories())) {
        throw DatasetFormatException.ofFile(
            test.fileName,
            Text.get(
                "engine.io.testMismatch.values",
                train.fileName,
                a.name(),
                "{" + String.join(",", b.categories()) + "}",
                "{" + String.join(",", a.categories()) + "}"),
            Text.get("engine.io.testMismatch.values.hint"));
      }
    }
  }

  private enum Format {
    CSV,
    TSV,
    ARFF;

    static Format of(String fileName) throws DatasetFormatException {
      String lower = fileName.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".arff")) {
        return ARFF;
      }
      if (lower.endsWith(".csv")) {
        return CSV;
      }
      if (lower.endsWith(".tsv")) {
        return TSV;
      }
      int dot = lower.lastIndexOf('.');
      throw DatasetFormatException.ofFile(
          fileName,
          dot < 0 ? Text.get("engine.io.noExtension") : Text.get("engine.io.unknownExtension"),
          Text.get("engine.io.unknownExtension.hint"));
    }
  }
}
