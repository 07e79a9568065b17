package mllab.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import mllab.eval.MetricReport;
import mllab.eval.Thresholds;
import mllab.pipeline.PipelineSession;
import mllab.split.Split;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Binary relevance against scikit-learn's {@code MultiOutputClassifier(LogisticRegression(C=1))} on
 * the published splits, min-max scaled on the training file, threshold 0.5 (reference numbers in
 * the shared datasets README; src/test/python/compare_methods.py reproduces them). The objective is
 * convex, so a solver that converges must land on the same weights: the bar is 0.01 of Hamming
 * loss. Skipped without the datasets.
 */
class MethodsQualityTest {

  @ParameterizedTest(name = "{0}: Hamming {1}, micro-F1 {2}")
  @CsvSource({"emotions, 0.2178, 0.610", "yeast, 0.2003, 0.633"})
  void binaryRelevanceMatchesScikitLearn(String name, double hamming, double microF1)
      throws Exception {
    // Given the published split, scaled on its training file
    PipelineSession session = PublishedSplits.session(name);
    Split split = session.scaledSplit();

    // When binary relevance (C = 1) is fitted and its test rows decided at 0.5
    MethodResult br =
        MethodComparison.run(List.of(new BinaryRelevance(1.0)), split, (i, n, k, f) -> {}).get(0);
    MetricReport report =
        MetricReport.of(br.test(), Thresholds.global(0.5, split.labelNames().size()));

    // Then its Hamming loss and micro-F1 are scikit-learn's
    assertEquals(hamming, report.hammingLoss(), 0.01, "Hamming loss");
    assertEquals(microF1, report.microF1(), 0.01, "micro-F1");
  }
}
