/**
 * Loading the multi-label datasets students and instructors bring: CSV and ARFF (dense or sparse,
 * MULAN or MEKA label conventions), with one clear {@link mllab.data.io.DatasetFormatException} per
 * kind of bad file.
 *
 * <p>Start at {@link mllab.data.io.DatasetReader}. Reading happens in two steps that are kept apart
 * on purpose: a format reader turns text into a table of columns and cells, and one shared
 * assembler decides which columns are labels, checks them, expands nominal features and applies the
 * {@link mllab.data.io.MissingValuePolicy}, so CSV and ARFF follow the same rules.
 *
 * <p>Engine layer: it may call {@code data} and {@code text}.
 */
package mllab.data.io;
