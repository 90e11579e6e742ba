package vn.nscl.shared;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Walks a YAML document token by token and stops at the first key the target records do not have, with its exact
 * line. (Jackson itself reports such mistakes at the end of the enclosing object, which misleads a reader.)
 */
final class YamlKeyCheck {

    /** What is expected at one nesting level: the keys of a record, or the element type of a list. */
    private record Frame(Map<String, Type> keys, Type elements) {
    }

    /** The first unknown key, or null when every key is known. */
    record UnknownKey(String key, int line, int column) {
    }

    private YamlKeyCheck() {
    }

    static UnknownKey firstUnknownKey(JsonParser parser, Class<?> root) {
        Deque<Frame> stack = new ArrayDeque<>();
        Type next = root;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            switch (token) {
                case START_OBJECT -> stack.push(new Frame(keysOf(next), null));
                case START_ARRAY -> stack.push(new Frame(null, elementOf(next)));
                case END_OBJECT, END_ARRAY -> stack.pop();
                case PROPERTY_NAME -> {
                    Frame frame = stack.peek();
                    String key = parser.currentName();
                    if (frame != null && frame.keys() != null && !frame.keys().containsKey(key)) {
                        TokenStreamLocation at = parser.currentTokenLocation();
                        return new UnknownKey(key, at.getLineNr(), at.getColumnNr());
                    }
                    next = frame == null || frame.keys() == null ? null : frame.keys().get(key);
                    continue;
                }
                default -> {
                }
            }
            Frame top = stack.peek();
            next = top != null && top.elements() != null ? top.elements() : next;
        }
        return null;
    }

    /** The keys a record accepts (snake_case), or null (anything goes) for a type that is not a record. */
    private static Map<String, Type> keysOf(Type type) {
        if (!(type instanceof Class<?> cls) || !cls.isRecord()) {
            return null;
        }
        Map<String, Type> keys = new HashMap<>();
        for (RecordComponent component : cls.getRecordComponents()) {
            keys.put(snakeCase(component.getName()), component.getGenericType());
        }
        return keys;
    }

    /** appliesTo -> applies_to, as the mapper's snake_case naming does. */
    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static Type elementOf(Type type) {
        return type instanceof ParameterizedType list ? list.getActualTypeArguments()[0] : null;
    }
}
