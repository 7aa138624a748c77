package com.streetgov.ui.api.georeport;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@link GeoReport}'s records as GeoReport v2 XML with the JDK's own StAX writer (escaping is
 * the writer's): a record's components become child elements of the same names, a list component
 * repeats its entries under the singular name ({@code <attributes><attribute>…}, {@code
 * <values><value>…}), null components are left out. Characters XML 1.0 cannot carry become U+FFFD.
 */
final class XmlWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private XmlWriter() {}

    /** {@code body} (a record or a list of records) as a UTF-8 document under {@code <root>}. */
    static byte[] write(String root, String item, Object body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement(root);
            if (body instanceof List<?> list) {
                for (Object entry : list) {
                    element(xml, item, entry);
                }
            } else {
                children(xml, (Record) body);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("GeoReport XML not written", e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof Record record) {
            children(xml, record);
        } else if (value instanceof List<?> list) {
            String entry = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
            for (Object v : list) {
                element(xml, entry, v);
            }
        } else {
            xml.writeCharacters(text(String.valueOf(value)));
        }
        xml.writeEndElement();
    }

    private static void children(XMLStreamWriter xml, Record record) throws XMLStreamException {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            element(xml, c.getName(), value);
        }
    }

    /** {@code s} with every character XML 1.0 forbids (controls, lone surrogates) replaced. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || Character.isSurrogate(c)
                    || c == 0xFFFE
                    || c == 0xFFFF) {
                b.append('\uFFFD');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
