package news.akhbar.syndication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads a sitemap, checks it against the published schemas (test resources), and returns what it lists. */
final class Sitemaps {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final Schema URLSET = schema("/xsd/sitemap.xsd", "/xsd/sitemap-news.xsd");
    private static final Schema INDEX = schema("/xsd/siteindex.xsd");

    private Sitemaps() {}

    static Document fetch(String path) throws Exception {
        String xml = given().when()
                .get(path)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/xml"))
                .extract()
                .asString();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Schema schema = "sitemapindex".equals(document.getDocumentElement().getLocalName()) ? INDEX : URLSET;
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        return document;
    }

    static List<String> texts(Document document, String namespace, String element) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    // The sitemap and the sitemap index schemas share a namespace, so each is a schema of its own.
    private static Schema schema(String... resources) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            Source[] sources = new Source[resources.length];
            for (int i = 0; i < resources.length; i++) {
                sources[i] = source(resources[i]);
            }
            return factory.newSchema(sources);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Source source(String resource) {
        return new StreamSource(Sitemaps.class.getResource(resource).toExternalForm());
    }
}
