package mllab.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportTest {

  private final QuestionBank bank = QuestionBank.builtIn();

  @Test
  void moodleXmlIsValidXmlWithOneQuestionElementPerQuestion() throws Exception {
    // Given the whole built-in bank (Markdown with <, &, backticks, tables)
    List<Question> questions = bank.questions();
    // When it is exported and parsed back with the JDK parser
    String xml = MoodleXmlExport.toXml(questions);
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    // Then the root is <quiz> with one <question> per question
    assertEquals("quiz", doc.getDocumentElement().getTagName());
    NodeList list = doc.getElementsByTagName("question");
    assertEquals(questions.size(), list.getLength());
    // and a multichoice question scores its correct option 100 and the others 0 with feedback
    Element first = (Element) list.item(0);
    assertEquals("multichoice", first.getAttribute("type"));
    NodeList answers = first.getElementsByTagName("answer");
    Question q = questions.get(0);
    assertEquals(q.options().size(), answers.getLength());
    for (int i = 0; i < answers.getLength(); i++) {
      Element a = (Element) answers.item(i);
      assertEquals(i == q.answerIndex() ? "100" : "0", a.getAttribute("fraction"));
      String feedback = a.getElementsByTagName("feedback").item(0).getTextContent().strip();
      assertEquals(i == q.answerIndex() ? q.finalAnswer() : q.feedback().get(i), feedback);
    }
    // and the general feedback is the worked solution
    String general = first.getElementsByTagName("generalfeedback").item(0).getTextContent();
    assertTrue(general.contains(q.solution().get(0).title()), general);
  }

  @Test
  void moodleXmlExportsNumericQuestionsWithTheirTolerance() throws Exception {
    // Given the numeric Hamming loss question
    Question q = bank.byId("practice-hamming-loss-by-hand").orElseThrow();
    // When exported
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(
                new ByteArrayInputStream(
                    MoodleXmlExport.toXml(List.of(q)).getBytes(StandardCharsets.UTF_8)));
    // Then it is a numerical question accepting 0.3333 ± 0.005
    Element question = (Element) doc.getElementsByTagName("question").item(0);
    assertEquals("numerical", question.getAttribute("type"));
    assertEquals("0.005", question.getElementsByTagName("tolerance").item(0).getTextContent());
  }

  @Test
  void giftEscapesItsSpecialCharacters() {
    // Given a question whose texts use every GIFT special character
    Question q =
        Question.choice(
            "odd:id",
            Difficulty.EASY,
            QuestionStep.EVALUATION,
            QuestionSet.PRACTICE,
            "Is {a} = ~b # c: d?\nSecond line",
            List.of("x = 1", "y ~ 2"),
            0,
            List.of("", "not {this}"),
            "hint",
            List.of(new SolutionStep("Step: one", "1 # 2")),
            "x = 1",
            "check",
            List.of("m1", "m2"));
    // When it is written as GIFT
    String gift = GiftExport.question(q);
    // Then each special character in a text is backslash-escaped and the line break is \n
    assertTrue(
        gift.startsWith("::odd\\:id::[markdown]Is \\{a\\} \\= \\~b \\# c\\: d?\\nSecond line {"),
        gift);
    assertTrue(gift.contains("\n\t=x \\= 1#x \\= 1"), gift);
    assertTrue(gift.contains("\n\t~y \\~ 2#not \\{this\\}"), gift);
    assertTrue(gift.contains("####**Step\\: one.** 1 \\# 2"), gift);
    // and the only unescaped braces are the answer block's own
    assertEquals(1, gift.replace("\\{", "").chars().filter(c -> c == '{').count());
  }

  @Test
  void giftWritesNumericAnswersWithTolerance() {
    // Given the numeric Hamming loss question
    Question q = bank.byId("practice-hamming-loss-by-hand").orElseThrow();
    // Then GIFT marks it numerical and gives answer:tolerance
    assertTrue(GiftExport.question(q).contains("{#\n\t=%100%0.3333:0.005#"));
  }

  @Test
  void giftSeparatesQuestionsByExactlyOneBlankLine() {
    // Given the bank's prompts, which contain blank lines inside code blocks
    String gift = GiftExport.toGift(bank.questions());
    // Then the only blank lines are between questions
    assertEquals(bank.questions().size(), gift.split("\n\n", -1).length - 1);
  }
}
