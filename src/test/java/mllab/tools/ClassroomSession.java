package mllab.tools;

import java.nio.file.Path;
import java.util.Optional;
import mllab.lesson.Lesson;
import mllab.persist.SessionFile;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.ui.evaluation.TrainedLesson;

/**
 * Writes the session file docs/classroom.md hands out in its screenshots: the lesson trained for
 * its five epochs, the threshold at 0.6, open on the Evaluation step. Argument: the file.
 */
public final class ClassroomSession {

  private ClassroomSession() {}

  public static void main(String[] args) throws Exception {
    PipelineSession lesson = Lesson.session();
    TrainedLesson.train(lesson);
    SessionFile.save(
        SessionFile.capture(
            lesson,
            SessionFile.ThresholdChoice.global(0.6, lesson.dataset().labelCount()),
            Optional.of(Step.EVALUATION)),
        Path.of(args[0]));
    System.out.println("wrote " + args[0]);
  }
}
