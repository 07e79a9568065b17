package mllab.lesson;

import java.util.Locale;
import mllab.eval.MetricReport;
import mllab.methods.MethodKind;
import mllab.pipeline.Step;
import mllab.text.Text;

/**
 * The scikit-learn (or Keras) equivalent of each compared method, fitted on the same scaled {@code
 * X_train} and decided at the same threshold, with the numbers that code prints for the app's own
 * run. {@code src/test/python/compare_methods.py} runs the same code on the benchmark sets and
 * matches the app to the third decimal.
 */
public final class MethodSnippets {

  private MethodSnippets() {}

  /**
   * @param report the method's metrics on the test rows, or null before the comparison ran
   * @param threshold the threshold the report was computed at
   */
  public static PythonSnippet python(MethodKind kind, MetricReport report, double threshold) {
    String t = String.format(Locale.ROOT, "%.2f", threshold);
    String fit = fit(kind);
    String code =
        fit
            + "\n"
            + "Y_pred = (P >= "
            + t
            + ").astype(int)\n"
            + "print(hamming_loss(Y_test, Y_pred), f1_score(Y_test, Y_pred, average=\"micro\"))";
    // The app's own numbers: scikit-learn prints these to the fourth decimal for the classical
    // methods; the network's cell starts from its own random weights, so its numbers differ.
    String numbers =
        report == null
            ? ""
            : String.format(Locale.ROOT, "%.4f %.4f", report.hammingLoss(), report.microF1());
    PythonCell cell =
        report == null
            ? PythonCell.differing(Step.EVALUATION, code, Text.get("compare.python.notRun"), "")
            : kind == MethodKind.MLP
                ? PythonCell.differing(
                    Step.EVALUATION,
                    code,
                    Text.get("compare.python.networkDiffers", numbers),
                    "tensorflow")
                : PythonCell.printing(Step.EVALUATION, code, numbers);
    return new PythonSnippet(java.util.List.of(cell));
  }

  /** The code that fits {@code kind} on X_train and leaves the test rows' probabilities in P. */
  private static String fit(MethodKind kind) {
    return switch (kind) {
      case MLP ->
          """
          from tensorflow import keras
          model = keras.Sequential([keras.layers.Dense(16, activation="relu"),
                                    keras.layers.Dense(n_labels, activation="sigmoid")])
          model.compile(optimizer="sgd", loss="binary_crossentropy")
          model.fit(X_train, Y_train, epochs=5, batch_size=32)
          P = model.predict(X_test)""";
      case BR ->
          """
          from sklearn.linear_model import LogisticRegression
          from sklearn.multioutput import MultiOutputClassifier
          br = MultiOutputClassifier(LogisticRegression(C=1.0)).fit(X_train, Y_train)
          P = np.column_stack([p[:, 1] for p in br.predict_proba(X_test)])""";
      case CC ->
          """
          from sklearn.linear_model import LogisticRegression
          from sklearn.multioutput import ClassifierChain
          cc = ClassifierChain(LogisticRegression(C=1.0), order=order).fit(X_train, Y_train)
          P = cc.predict_proba(X_test)   # later links read earlier *predicted* labels""";
      case LP ->
          """
          from sklearn.linear_model import LogisticRegression
          sets, y_class = np.unique(Y_train, axis=0, return_inverse=True)  # one class per label set
          lp = LogisticRegression(C=1.0).fit(X_train, y_class.ravel())
          P = lp.predict_proba(X_test) @ sets   # P(label) = sum over the sets that contain it
          unseen = sum(not (sets == row).all(1).any() for row in Y_test)""";
      case KNN ->
          """
          from sklearn.neighbors import KNeighborsClassifier
          knn = KNeighborsClassifier(n_neighbors=10).fit(X_train, Y_train)
          P = np.column_stack([p[:, 1] for p in knn.predict_proba(X_test)])  # vote share""";
    };
  }
}
