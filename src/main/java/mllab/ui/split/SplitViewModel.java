package mllab.ui.split;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import mllab.lesson.PythonSnippet;
import mllab.lesson.ShapeCard;
import mllab.lesson.StepCards;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.split.Split;
import mllab.split.SplitMethod;
import mllab.text.Text;
import mllab.ui.common.SessionModel;

/** Step 3: the ratio, the seed, random vs stratified, and the per-label rates they give. */
public final class SplitViewModel {

  private final SessionModel session;
  private final DoubleProperty testFraction = new SimpleDoubleProperty();
  private final LongProperty seed = new SimpleLongProperty();
  private final ObjectProperty<SplitMethod> method = new SimpleObjectProperty<>();

  /** Share of the training rows held out for validation; 0 is off. */
  private final DoubleProperty validationFraction = new SimpleDoubleProperty();

  private final ReadOnlyObjectWrapper<Split> split = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ShapeCard> card = new ReadOnlyObjectWrapper<>();
  private final javafx.beans.property.ReadOnlyStringWrapper lesson =
      new javafx.beans.property.ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<PythonSnippet> python = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
  private final StringProperty predefinedNote = new SimpleStringProperty("");
  private boolean refreshing;

  public SplitViewModel(SessionModel session) {
    this.session = session;
    testFraction.addListener((o, a, b) -> apply());
    seed.addListener((o, a, b) -> apply());
    method.addListener((o, a, b) -> apply());
    validationFraction.addListener((o, a, b) -> apply());
    session.onChange(this::refresh);
  }

  private void apply() {
    PipelineSession s = session.session();
    if (refreshing || method.get() == null) {
      return;
    }
    if (method.get() == SplitMethod.PREDEFINED) {
      // The published split stays as it is; a validation part can still come out of its train file.
      applyValidation(s, SplitMethod.PREDEFINED);
      return;
    }
    double f = Math.round(testFraction.get() * 100) / 100.0;
    if (f != s.testFraction() || seed.get() != s.splitSeed() || method.get() != s.splitMethod()) {
      s.setSplit(method.get(), f, seed.get());
    }
    applyValidation(s, method.get());
  }

  /** The validation part follows the split's method (random or stratified). */
  private void applyValidation(PipelineSession s, SplitMethod splitMethod) {
    if (refreshing) {
      return;
    }
    double v = Math.round(validationFraction.get() * 100) / 100.0;
    SplitMethod m = splitMethod == SplitMethod.PREDEFINED ? SplitMethod.RANDOM : splitMethod;
    if (v != s.validationFraction() || (v > 0 && m != s.validationMethod())) {
      s.setValidation(m, v);
    }
  }

  private void refresh() {
    // Training and evaluation changes leave this step's results as they were.
    if (split.get() != null
        && session.lastChangeProperty().get().ordinal() >= Step.TRAINING.ordinal()) {
      return;
    }
    PipelineSession s = session.session();
    refreshing = true;
    try {
      testFraction.set(s.testFraction());
      seed.set(s.splitSeed());
      method.set(s.splitMethod());
      validationFraction.set(s.validationFraction());
      split.set(s.split());
      int testRows = s.split().test().rows();
      predefinedNote.set(
          s.splitMethod() != SplitMethod.PREDEFINED
              ? ""
              : Text.get(
                  "split.thisDatasetCameAs",
                  mllab.text.Decimals.count(s.combined().rows() - testRows),
                  mllab.text.Decimals.count(testRows),
                  String.format(Locale.ROOT, "%.2f", testRows / (double) s.combined().rows())));
      card.set(StepCards.card(s, Step.SPLIT));
      lesson.set(mllab.lesson.LessonText.forStep(s, Step.SPLIT));
      python.set(StepCards.python(s, Step.SPLIT));
      var missing = s.split().labelsWithoutTestPositives();
      warning.set(missing.isEmpty() ? "" : Text.get("split.noTestPositives", names(missing)));
    } finally {
      refreshing = false;
    }
  }

  /** The most label names a warning lists; the rest are counted. */
  static final int NAMES_LISTED = 8;

  /** "a, b, c" or, for many, "a, b, … and 312 more". */
  static String names(java.util.List<String> labels) {
    if (labels.size() <= NAMES_LISTED) {
      return String.join(", ", labels);
    }
    return Text.get(
        "split.namesAndMore",
        String.join(", ", labels.subList(0, NAMES_LISTED)),
        String.valueOf(labels.size() - NAMES_LISTED));
  }

  public DoubleProperty testFractionProperty() {
    return testFraction;
  }

  public LongProperty seedProperty() {
    return seed;
  }

  /** Share of the training rows held out for validation (0.05 to 0.4), 0 for none. */
  public DoubleProperty validationFractionProperty() {
    return validationFraction;
  }

  public ObjectProperty<SplitMethod> methodProperty() {
    return method;
  }

  /**
   * For a dataset that came as train and test files, what the student is told instead of the
   * fraction, seed and method (its own rows and test share); empty otherwise.
   */
  public ReadOnlyStringProperty predefinedNoteProperty() {
    return predefinedNote;
  }

  /** A dataset that came as train and test files keeps its split: the controls are disabled. */
  public BooleanBinding predefined() {
    return Bindings.createBooleanBinding(() -> method.get() == SplitMethod.PREDEFINED, method);
  }

  public ReadOnlyObjectProperty<Split> splitProperty() {
    return split.getReadOnlyProperty();
  }

  /** The step's lesson text, about the data on screen. */
  public javafx.beans.property.ReadOnlyStringProperty lessonProperty() {
    return lesson.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ShapeCard> cardProperty() {
    return card.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<PythonSnippet> pythonProperty() {
    return python.getReadOnlyProperty();
  }

  /** Non-empty when a label has no positive row in the test set. */
  public ReadOnlyStringProperty warningProperty() {
    return warning.getReadOnlyProperty();
  }
}
