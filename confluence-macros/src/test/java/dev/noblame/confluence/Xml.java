package dev.noblame.confluence;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** Parses storage format (and preview fragments) as XML, with the ac and ri namespaces declared as Confluence does. */
public final class Xml {
    public static final String AC = "http://atlassian.com/content";
    public static final String RI = "http://atlassian.com/resource/identifier";

    private Xml() {
    }

    public static Document parse(String fragment) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            String doc = "<root xmlns:ac=\"" + AC + "\" xmlns:ri=\"" + RI + "\">" + fragment + "</root>";
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(doc)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + fragment, e);
        }
    }

    /** Every element below the root, as prefix:name or name, in document order. */
    public static List<Element> elements(Document d) {
        List<Element> out = new ArrayList<>();
        collect(d.getDocumentElement(), out);
        out.remove(0);
        return out;
    }

    public static List<String> names(Document d) {
        return elements(d).stream().map(Element::getTagName).toList();
    }

    public static List<String> attributeNames(Document d) {
        List<String> out = new ArrayList<>();
        for (Element e : elements(d)) {
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                out.add(attrs.item(i).getNodeName());
            }
        }
        return out;
    }

    private static void collect(Node n, List<Element> out) {
        if (n instanceof Element e) {
            out.add(e);
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            collect(c, out);
        }
    }
}
