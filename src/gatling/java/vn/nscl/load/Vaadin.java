package vn.nscl.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;

/**
 * What a browser sends Vaadin Flow, as the load test needs it: the page, the UI's start ({@code v-r=init}, which gives
 * the UI id and its security key), then UIDL messages ({@code v-r=uidl}) carrying navigation, clicks and values, each
 * with the security key, the last server sync id and the next client id. Components are found by the ids the views
 * give them ({@code setId}), read from the server's changes as {@code {"node":N,…,"key":"id",…,"value":"…"}}.
 */
final class Vaadin {

    /** What the application shows for an unexpected failure, and what Vaadin sends for a lost session. */
    private static final List<String> FAILURES = List.of("Đã có lỗi ngoài dự kiến", "sessionExpired", "appError",
            "\"meta\":{\"async\"");

    private Vaadin() {
    }

    /** Opens a page as a browser does: its HTML, then the UI's start and the navigation to the route. */
    static ChainBuilder open(String name, String route) {
        return exec(http(name + " · page").get("/" + route).check(status().is(200)))
                .exec(http(name + " · start UI").get("/?v-r=init&location=" + route + "&query=")
                        .check(status().is(200), jsonPath("$.appConfig['v-uiId']").saveAs("uiId"),
                                jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("csrf"),
                                jsonPath("$.appConfig.uidl.syncId").saveAs("syncId")))
                .exec(session -> session.set("clientId", 0))
                .exec(navigate(name, "/" + route));
    }

    /** Navigates inside the open UI (a menu entry or a link), as the client-side router does. */
    static ChainBuilder navigate(String name, String route, CheckBuilder... checks) {
        return uidl(name, session -> "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}",
                checks);
    }

    /** A click on the component whose node id is in the session under {@code nodeKey}. */
    static ChainBuilder click(String name, String nodeKey, CheckBuilder... checks) {
        return uidl(name, session -> "{\"type\":\"event\",\"node\":" + session.getString(nodeKey)
                + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
                + "\"event.ctrlKey\":false,\"event.clientX\":100,\"event.clientY\":100,\"event.altKey\":false,"
                + "\"event.button\":0,\"event.screenY\":100,\"event.screenX\":100}}", checks);
    }

    /** Sets a field's value (a radio group's item key, a text) and fires its change, as the web component does. */
    static ChainBuilder value(String name, Function<Session, String> node, Function<Session, String> value,
            CheckBuilder... checks) {
        return uidl(name, session -> "{\"type\":\"mSync\",\"node\":" + node.apply(session)
                + ",\"feature\":1,\"property\":\"value\",\"value\":\"" + value.apply(session) + "\"},"
                + "{\"type\":\"event\",\"node\":" + node.apply(session) + ",\"event\":\"value-changed\",\"data\":{}}",
                checks);
    }

    /** Confirms a confirm dialog whose node id is in the session under {@code nodeKey}. */
    static ChainBuilder confirm(String name, String nodeKey, CheckBuilder... checks) {
        return uidl(name, session -> {
            String node = session.getString(nodeKey);
            return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"confirm\"},"
                    + "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"opened\",\"value\":false},"
                    + "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"opened-changed\",\"data\":{}}";
        }, checks);
    }

    /**
     * What the browser sends once a dialog has closed (its web component's "closed" event). Besides being what a
     * browser does, it matters for memory: Vaadin keeps each UI's last response to answer a resent message, and after
     * a whole page was drawn that response is large until the next, small one replaces it.
     */
    static ChainBuilder closed(String name, String nodeKey, CheckBuilder... checks) {
        return uidl(name, session -> "{\"type\":\"event\",\"node\":" + session.getString(nodeKey)
                + ",\"event\":\"closed\"}", checks);
    }

    /** The node id of the component with this id in the last response, saved under {@code key}. */
    static CheckBuilder.Final node(String componentId, String key) {
        return regex("\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"" + componentId
                + "\"").saveAs(key);
    }

    /** The node ids of every component whose id starts with {@code prefix} (none is not a failure). */
    static CheckBuilder.Final nodes(String prefix, String key) {
        return regex("\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"" + prefix
                + "[^\"]*\"").findAll().withDefault(List.of()).saveAs(key);
    }

    private static ChainBuilder uidl(String name, Function<Session, String> rpc, CheckBuilder... checks) {
        List<CheckBuilder> all = new ArrayList<>(List.of(status().is(200),
                regex("\"syncId\":(\\d+)").saveAs("syncId")));
        FAILURES.forEach(failure -> all.add(substring(failure).notExists()));
        all.addAll(List.of(checks));
        return exec(http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("csrf") + "\",\"rpc\":["
                        + rpc.apply(session) + "],\"syncId\":" + session.getString("syncId") + ",\"clientId\":"
                        + session.getInt("clientId") + "}"))
                .check(all))
                .exec(session -> session.set("clientId", session.getInt("clientId") + 1));
    }
}
