package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Open311 GeoReport v2 as a third-party client drives it, every method in XML and in JSON: discovery,
 * the services and a service's definition, posting (with the spec's optional parameters), reading one
 * request, the list and its filters, tokens and the rating extension; XML parsed with the JDK's DOM
 * parser, JSON with JSON-P, and both formats must say the same. Errors — 400, 403, 404, 405, 415 and an
 * unknown path or suffix — must be the spec's error list in the format asked for. About 50 calls, so
 * the per-address limit of the shared stack is not drained for the tests after it.
 */
@ExtendWith(StackExtension.class)
class Open311ConformanceIT {

    static final String V2 = "/api/open311/v2/";
    static final String KEY = "demo-open311-xicheng";
    static final String SERVICE = "XC-MS-004";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    final RunningStack stack;

    Open311ConformanceIT(RunningStack stack) {
        this.stack = stack;
    }

    @Test
    void discovery_services_and_definitions_say_the_same_in_xml_and_json() throws Exception {
        HttpResponse<String> json = get("discovery.json");
        HttpResponse<String> xml = get("discovery.xml");
        assertEquals(200, json.statusCode(), json.body());
        assertEquals(200, xml.statusCode(), xml.body());
        assertTrue(xml.headers().firstValue("content-type").orElse("").startsWith("text/xml"));
        assertTrue(json.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        Element discovery = root(xml, "discovery");
        JsonObject jsonDiscovery = (JsonObject) parse(json);
        assertEquals(jsonDiscovery.getString("changeset"), text(discovery, "changeset"));
        Element endpoint = child(child(discovery, "endpoints"), "endpoint");
        assertEquals("http://wiki.open311.org/GeoReport_v2", text(endpoint, "specification"));
        assertTrue(text(endpoint, "url").endsWith("/api/open311/v2"), text(endpoint, "url"));
        assertEquals(List.of("text/xml", "application/json"), texts(child(endpoint, "formats"), "format"));
        assertEquals(
                flat(jsonDiscovery.getJsonArray("endpoints").getJsonObject(0), "formats"), flat(endpoint, "formats"));

        HttpResponse<String> servicesJson = get("services.json?jurisdiction_id=xicheng");
        HttpResponse<String> servicesXml = get("services.xml?jurisdiction_id=xicheng");
        List<Map<String, String>> services = rows(root(servicesXml, "services"), "service");
        assertEquals(rows((JsonArray) parse(servicesJson)), services, "the same services in both formats");
        assertEquals(122, services.size());
        Map<String, String> lamp = services.stream()
                .filter(s -> s.get("service_code").equals(SERVICE))
                .findFirst()
                .orElseThrow();
        assertEquals("true", lamp.get("metadata"), "a service with a definition says so");
        assertEquals("realtime", lamp.get("type"));

        HttpResponse<String> definitionJson = get("services/" + SERVICE + ".json?jurisdiction_id=xicheng");
        HttpResponse<String> definitionXml = get("services/" + SERVICE + ".xml?jurisdiction_id=xicheng");
        assertEquals(200, definitionXml.statusCode(), definitionXml.body());
        Element definition = root(definitionXml, "service_definition");
        assertEquals(SERVICE, text(definition, "service_code"));
        Element street = child(child(definition, "attributes"), "attribute");
        assertEquals("street", text(street, "code"));
        assertEquals("singlevaluelist", text(street, "datatype"));
        assertEquals("true", text(street, "variable"));
        assertEquals("1", text(street, "order"));
        for (String member : List.of("required", "datatype_description", "description")) {
            assertFalse(text(street, member).isEmpty(), member);
        }
        List<Map<String, String>> values = rows(child(street, "values"), "value");
        assertTrue(values.stream().anyMatch(v -> v.get("key").equals("street-2")), values.toString());
        JsonObject jsonStreet =
                ((JsonObject) parse(definitionJson)).getJsonArray("attributes").getJsonObject(0);
        assertEquals(values, rows(jsonStreet.getJsonArray("values")));
        assertEquals(flat(jsonStreet, "values"), flat(street, "values"), "the same attribute in both formats");
    }

    @Test
    void a_client_posts_reads_and_lists_in_both_formats_and_the_filters_filter() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String xmlText = "井盖松动 " + mark + " X";
        String jsonText = "井盖松动 " + mark + " J";
        HttpResponse<String> postedXml = post(
                "requests.xml",
                form(xmlText)
                        + "&lat=39.91&long=116.36&email=a%40example.org&device_id=d1&account_id=a1"
                        + "&media_url=" + enc("https://example.org/1.jpg"));
        assertEquals(201, postedXml.statusCode(), postedXml.body());
        Element created = child(root(postedXml, "service_requests"), "request");
        String xmlId = text(created, "service_request_id");
        assertTrue(xmlId.startsWith("o311_"), xmlId);
        assertFalse(text(created, "service_notice").isEmpty());
        HttpResponse<String> postedJson = post("requests.json", form(jsonText));
        assertEquals(201, postedJson.statusCode(), postedJson.body());
        String jsonId = ((JsonArray) parse(postedJson)).getJsonObject(0).getString("service_request_id");

        HttpResponse<String> oneXml = get("requests/" + xmlId + ".xml?jurisdiction_id=xicheng");
        HttpResponse<String> oneJson = get("requests/" + xmlId + ".json?jurisdiction_id=xicheng");
        List<Map<String, String>> one = rows(root(oneXml, "service_requests"), "request");
        assertEquals(rows((JsonArray) parse(oneJson)), one, "one request, the same in both formats");
        assertEquals(xmlId, one.get(0).get("service_request_id"));
        assertEquals(xmlText, one.get(0).get("description"));
        assertEquals("open", one.get(0).get("status"));
        assertEquals(SERVICE, one.get(0).get("service_code"));
        assertTrue(one.get(0).get("requested_datetime").matches("\\d{4}-\\d\\d-\\d\\dT.*\\+08:00"), one.toString());

        String ids = "requests.%s?jurisdiction_id=xicheng&api_key=" + KEY + "&service_request_id=" + xmlId + ","
                + jsonId + ",o311_unknown";
        List<Map<String, String>> named = rows(root(get(ids.formatted("xml")), "service_requests"), "request");
        assertEquals(rows((JsonArray) parse(get(ids.formatted("json")))), named, "the list, the same in both");
        assertEquals(
                List.of(xmlId, jsonId),
                named.stream().map(r -> r.get("service_request_id")).toList(),
                "listed by the ids given; an unknown id is left out");

        String list = "requests.%s?jurisdiction_id=xicheng&api_key=" + KEY;
        String byCode = list + "&service_code=" + SERVICE + "&status=open";
        List<Map<String, String>> coded = rows(root(get(byCode.formatted("xml")), "service_requests"), "request");
        assertEquals(rows((JsonArray) parse(get(byCode.formatted("json")))), coded);
        assertTrue(has(coded, xmlText) && has(coded, jsonText), "found by service_code and status");
        assertTrue(coded.stream().allMatch(r -> r.get("service_code").equals(SERVICE)), "only that service");
        assertTrue(coded.stream().allMatch(r -> r.get("status").equals("open")), "only open ones");

        assertFalse(has(listJson(list + "&status=closed"), xmlText), "a closed filter leaves an open request out");
        String other = rows((JsonArray) parse(get("services.json?jurisdiction_id=xicheng"))).stream()
                .map(s -> s.get("service_code"))
                .filter(c -> !c.equals(SERVICE))
                .findFirst()
                .orElseThrow();
        assertFalse(has(listJson(list + "&service_code=" + other), xmlText), "another service's filter");
        assertFalse(
                has(listJson(list + "&start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00%2B08:00"), xmlText),
                "a window in the past leaves today's request out");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        List<Map<String, String>> window =
                listJson(list + "&start_date=" + now.minusDays(1) + "&end_date=" + now.plusDays(1));
        assertTrue(has(window, xmlText) && has(window, jsonText), "a window around now finds both");
        assertTrue(has(listJson(list), xmlText), "the default window (the last 90 days) holds today");

        HttpResponse<String> tokenXml = get("tokens/abc.xml?jurisdiction_id=xicheng");
        assertError(tokenXml, 404);
        assertError(get("tokens/abc.json?jurisdiction_id=xicheng"), 404);

        String rating = "requests/" + xmlId + "/rating.%s";
        HttpResponse<String> early = post(rating.formatted("xml"), "jurisdiction_id=xicheng&rating=SATISFIED");
        assertError(early, 422);
        assertEquals(
                errors(early),
                errors(post(rating.formatted("json"), "jurisdiction_id=xicheng&rating=SATISFIED")),
                "no rating before an answer, the same in both formats");
    }

