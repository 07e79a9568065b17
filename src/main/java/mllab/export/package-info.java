/**
 * Files a student or an instructor takes away: predictions, epochs and metrics as CSV and JSON with
 * scikit-learn's names, and the Python notebook. The app's File menu and the CLI write the same
 * files through {@link mllab.export.Export}, so the numbers agree wherever they are read.
 *
 * <p>May call {@code persist} (its shared JSON mapper), {@code lesson} (the notebook), {@code
 * pipeline}, the engine ({@code model}, {@code prep}, {@code split}, {@code eval}, {@code data})
 * and {@code text}. Used by the ui, the CLI and nothing else.
 */
package mllab.export;
