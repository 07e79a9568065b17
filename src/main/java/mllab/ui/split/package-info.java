/**
 * Step 3, Split: the proportion bars, the ratio, the seed, random or stratified, and each label's
 * positive rate in the training and test rows.
 *
 * <p>May call {@code ui.common} and {@code ui.chart} and the packages below the ui ({@code
 * pipeline}, {@code lesson}, {@code persist}, {@code quiz}, the engine, {@code text}), but no other
 * screen.
 */
package mllab.ui.split;