    @Test
    void every_failure_is_the_spec_error_list_in_the_format_asked_for() throws Exception {
        for (String f : List.of("xml", "json")) {
            assertError(post("requests." + f, form("缺少服务").replace("service_code=" + SERVICE, "")), 400);
            assertError(get("requests." + f + "?jurisdiction_id=xicheng&api_key=" + KEY + "&start_date=soon"), 400);
            assertError(get("requests." + f + "?jurisdiction_id=xicheng"), 403);
            assertError(get("requests." + f + "?jurisdiction_id=xicheng&api_key=demo-open311-luohu"), 403);
            assertError(post("requests." + f, form("钥匙不对").replace(KEY, "wrong")), 403);
            assertError(get("requests/20990101-999999." + f + "?jurisdiction_id=xicheng"), 404);
            assertError(get("services/NO-SUCH." + f + "?jurisdiction_id=xicheng"), 404);
            assertError(get("services." + f + "?jurisdiction_id=nowhere"), 404);
            assertError(get("nothing." + f), 404);
            HttpResponse<String> deleted = send("DELETE", "requests/20990101-999999." + f, null, null);
            assertError(deleted, 405);
            assertTrue(deleted.headers().firstValue("allow").isPresent(), "405 names the methods allowed");
            assertError(send("POST", "requests." + f, "application/json", "{}"), 415);
        }
        assertEquals(
                errors(get("requests.xml?jurisdiction_id=xicheng")),
                errors(get("requests.json?jurisdiction_id=xicheng")),
                "the same error in both formats");
        HttpResponse<String> suffix = get("services.csv?jurisdiction_id=xicheng");
        assertError(suffix, 404); // an unknown suffix: the error list in JSON
        HttpResponse<String> accept =
                send("GET", "services.xml?jurisdiction_id=xicheng", null, null, "Accept", "application/json");
        assertError(accept, 406);
    }

