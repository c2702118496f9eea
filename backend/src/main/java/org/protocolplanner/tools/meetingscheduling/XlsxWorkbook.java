package org.protocolplanner.tools.meetingscheduling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.protocolplanner.exchange.MalformedDocumentException;
import org.protocolplanner.shared.web.InputError;
import org.protocolplanner.shared.web.Message;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The cell texts of an Excel workbook ({@code .xlsx}), read with the JDK alone: an xlsx file is a zip
 * of XML parts (ECMA-376): {@code xl/workbook.xml} names the sheets, its relationships part says which
 * worksheet part holds each, and text cells point into {@code xl/sharedStrings.xml}. Only what a data
 * sheet needs is read: no styles, formulas or dates as numbers. One workbook of OptaPlanner's examples
 * is under a megabyte, so the parts are held in memory.
 */
final class XlsxWorkbook {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final Map<String, byte[]> parts;
    private final DocumentBuilder parser;
    private final List<String> sharedStrings;

    private XlsxWorkbook(Map<String, byte[]> parts) {
        this.parts = parts;
        this.parser = newParser();
        this.sharedStrings = parts.containsKey("xl/sharedStrings.xml") ? readSharedStrings() : List.of();
    }

    /** @throws MalformedDocumentException when the stream is not a workbook */
    static XlsxWorkbook read(InputStream in) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        if (!parts.containsKey("xl/workbook.xml")) {
            throw malformed("$", "not an Excel workbook (.xlsx): no xl/workbook.xml");
        }
        return new XlsxWorkbook(parts);
    }

    /**
     * The rows of the named sheet, each a list of cell texts by column (A first), row 1 at index 0; a
     * row or cell the sheet leaves out is empty. Numbers are their stored text ({@code "30"} or
     * {@code "30.0"}).
     */
    List<List<String>> rows(String sheetName) {
        Document sheet = parse(sheetPart(sheetName));
        List<List<String>> rows = new ArrayList<>();
        NodeList rowElements = sheet.getElementsByTagNameNS(MAIN, "row");
        for (int r = 0; r < rowElements.getLength(); r++) {
            Element rowElement = (Element) rowElements.item(r);
            int number =
                    rowElement.hasAttribute("r") ? Integer.parseInt(rowElement.getAttribute("r")) : rows.size() + 1;
            while (rows.size() < number - 1) {
                rows.add(List.of());
            }
            List<String> row = new ArrayList<>();
            NodeList cells = rowElement.getElementsByTagNameNS(MAIN, "c");
            for (int c = 0; c < cells.getLength(); c++) {
                Element cell = (Element) cells.item(c);
                int column = cell.hasAttribute("r") ? columnIndex(cell.getAttribute("r")) : row.size();
                while (row.size() < column) {
                    row.add("");
                }
                row.add(text(cell));
            }
            rows.add(row);
        }
        return rows;
    }

    private String sheetPart(String sheetName) {
        Document workbook = parse("xl/workbook.xml");
        NodeList sheets = workbook.getElementsByTagNameNS(MAIN, "sheet");
        for (int i = 0; i < sheets.getLength(); i++) {
            Element sheet = (Element) sheets.item(i);
            if (sheet.getAttribute("name").equals(sheetName)) {
                return relationshipTarget(sheet.getAttributeNS(RELATIONSHIPS, "id"));
            }
        }
        throw malformed("$", "the workbook has no sheet named " + sheetName);
    }

    private String relationshipTarget(String id) {
        NodeList relationships =
                parse("xl/_rels/workbook.xml.rels").getElementsByTagNameNS(PACKAGE_RELATIONSHIPS, "Relationship");
        for (int i = 0; i < relationships.getLength(); i++) {
            Element relationship = (Element) relationships.item(i);
            if (relationship.getAttribute("Id").equals(id)) {
                String target = relationship.getAttribute("Target");
                // Targets are relative to xl/ unless absolute within the package.
                return target.startsWith("/") ? target.substring(1) : "xl/" + target;
            }
        }
        throw malformed("$", "the workbook names a sheet part " + id + " that it does not hold");
    }

    private String text(Element cell) {
        String type = cell.getAttribute("t");
        if (type.equals("inlineStr")) {
            return joinedText(cell);
        }
        NodeList values = cell.getElementsByTagNameNS(MAIN, "v");
        String value = values.getLength() == 0 ? "" : values.item(0).getTextContent();
        if (type.equals("s")) {
            int index = Integer.parseInt(value.trim());
            if (index < 0 || index >= sharedStrings.size()) {
                throw malformed(
                        cell.getAttribute("r"),
                        "the cell points to shared string " + index + ", which the workbook does not hold");
            }
            return sharedStrings.get(index);
        }
        return value;
    }

    private List<String> readSharedStrings() {
        NodeList items = parse("xl/sharedStrings.xml").getElementsByTagNameNS(MAIN, "si");
        List<String> strings = new ArrayList<>(items.getLength());
        for (int i = 0; i < items.getLength(); i++) {
            strings.add(joinedText((Element) items.item(i)));
        }
        return strings;
    }

    /** The text runs of a string item or inline string, without its phonetic guide ({@code rPh}). */
    private static String joinedText(Element item) {
        StringBuilder text = new StringBuilder();
        NodeList runs = item.getElementsByTagNameNS(MAIN, "t");
        for (int i = 0; i < runs.getLength(); i++) {
            Node run = runs.item(i);
            if (!"rPh".equals(run.getParentNode().getLocalName())) {
                text.append(run.getTextContent());
            }
        }
        return text.toString();
    }

    /** {@code "C12"} is column 2 (A is 0). */
    private static int columnIndex(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    private Document parse(String partName) {
        byte[] part = parts.get(partName);
        if (part == null) {
            throw malformed("$", "the workbook lacks its part " + partName);
        }
        try {
            return parser.parse(new ByteArrayInputStream(part));
        } catch (SAXException | IOException e) {
            throw malformed("$", "the workbook part " + partName + " is not XML: " + e.getMessage());
        }
    }

    /** Namespace-aware, and closed to document type declarations: a workbook has none, and they are the XXE door. */
    private static DocumentBuilder newParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses a standard feature", e);
        }
    }

    static MalformedDocumentException malformed(String path, String message) {
        return new MalformedDocumentException(List.of(new InputError(path, Message.worded(message))));
    }
}
