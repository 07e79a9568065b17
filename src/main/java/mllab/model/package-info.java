/**
 * The network and its training: {@link mllab.model.Mlp} (hidden layers, one sigmoid output per
 * label, or softmax for the multi-class contrast), {@link mllab.model.Loss} (binary cross-entropy
 * from logits, with an optional per-label positive weight), the optimisers, and {@link
 * mllab.model.TrainingRun}, which trains one epoch per call and returns an immutable {@link
 * mllab.model.EpochReport}: the step-4 screen draws those reports and nothing else.
 *
 * <p>Engine layer: plain Java, no JavaFX. It may call {@code data}, {@code eval}, {@code
 * capability} (the Vector-API switch, {@link mllab.capability.VectorApi}) and {@code text}; the
 * pipeline, the methods and the CLI call it. {@link mllab.model.Kernels} and {@link
 * mllab.model.VectorKernels} are the two implementations of the inner loops, chosen by size.
 */
package mllab.model;
