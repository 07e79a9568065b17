/**
 * The classical multi-label methods, to compare with the network on the same split and scaled
 * features: binary relevance, classifier chain, label powerset and k-nearest neighbours, and the
 * network itself behind the same {@link mllab.methods.MultiLabelMethod} interface. {@link
 * mllab.methods.MethodComparison} fits them one after another and reports progress and
 * cancellation to a listener, so the Compare window and the {@code compare} command share it.
 *
 * <p>Engine layer: depends on {@code data}, {@code split}, {@code model} and {@code eval}.
 */
package mllab.methods;