    // --- the client's side ---

    String form(String description) {
        return "jurisdiction_id=xicheng&api_key=" + KEY + "&service_code=" + SERVICE + "&description="
                + enc(description) + "&attribute%5Bstreet%5D=street-2";
    }

    HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    HttpResponse<String> post(String path, String form) throws Exception {
        return send("POST", path, "application/x-www-form-urlencoded", form);
    }

    HttpResponse<String> send(String method, String path, String type, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.appUrl() + V2 + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    List<Map<String, String>> listJson(String pathWithFormat) throws Exception {
        HttpResponse<String> r = get(pathWithFormat.replace(".%s?", ".json?"));
        assertEquals(200, r.statusCode(), r.body());
        return rows((JsonArray) parse(r));
    }

    static boolean has(List<Map<String, String>> rows, String description) {
        return rows.stream().anyMatch(r -> description.equals(r.get("description")));
    }

    /** The answer is the spec's error list, in the format of the path (JSON for an unknown suffix). */
    static void assertError(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.uri() + ": " + r.body());
        List<Map<String, String>> errors = errors(r);
        assertEquals(1, errors.size(), r.body());
        assertEquals(String.valueOf(status), errors.get(0).get("code"), r.body());
        String description = errors.get(0).get("description");
        assertTrue(description != null && !description.isBlank(), r.body());
        assertFalse(BadInputIT.LEAK.matcher(r.body()).find(), "no internals: " + r.body());
    }

    /** The error list, from XML or JSON by the answer's content type. */
    static List<Map<String, String>> errors(HttpResponse<String> r) throws Exception {
        String type = r.headers().firstValue("content-type").orElse("");
        if (r.uri().getPath().endsWith(".xml")) {
            assertTrue(type.startsWith("text/xml"), r.uri() + " answered " + type);
            return rows(root(r, "errors"), "error");
        }
        assertTrue(type.startsWith("application/json"), r.uri() + " answered " + type);
        return rows((JsonArray) parse(r));
    }

    // --- reading both formats into the same shape: entries of flat members, as text ---

    static JsonStructure parse(HttpResponse<String> r) {
        return ApiClient.parse(r.body());
    }

    static Element root(HttpResponse<String> r, String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        assertTrue(r.body().startsWith("<?xml"), "an XML declaration first: " + r.body());
        Element root = doc.getDocumentElement();
        assertEquals(name, root.getTagName(), r.body());
        return root;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
                found.add(e);
            }
        }
        return found;
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "one <" + name + "> in <" + parent.getTagName() + ">");
        return found.get(0);
    }

    static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(Element::getTextContent).toList();
    }

    /** Each {@code <item>} under {@code parent} as its leaf members (nested lists left out). */
    static List<Map<String, String>> rows(Element parent, String item) {
        return children(parent, item).stream().map(Open311ConformanceIT::flat).toList();
    }

    static Map<String, String> flat(Element e) {
        Map<String, String> members = new LinkedHashMap<>();
        for (Element m : children(e, null)) {
            if (children(m, null).isEmpty()) {
                members.put(m.getTagName(), m.getTextContent());
            }
        }
        return sorted(members);
    }

    static List<Map<String, String>> rows(JsonArray array) {
        return array.stream().map(v -> flat((JsonObject) v)).toList();
    }

    static Map<String, String> flat(JsonObject o) {
        Map<String, String> members = new LinkedHashMap<>();
        o.forEach((k, v) -> {
            if (v.getValueType() != JsonValue.ValueType.ARRAY
                    && v.getValueType() != JsonValue.ValueType.OBJECT
                    && v.getValueType() != JsonValue.ValueType.NULL) {
                members.put(k, v instanceof JsonString s ? s.getString() : v.toString());
            }
        });
        return sorted(members);
    }

    /** An object's members but {@code list}, with the list's entries, for comparing nested documents. */
    static String flat(JsonObject o, String list) {
        List<String> entries = o.getJsonArray(list).stream()
                .map(v -> v instanceof JsonObject j ? flat(j).toString() : ((JsonString) v).getString())
                .toList();
        return flat(o) + " " + entries;
    }

    static String flat(Element e, String list) {
        Element container = child(e, list);
        List<String> entries = children(container, null).stream()
                .map(c -> children(c, null).isEmpty() ? c.getTextContent() : flat(c).toString())
                .toList();
        assertNotNull(container);
        return flat(e) + " " + entries;
    }

    static Map<String, String> sorted(Map<String, String> m) {
        return new java.util.TreeMap<>(m);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
