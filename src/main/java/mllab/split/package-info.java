/**
 * Dividing rows into training, validation and test parts: random, or iterative stratification
 * (Sechidis et al. 2011), which keeps each label's positive rate close in every part. A {@link
 * mllab.split.Split} is immutable and remembers which original rows went where, so the trace and
 * the predictions table can name a row by its number in the file.
 *
 * <p>Engine layer: plain Java; it may call {@code data} and {@code text}.
 */
package mllab.split;
