/**
 * Min-max scaling, taught as two objects: a {@link mllab.prep.Scaler} is the choice, a {@link
 * mllab.prep.FittedScaler} is that choice fitted on some rows. Fitting on the training rows only
 * and applying the result to every part is the lesson; {@link mllab.prep.ScalerComparison} shows
 * which test values change when the scaler is fitted on all rows instead (the leak).
 *
 * <p>Engine layer: plain Java; it may call {@code data}, {@code split} (the parts it is fitted on
 * and applied to) and {@code text}.
 */
package mllab.prep;
