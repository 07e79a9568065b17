/**
 * One test row followed through the trained network, layer by layer: the scaled inputs (editable),
 * the hidden activations, the output logits with their probabilities and the decisions at the
 * thresholds in force. A tab of step 5.
 *
 * <p>May call {@code ui.common} and {@code ui.chart} and the packages below the ui ({@code
 * pipeline}, {@code lesson}, {@code persist}, {@code quiz}, the engine, {@code text}), but no
 * screen.
 */
package mllab.ui.trace;
