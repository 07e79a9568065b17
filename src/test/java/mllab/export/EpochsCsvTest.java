package mllab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import mllab.lesson.Lesson;
import mllab.lesson.Observation;
import mllab.model.EpochReport;
import mllab.model.TrainingConfig;
import mllab.pipeline.PipelineSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EpochsCsvTest {

  private static List<EpochReport> history;
  private static List<String> labels;

  @BeforeAll
  static void trainThreeEpochs() {
    PipelineSession session = Lesson.session();
    session.setTrainingConfig(TrainingConfig.lesson().withEpochs(3));
    history = session.newTrainingRun().runAll(r -> {});
    labels = session.dataset().labelNames();
  }

  private static List<CSVRecord> written() throws IOException {
    StringWriter out = new StringWriter();
    EpochsCsv.write(history, labels, out);
    try (CSVParser parser =
        CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(out.toString()))) {
      return parser.getRecords();
    }
  }

  @Test
  void oneRowPerEpochWithEveryNumberReadingBackExactly() throws IOException {
    // Given the history of a three-epoch lesson run
    // When it is written and parsed back
    List<CSVRecord> rows = written();

    // Then each row holds its epoch's numbers bit for bit, per label too
    assertEquals(3, rows.size());
    for (int e = 0; e < 3; e++) {
      EpochReport r = history.get(e);
      CSVRecord row = rows.get(e);
      assertEquals(r.epoch(), Integer.parseInt(row.get("epoch")));
      assertEquals(r.trainLoss(), Double.parseDouble(row.get("train_loss")), 0);
      assertEquals(r.testLoss(), Double.parseDouble(row.get("test_loss")), 0);
      assertEquals(r.labelAccuracy(), Double.parseDouble(row.get("label_accuracy")), 0);
      assertEquals(r.subsetAccuracy(), Double.parseDouble(row.get("subset_accuracy")), 0);
      assertEquals(r.microF1(), Double.parseDouble(row.get("micro_f1")), 0);
      assertEquals(r.trainLabelAccuracy(), Double.parseDouble(row.get("train_label_accuracy")), 0);
      assertEquals(r.chanceLoss(), Double.parseDouble(row.get("chance_loss")), 0);
      for (int k = 0; k < labels.size(); k++) {
        assertEquals(r.perLabelLoss()[k], Double.parseDouble(row.get("loss_" + labels.get(k))), 0);
        assertEquals(
            r.perLabelAccuracy()[k], Double.parseDouble(row.get("accuracy_" + labels.get(k))), 0);
      }
    }
  }

  @Test
  void eachRowCarriesTheSentenceTheAppShowedAtThatEpoch() throws IOException {
    // Given the same history
    // When written
    List<CSVRecord> rows = written();

    // Then row e's observation reads the history up to e only
    for (int e = 0; e < 3; e++) {
      assertEquals(
          Observation.of(history.subList(0, e + 1)).text(), rows.get(e).get("observation"));
    }
    assertTrue(
        rows.get(0).get("observation").startsWith("first epoch"), rows.get(0).get("observation"));
  }

  @Test
  void emptyHistoryWritesOnlyTheHeader() throws IOException {
    // Given no epochs yet
    StringWriter out = new StringWriter();

    // When written
    EpochsCsv.write(List.of(), List.of("a"), out);

    // Then the file is one header line
    assertEquals(
        "epoch,train_loss,test_loss,label_accuracy,subset_accuracy,micro_f1,"
            + "train_label_accuracy,chance_loss,loss_a,accuracy_a,observation\n",
        out.toString());
  }

  @Test
  void labelNamesOfAnotherDatasetAreRefused() {
    // Given four-label reports and two names
    // When written, then the message names both counts
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> EpochsCsv.write(history, List.of("a", "b"), new StringWriter()));
    assertTrue(e.getMessage().contains("reports 4 labels but 2 label names"), e.getMessage());
  }
}
