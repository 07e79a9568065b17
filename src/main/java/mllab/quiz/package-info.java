/**
 * Questions and progress, without a window: the built-in and instructor banks ({@link
 * mllab.quiz.QuestionBank}, YAML, checked on load with the file and line of each problem), quiz and
 * test sessions, questions generated from the student's own run ({@link
 * mllab.quiz.GeneratedQuestions}, counted through {@code eval}), a student's {@link
 * mllab.quiz.Progress} (kept on disk by {@link mllab.persist.ProgressStore}) and the Moodle XML /
 * GIFT exports.
 *
 * <p>May call {@code eval} and {@code text}. Used by the ui, the CLI and {@code persist}, never the
 * other way round.
 */
package mllab.quiz;
