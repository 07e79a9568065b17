package mllab.data.io;

import java.util.List;
import java.util.Objects;
import mllab.text.Text;

/**
 * Which columns of a file are labels. A multi-label file is just a table; only this choice says
 * which columns are the targets the network predicts and which are the features it sees.
 *
 * <p>The conventions found in real data: MULAN lists label names in a separate XML file ({@link
 * Named}); MEKA writes {@code -C 6} (the first 6 attributes) or {@code -C -6} (the last 6) into the
 * relation name; many CSV files simply put the labels last ({@link Last}). {@link Guess} reads the
 * relation name in ARFF, and in CSV takes the trailing run of columns that hold only 0 and 1.
 */
public sealed interface LabelSpec {

  /** Labels chosen by name; the column order of the file is kept. */
  record Named(List<String> names, String source) implements LabelSpec {
    /**
     * @param names the label column names, at least one
     * @param source where the names came from, for messages ("yeast.xml", "your selection")
     */
    public Named {
      names = List.copyOf(names);
      Objects.requireNonNull(source, "source");
      if (names.isEmpty()) {
        throw new IllegalArgumentException(Text.get("engine.io.labels.noneNamed"));
      }
    }
  }

  /** The first {@code count} columns are labels (MEKA's {@code -C count}). */
  record First(int count) implements LabelSpec {
    public First {
      requirePositive(count);
    }
  }

  /** The last {@code count} columns are labels (MULAN's layout, MEKA's {@code -C -count}). */
  record Last(int count) implements LabelSpec {
    public Last {
      requirePositive(count);
    }
  }

  /** Work the labels out from the file itself (see the interface description). */
  record Guess() implements LabelSpec {}

  static Named named(String... names) {
    return new Named(List.of(names), Text.get("engine.io.theLabelList"));
  }

  static First first(int count) {
    return new First(count);
  }

  static Last last(int count) {
    return new Last(count);
  }

  static Guess guess() {
    return new Guess();
  }

  private static void requirePositive(int count) {
    if (count < 1) {
      throw new IllegalArgumentException(
          Text.get("engine.io.labels.badCount", String.valueOf(count)));
    }
  }
}
