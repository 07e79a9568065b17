/**
 * Step 5, Evaluation: the threshold slider (global or per label), every metric, the per-label
 * confusion matrices and tiles, the virtualized predictions table and the threshold sweep. Moving a
 * threshold re-reads the stored probabilities and never retrains.
 *
 * <p>May call {@code ui.common} and {@code ui.chart} and the packages below the ui ({@code
 * pipeline}, {@code lesson}, {@code persist}, {@code quiz}, the engine, {@code text}), and the two
 * parts of this screen kept in packages of their own, {@code ui.trace} (one of its tabs) and {@code
 * ui.compare} (the window it opens); no other screen.
 */
package mllab.ui.evaluation;
