package dev.noblame.confluence.markup;

import static dev.noblame.render.Markup.escape;

/** A preview fragment wrapped as a standalone page that looks like a Confluence page. */
public final class PreviewPage {
    private static final String CSS = """
            body{margin:0;background:#fff;color:#172b4d;font:14px/1.714 -apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,
            'Helvetica Neue',sans-serif}header{border-bottom:1px solid #dfe1e6;padding:12px 24px;color:#6b778c}
            main{max-width:760px;margin:0 auto;padding:24px}h1{font-size:29px;font-weight:500;margin:0 0 16px}
            h2{font-size:20px;font-weight:500;margin:32px 0 8px}h3{font-size:16px;font-weight:600}
            table{border-collapse:collapse;margin:8px 0;width:100%}th,td{border:1px solid #c1c7d0;padding:7px 10px;
            text-align:left;vertical-align:top}th{background:#f4f5f7;font-weight:600}table.details th{width:35%}
            .status{display:inline-block;border-radius:3px;padding:0 4px;font-size:11px;font-weight:700;
            text-transform:uppercase;line-height:16px}.status-grey{background:#dfe1e6;color:#42526e}
            .status-red{background:#ffebe6;color:#bf2600}.status-yellow{background:#fffae6;color:#ff8b00}
            .status-green{background:#e3fcef;color:#006644}.status-blue{background:#deebff;color:#0747a6}
            .status-purple{background:#eae6ff;color:#403294}.task-list{list-style:none;padding-left:0}
            .user-mention{background:#dfe1e6;border-radius:20px;padding:0 6px}.date-lozenge{background:#f4f5f7;
            border-radius:3px;padding:0 4px}.panel.info{background:#deebff;border-radius:3px;padding:8px 16px;margin:8px 0}
            .macro-caption{color:#6b778c;font-size:12px}code{background:#f4f5f7;padding:0 2px}figure{margin:16px 0}
            """;

    private PreviewPage() {
    }

    public static String wrap(String title, String fragment) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><style>" + CSS + "</style></head><body><header>NoBlame preview · Confluence</header><main><h1>"
                + escape(title) + "</h1>\n" + fragment + "\n</main></body></html>\n";
    }
}
