package mllab.quiz;

import java.util.List;

/**
 * Writes questions in Moodle's GIFT text format: {@code ::id::[markdown]prompt{=right#feedback
 * ~wrong#feedback ####general feedback}}, numeric questions as {@code {#=%100%answer:tolerance}}.
 *
 * <p>GIFT gives the characters {@code ~ = # { } :} meaning, so in texts each is escaped with a
 * backslash (and the backslash itself doubled). A blank line ends a question in GIFT, so line
 * breaks inside a text are written as the escape {@code \n}.
 */
public final class GiftExport {

  private GiftExport() {}

  /** All {@code questions}, separated by blank lines. */
  public static String toGift(List<Question> questions) {
    StringBuilder out = new StringBuilder();
    for (Question q : questions) {
      out.append(question(q)).append("\n\n");
    }
    return out.toString();
  }

  /** One question in GIFT. */
  public static String question(Question q) {
    StringBuilder out = new StringBuilder();
    out.append("::")
        .append(escape(q.id()))
        .append("::[markdown]")
        .append(escape(q.prompt()))
        .append(" {");
    if (q.kind() == QuestionKind.CHOICE) {
      for (int i = 0; i < q.options().size(); i++) {
        boolean right = i == q.answerIndex();
        out.append("\n\t")
            .append(right ? '=' : '~')
            .append(escape(q.options().get(i)))
            .append('#')
            .append(escape(right ? q.finalAnswer() : q.feedback().get(i)));
      }
    } else {
      // '#' right after the opening brace marks a numerical answer in GIFT.
      out.append("#\n\t=%100%")
          .append(Question.formatNumber(q.numericAnswer()))
          .append(':')
          .append(Question.formatNumber(q.tolerance()))
          .append('#')
          .append(escape(q.finalAnswer()));
    }
    out.append("\n\t####").append(escape(MoodleXmlExport.solution(q))).append("\n}");
    return out.toString();
  }

  /** Escapes GIFT's special characters and line breaks in a text. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
        case '\n' -> out.append("\\n");
        case '\r' -> {}
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
