package dev.noblame.server.web;

import java.util.List;

/** What the layout needs for every page: its title, which navigation item is current, who is looking, the form token. */
public record Page(String title, String nav, Viewer viewer, String csrf, List<String> scripts) {
    public Page {
        scripts = List.copyOf(scripts == null ? List.of() : scripts);
    }

    public Page withScript(String script) {
        java.util.ArrayList<String> more = new java.util.ArrayList<>(scripts);
        more.add(script);
        return new Page(title, nav, viewer, csrf, more);
    }

    public String current(String item) {
        return item.equals(nav) ? "page" : null;
    }
}
