/**
 * What the app teaches about each step, read off the live session: the shape cards ({@link
 * mllab.lesson.StepCards}, {@link mllab.lesson.ShapeCard}), the Python panels and the notebook that
 * redoes the session in numpy and scikit-learn ({@link mllab.lesson.PythonNotebook}, built from
 * {@link mllab.lesson.PythonCell}s), the lesson texts ({@link mllab.lesson.LessonText}), the
 * sentence beside each epoch ({@link mllab.lesson.Observation}), the Evaluation step's snapshot
 * with its Python panel ({@link mllab.lesson.EvaluationSnapshot}) and the lesson's scenario, the
 * bundled dataset with every default ({@link mllab.lesson.Lesson}).
 *
 * <p>May call {@code pipeline} and the engine below it ({@code methods}, {@code model}, {@code
 * prep}, {@code split}, {@code eval}, {@code data}) and {@code text}. Calls run one way, lesson →
 * pipeline: the pipeline knows nothing of cards or Python, which is why the Evaluation snapshot,
 * which carries a Python panel, lives here. Used by the ui, the CLI, {@code export} and {@code
 * persist}.
 */
package mllab.lesson;
