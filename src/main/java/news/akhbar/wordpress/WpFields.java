package news.akhbar.wordpress;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * WordPress's {@code _fields}: only the named members, nested ones with a dot ({@code title.rendered}). As in
 * WordPress, {@code _embedded} stays only when {@code _embedded} (or {@code _links}) is named.
 */
final class WpFields {

    private final Set<String> paths;

    private WpFields(Set<String> paths) {
        this.paths = paths;
    }

    /** The fields asked for, or null when every field is wanted. */
    static WpFields of(Set<String> requested) {
        Set<String> paths = new LinkedHashSet<>();
        for (String field : requested) {
            if (!field.isBlank()) {
                paths.add(field.strip());
            }
        }
        if (paths.contains("_links") || paths.contains("_embedded")) {
            paths.add("_links");
            paths.add("_embedded");
        }
        return paths.isEmpty() ? null : new WpFields(paths);
    }

    Object filter(Object value, ObjectMapper json) {
        JsonNode node = json.valueToTree(value);
        if (node.isArray()) {
            node.forEach(item -> keep(item, ""));
        } else {
            keep(node, "");
        }
        return node;
    }

    private void keep(JsonNode node, String prefix) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> members = object.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            String path = prefix + member.getKey();
            if (paths.contains(path)) {
                continue;
            }
            if (paths.stream().anyMatch(p -> p.startsWith(path + "."))) {
                keep(member.getValue(), path + ".");
                continue;
            }
            members.remove();
        }
    }
}
