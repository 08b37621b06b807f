package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;
import io.fitg.model.common.DocumentRecord;

import java.util.List;

/** x.4.3 网站安全: the company's website (clauses NOT_APPLICABLE when {@code company.hasWebsite} is false). */
public record Website(
        @JsonPropertyDescription("The people assigned to monitor the website's content (专人监控), by name or staff id; "
                + "[] when nobody is.")
        List<String> contentMonitors,
        @JsonPropertyDescription("The website's security checks (安全检查), dated, with findings and remediation.")
        List<SecurityReview> securityChecks,
        @JsonPropertyDescription("Drills and incidents of stopping tampered content, with the minutes it took.")
        List<TamperTest> tamperTests,
        @JsonPropertyDescription("The trojan protection software.")
        TrojanProtection trojanProtection,
        @JsonPropertyDescription("The content review and publishing procedure (审核制度和内容发布流程).")
        DocumentRecord publishingProcedure,
        @JsonPropertyDescription("The publishing log (recent items), each with its review; [] when nothing was published.")
        List<Publication> publications,
        @JsonPropertyDescription("The automatic homepage tamper monitor.")
        HomepageMonitor homepageMonitor,
        @JsonPropertyDescription("Security assessments or scans by qualified outside firms (有资质的专业安全机构).")
        List<SecurityReview> thirdPartyAssessments,
        @JsonPropertyDescription("How often, in days, the company's policy has an outside firm assess the website (定期; "
                + "judged at most a year).")
        Integer thirdPartyIntervalDays,
        @JsonPropertyDescription("The website backup system and its measured RTO/RPO.")
        WebsiteBackup backup,
        @JsonPropertyDescription("The daily offline backup of the website's data.")
        OfflineBackup offlineBackup,
        @JsonPropertyDescription("Servers (host ids) running the website's web service.")
        List<String> webServers,
        @JsonPropertyDescription("Servers (host ids) running the website's database; [] when the site has no database.")
        List<String> databaseServers) implements Identified {

    public Website {
        contentMonitors = contentMonitors == null ? null : List.copyOf(contentMonitors);
        securityChecks = securityChecks == null ? null : List.copyOf(securityChecks);
        tamperTests = tamperTests == null ? null : List.copyOf(tamperTests);
        publications = publications == null ? null : List.copyOf(publications);
        thirdPartyAssessments = thirdPartyAssessments == null ? null : List.copyOf(thirdPartyAssessments);
        webServers = webServers == null ? null : List.copyOf(webServers);
        databaseServers = databaseServers == null ? null : List.copyOf(databaseServers);
    }

    @Override
    public String id() {
        return "security.website";
    }
}
