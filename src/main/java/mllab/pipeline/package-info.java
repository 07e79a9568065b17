/**
 * The session the app walks through: {@link mllab.pipeline.PipelineSession} holds the dataset,
 * every choice made on it ({@link mllab.pipeline.SessionChoices}) and one result per {@link
 * mllab.pipeline.Step}, invalidated downstream when an upstream choice changes; the thresholds are
 * part of this state ({@link mllab.pipeline.ThresholdState}). Results that grow with the data are
 * computed off the FX thread from immutable copies of the choices ({@link mllab.pipeline.Upstream})
 * and installed only if no choice changed meanwhile.
 *
 * <p>May call the engine ({@code model}, {@code prep}, {@code split}, {@code eval}, {@code data})
 * and {@code text}; never {@code lesson}, {@code persist} or the ui, which call it.
 */
package mllab.pipeline;
