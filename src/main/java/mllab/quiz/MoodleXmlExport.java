package mllab.quiz;

import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import mllab.text.Text;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes questions in Moodle's XML quiz format, so an instructor can reuse the bank in a Moodle
 * course: choice questions become {@code multichoice} (the correct option scores 100, the others 0
 * with their feedback), numeric ones become {@code numerical} with the tolerance, and the worked
 * solution becomes the general feedback. Texts are Markdown, which Moodle renders.
 *
 * <p>The document is built with the JDK's DOM, so escaping is the XML library's job and the output
 * is well-formed whatever the question texts contain.
 */
public final class MoodleXmlExport {

  private MoodleXmlExport() {}

  /** The {@code <quiz>} document for {@code questions}, one {@code <question>} each. */
  public static String toXml(List<Question> questions) {
    try {
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
      Element quiz = doc.createElement("quiz");
      doc.appendChild(quiz);
      for (Question q : questions) {
        quiz.appendChild(question(doc, q));
      }
      StringWriter out = new StringWriter();
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.transform(new DOMSource(doc), new StreamResult(out));
      return out.toString();
    } catch (ParserConfigurationException | TransformerException e) {
      // The JDK always ships a working DOM and identity transformer.
      throw new IllegalStateException("the JDK's XML support is not available", e);
    }
  }

  private static Element question(Document doc, Question q) {
    boolean choice = q.kind() == QuestionKind.CHOICE;
    Element question = doc.createElement("question");
    question.setAttribute("type", choice ? "multichoice" : "numerical");
    question.appendChild(textElement(doc, "name", q.id(), null));
    question.appendChild(textElement(doc, "questiontext", q.prompt(), "markdown"));
    question.appendChild(textElement(doc, "generalfeedback", solution(q), "markdown"));
    question.appendChild(simple(doc, "defaultgrade", "1"));
    question.appendChild(simple(doc, "penalty", "0.3333333"));
    question.appendChild(simple(doc, "hidden", "0"));
    question.appendChild(simple(doc, "idnumber", q.id()));
    if (choice) {
      question.appendChild(simple(doc, "single", "true"));
      question.appendChild(simple(doc, "shuffleanswers", "true"));
      question.appendChild(simple(doc, "answernumbering", "ABCD"));
      for (int i = 0; i < q.options().size(); i++) {
        boolean right = i == q.answerIndex();
        Element answer = textElement(doc, "answer", q.options().get(i), "markdown");
        answer.setAttribute("fraction", right ? "100" : "0");
        answer.appendChild(
            textElement(
                doc, "feedback", right ? q.finalAnswer() : q.feedback().get(i), "markdown"));
        question.appendChild(answer);
      }
    } else {
      Element answer = textElement(doc, "answer", Question.formatNumber(q.numericAnswer()), null);
      answer.setAttribute("fraction", "100");
      answer.appendChild(simple(doc, "tolerance", Question.formatNumber(q.tolerance())));
      answer.appendChild(textElement(doc, "feedback", q.finalAnswer(), "markdown"));
      question.appendChild(answer);
    }
    Element hint = textElement(doc, "hint", q.hint(), "markdown");
    question.appendChild(hint);
    return question;
  }

  /** The worked solution as Markdown: bold step titles, then the final answer. */
  static String solution(Question q) {
    return q.solution().stream()
            .map(s -> "**" + s.title() + ".** " + s.text())
            .collect(Collectors.joining("\n\n"))
        + "\n\n"
        + Text.get("quiz.export.answer", q.finalAnswer());
  }

  private static Element textElement(Document doc, String name, String text, String format) {
    Element element = doc.createElement(name);
    if (format != null) {
      element.setAttribute("format", format);
    }
    element.appendChild(simple(doc, "text", text));
    return element;
  }

  private static Element simple(Document doc, String name, String text) {
    Element element = doc.createElement(name);
    element.setTextContent(text);
    return element;
  }
}
