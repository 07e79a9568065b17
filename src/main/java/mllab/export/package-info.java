/**
 * Files a student or an instructor takes away: predictions, epochs and metrics as CSV and JSON
 * with scikit-learn's names, and the Python notebook. The app's File menu and the CLI write
 * the same files through {@link mllab.export.Export}, so the numbers agree wherever they are read.
 */
package mllab.export;
