package mllab.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import mllab.text.Text;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a MULAN label file, which names the label attributes of the ARFF files beside it:
 *
 * <pre>{@code
 * <labels xmlns="http://mulan.sourceforge.net/labels">
 *   <label name="amazed-suprised"></label>
 *   ...
 * </labels>
 * }</pre>
 *
 * <p>Labels are matched to attributes by name, never by position: yeast.xml lists its labels in a
 * different order than yeast's ARFF files. (MULAN also allows nested labels for hierarchies; every
 * {@code label} element is read, so a hierarchy is flattened to its label set.)
 */
public final class MulanLabels {

  private MulanLabels() {}

  /**
   * @param in the XML; not closed here
   * @param fileName the XML file's name, for messages and as the names' source
   */
  public static LabelSpec.Named read(InputStream in, String fileName)
      throws IOException, DatasetFormatException {
    Document doc;
    try {
      doc = safeBuilder().parse(in);
    } catch (SAXParseException e) {
      throw new DatasetFormatException(
          fileName,
          Math.max(e.getLineNumber(), 0),
          null,
          Text.get("engine.io.mulan.badXml", e.getMessage().replaceFirst("\\.+$", "")),
          Text.get("engine.io.mulan.hint"));
    } catch (SAXException e) {
      throw DatasetFormatException.ofFile(
          fileName, Text.get("engine.io.mulan.badXmlFile", e.getMessage()), null);
    }
    Element root = doc.getDocumentElement();
    if (!"labels".equals(localName(root))) {
      throw DatasetFormatException.ofFile(
          fileName,
          Text.get("engine.io.mulan.wrongRoot", localName(root)),
          Text.get("engine.io.mulan.hint"));
    }
    NodeList nodes = root.getElementsByTagNameNS("*", "label");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      String name = ((Element) nodes.item(i)).getAttribute("name");
      if (name.isEmpty()) {
        throw DatasetFormatException.ofFile(
            fileName,
            Text.get("engine.io.mulan.unnamedLabel", String.valueOf(i + 1)),
            Text.get("engine.io.mulan.unnamedLabel.hint"));
      }
      if (names.contains(name)) {
        throw DatasetFormatException.ofFile(
            fileName,
            Text.get("engine.io.mulan.duplicateLabel", name),
            Text.get("engine.io.mulan.duplicateLabel.hint"));
      }
      names.add(name);
    }
    if (names.isEmpty()) {
      throw DatasetFormatException.ofFile(
          fileName,
          Text.get("engine.io.mulan.noLabels"),
          Text.get("engine.io.mulan.noLabels.hint"));
    }
    return new LabelSpec.Named(names, fileName);
  }

  private static String localName(Element e) {
    return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
  }

  /** A parser that refuses DTDs and external entities, so a label file cannot read other files. */
  private static DocumentBuilder safeBuilder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder builder = f.newDocumentBuilder();
      // The default handler prints parse errors to stderr before throwing; the exception suffices.
      builder.setErrorHandler(null);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
    }
  }
}
