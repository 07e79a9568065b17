/**
 * What the JVM the app runs on can do, decided once: {@link mllab.capability.VectorApi} says
 * whether the incubating Vector API is there and not turned off, for the training kernels in {@code
 * model} and the threshold decisions in {@code eval}.
 *
 * <p>The bottom of the app, beside {@code text}: it calls no other app package.
 */
package mllab.capability;
