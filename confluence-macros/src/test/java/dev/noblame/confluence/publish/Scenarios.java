package dev.noblame.confluence.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.noblame.confluence.publish.FakeConfluence.json;
import static dev.noblame.confluence.publish.FakeConfluence.status;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.noblame.confluence.ConfluenceDeployment;

/**
 * The states of the fake Confluence the publishing tests need, for either deployment: no page
 * yet, a page at version 4, and a page someone else saves while we publish (409 once).
 */
final class Scenarios {
    private Scenarios() {
    }

    static void noPageYet(FakeConfluence c) {
        common(c);
        search(c, "{\"results\":[]}");
        if (c.deployment == ConfluenceDeployment.CLOUD) {
            c.stub(post(urlPathEqualTo("/wiki/api/v2/pages")).willReturn(json(page("123", 1))));
        } else {
            c.stub(post(urlPathEqualTo("/confluence/rest/api/content")).willReturn(json(page("123", 1))));
        }
        c.stub(get(urlPathEqualTo(c.v1() + "/content/123/property/noblame-postmortem")).willReturn(status(404)));
    }

    static void pageAtVersion4(FakeConfluence c) {
        common(c);
        search(c, "{\"results\":[" + page("123", 4) + "]}");
        c.stub(put(urlPathEqualTo(pagePath(c))).willReturn(json(page("123", 5))));
        c.stub(get(urlPathEqualTo(c.v1() + "/content/123/property/noblame-postmortem"))
                .willReturn(json("{\"key\":\"noblame-postmortem\",\"value\":{},\"version\":{\"number\":2}}")));
    }

    /** Our PUT with version 5 loses to someone else's save; re-reading shows version 5, so we send 6. */
    static void someoneSavesInBetween(FakeConfluence c) {
        common(c);
        c.stub(searchMapping(c).inScenario("race").whenScenarioStateIs(Scenario.STARTED).willReturn(json("{\"results\":[" + page("123", 4) + "]}")));
        c.stub(searchMapping(c).inScenario("race").whenScenarioStateIs("saved").willReturn(json("{\"results\":[" + page("123", 5) + "]}")));
        c.stub(put(urlPathEqualTo(pagePath(c))).withRequestBody(matchingJsonPath("$.version.number", equalTo("5")))
                .inScenario("race").willSetStateTo("saved").willReturn(status(409)));
        c.stub(put(urlPathEqualTo(pagePath(c))).withRequestBody(matchingJsonPath("$.version.number", equalTo("6")))
                .willReturn(json(page("123", 6))));
        c.stub(get(urlPathEqualTo(c.v1() + "/content/123/property/noblame-postmortem")).willReturn(status(404)));
    }

    static String pagePath(FakeConfluence c) {
        return c.deployment == ConfluenceDeployment.CLOUD ? "/wiki/api/v2/pages/123" : "/confluence/rest/api/content/123";
    }

    private static void common(FakeConfluence c) {
        c.stub(get(urlPathEqualTo("/wiki/api/v2/spaces")).withQueryParam("keys", equalTo("OPS"))
                .willReturn(json("{\"results\":[{\"id\":\"65537\",\"key\":\"OPS\"}]}")));
        c.stub(post(urlPathEqualTo(c.v1() + "/content/123/label")).willReturn(json("{\"results\":[]}")));
        c.stub(post(urlPathEqualTo(c.v1() + "/content/123/property")).willReturn(json("{\"key\":\"noblame-postmortem\"}")));
        c.stub(put(urlPathEqualTo(c.v1() + "/content/123/property/noblame-postmortem")).willReturn(json("{\"key\":\"noblame-postmortem\"}")));
    }

    private static void search(FakeConfluence c, String body) {
        c.stub(searchMapping(c).willReturn(json(body)));
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder searchMapping(FakeConfluence c) {
        return c.deployment == ConfluenceDeployment.CLOUD
                ? get(urlPathEqualTo("/wiki/api/v2/pages")).withQueryParam("space-id", equalTo("65537"))
                : get(urlPathEqualTo("/confluence/rest/api/content")).withQueryParam("spaceKey", equalTo("OPS"));
    }

    static String page(String id, int version) {
        return "{\"id\":\"" + id + "\",\"title\":\"t\",\"version\":{\"number\":" + version + "}}";
    }
}
