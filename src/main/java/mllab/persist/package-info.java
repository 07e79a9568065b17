/**
 * What the app keeps on disk between runs: saved sessions ({@link mllab.persist.SessionFile}, read
 * strictly and checked in the file's order, naming the place of the first bad value), the recent
 * files, the last folder, the quiz progress ({@link mllab.persist.ProgressStore}), the file the app
 * was asked to open from outside ({@link mllab.persist.LaunchFile}), and the one shared Jackson
 * mapper ({@link mllab.persist.Json}). Every file is written atomically.
 *
 * <p>May call {@code lesson} (the lesson's defaults and dataset), {@code pipeline}, {@code quiz}
 * (the progress it stores), the engine ({@code model}, {@code prep}, {@code split}, {@code eval},
 * {@code data}) and {@code text}. Used by the ui, the CLI, {@code export} and the entry classes.
 */
package mllab.persist;
