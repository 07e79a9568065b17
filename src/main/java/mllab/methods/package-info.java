/**
 * The classical multi-label methods, to compare with the network on the same split and scaled
 * features: binary relevance, classifier chain, label powerset and k-nearest neighbours, and the
 * network itself behind the same {@link mllab.methods.MultiLabelMethod} interface. {@link
 * mllab.methods.MethodComparison} fits them one after another and reports progress and cancellation
 * to a listener, so the Compare window and the {@code compare} command share it.
 *
 * <p>Engine layer: it may call {@code data}, {@code prep}, {@code split}, {@code model}, {@code
 * eval} and {@code text}.
 */
package mllab.methods;
