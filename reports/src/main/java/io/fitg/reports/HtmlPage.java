package io.fitg.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A self-contained HTML page: one inline style sheet, at most one inline script, nothing fetched. A Content Security
 * Policy pins the style sheet and the script by their SHA-256, forbids every other source and every network
 * connection, so that even a text that escaped escaping could neither run nor load anything.
 */
final class HtmlPage {
    private HtmlPage() {
    }

    static String render(Lang lang, String title, String css, String body, String script) {
        StringBuilder csp = new StringBuilder("default-src 'none'; style-src '").append(hash(css)).append('\'');
        if (script != null) {
            csp.append("; script-src '").append(hash(script)).append('\'');
        }
        csp.append("; img-src data:; base-uri 'none'; form-action 'none'");
        StringBuilder sb = new StringBuilder(body.length() + css.length() + 2048);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.ZH ? "zh-CN" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(csp).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"fitg\">\n")
                .append("<title>").append(Esc.html(title)).append("</title>\n")
                .append("<style>").append(css).append("</style>\n</head>\n<body>\n")
                .append(body);
        if (script != null) {
            sb.append("<script>").append(script).append("</script>\n");
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    /** The CSP source expression of an inline element's exact content. */
    static String hash(String content) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CSS class of a status badge. */
    static String statusClass(io.fitg.api.Status s) {
        return switch (s) {
            case COMPLIANT -> "st-c";
            case NON_COMPLIANT -> "st-nc";
            case NOT_APPLICABLE -> "st-na";
            case INSUFFICIENT_DATA -> "st-id";
            case WAIVED -> "st-w";
        };
    }

    /** Fill colour of a status in charts and badges (colour-blind-safe palette, with text labels everywhere). */
    static String statusColour(io.fitg.api.Status s) {
        return switch (s) {
            case COMPLIANT -> "#1b7837";
            case NON_COMPLIANT -> "#c51b7d";
            case NOT_APPLICABLE -> "#8c8c8c";
            case INSUFFICIENT_DATA -> "#e08214";
            case WAIVED -> "#2166ac";
        };
    }

    static final String BASE_CSS = """
            :root{--fg:#1a1a1a;--muted:#5f6368;--line:#d9d9d9;--bg:#fff}
            *{box-sizing:border-box}
            body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1200px;padding:24px;line-height:1.5}
            h1{font-size:1.6em;margin:0 0 .6em}h2{font-size:1.3em;margin:1.6em 0 .6em;border-bottom:2px solid var(--line);padding-bottom:.2em}
            h3{font-size:1.1em;margin:1.2em 0 .4em}h4{font-size:1em;margin:1em 0 .4em;color:var(--muted)}
            table{border-collapse:collapse;margin:.5em 0 1em;width:auto}
            th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}
            .badge{display:inline-block;padding:0 .5em;border-radius:3px;color:#fff;font-size:.9em;white-space:nowrap}
            .st-c{background:#1b7837}.st-nc{background:#c51b7d}.st-na{background:#8c8c8c}.st-id{background:#e08214}.st-w{background:#2166ac}
            .muted{color:var(--muted)}.mono{font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
            @media print{body{max-width:none;padding:0}h2{break-after:avoid}.noprint{display:none}}
            """;
}
