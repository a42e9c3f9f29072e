package org.partnershipworkshop.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Lists the differences between two JSON trees (numbers compared by value), ignoring the given members. */
public final class JsonCompare {

    private JsonCompare() {
    }

    public static List<String> differences(JsonNode expected, JsonNode actual, Set<String> ignoredMembers) {
        List<String> out = new ArrayList<>();
        compare(expected, actual, "$", ignoredMembers, out);
        return out;
    }

    private static void compare(JsonNode e, JsonNode a, String path, Set<String> ignored, List<String> out) {
        if (e.isNumber() && a.isNumber()) {
            if (e.decimalValue().compareTo(a.decimalValue()) != 0) {
                out.add(path + ": " + e + " != " + a);
            }
        } else if (e.isObject() && a.isObject()) {
            for (Map.Entry<String, JsonNode> m : e.properties()) {
                if (ignored.contains(m.getKey())) {
                    continue;
                }
                if (!a.has(m.getKey())) {
                    out.add(path + "." + m.getKey() + ": missing");
                } else {
                    compare(m.getValue(), a.get(m.getKey()), path + "." + m.getKey(), ignored, out);
                }
            }
            for (String name : a.propertyNames()) {
                if (!ignored.contains(name) && !e.has(name)) {
                    out.add(path + "." + name + ": unexpected");
                }
            }
        } else if (e.isArray() && a.isArray()) {
            if (e.size() != a.size()) {
                out.add(path + ": " + e.size() + " elements != " + a.size());
            }
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
                compare(e.get(i), a.get(i), path + "[" + i + "]", ignored, out);
            }
        } else if (!e.equals(a)) {
            out.add(path + ": " + e + " != " + a);
        }
    }
}
