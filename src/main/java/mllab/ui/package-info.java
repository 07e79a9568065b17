/**
 * The window: the only package that imports JavaFX or JFreeChart. One package per screen ({@code
 * rawdata}, {@code preprocessing}, {@code split}, {@code training}, {@code evaluation}, {@code
 * trace}, {@code quiz}, {@code compare}, and {@code dataset} and {@code tour} for the dialogs and
 * the guided tour), each with a view that builds nodes and binds, and a view model that holds the
 * state; screen packages do not import each other. {@code shell} assembles them, {@code common}
 * holds what all share ({@link mllab.ui.common.SessionModel}, the background runner, styles),
 * {@code chart} the chart factories.
 *
 * <p>Nothing that grows with the data runs on the FX thread: view models ask the pipeline for
 * immutable results computed on a worker and publish them as properties.
 *
 * <p>May call every package below it ({@code export}, {@code persist}, {@code lesson}, {@code
 * pipeline}, {@code quiz}, the engine, {@code text}), never the CLI or the entry classes. Work
 * reaches the FX thread only through {@link mllab.ui.common.FxBackgroundRunner}.
 */
package mllab.ui;
