/**
 * The dataset and what is known about it before any choice: {@link mllab.data.Dataset} (features,
 * 0/1 labels, names), {@link mllab.data.DatasetStats} (cardinality, density, frequencies,
 * co-occurrence, label sets) and the seeded {@link mllab.data.DatasetGenerator} that made the
 * bundled lesson. Readers live in {@code data.io}.
 *
 * <p>The bottom of the engine: it may call no other app package but {@code text}.
 */
package mllab.data;
