package io.fitg.rules.security;

import io.fitg.api.Clause;
import io.fitg.api.Status;
import io.fitg.model.security.Host;
import io.fitg.model.security.HostKind;
import io.fitg.model.security.Isolation;
import io.fitg.model.security.IsolationMethod;
import io.fitg.model.security.NetworkZone;
import io.fitg.model.security.Security;
import io.fitg.rules.support.Assessment;
import io.fitg.rules.support.Decision;
import io.fitg.rules.support.Tri;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The three-valued item logic and the isolation pairs, through the helpers the rules call. */
class ChecksTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    static Host host(String id, Boolean production, HostKind kind, List<String> services, List<String> admin) {
        return new Host(id, null, kind, null, production, null, null, null, null, null, null, null, null, null,
                List.of(), services, admin, null, null, null);
    }

    static Security security(List<Isolation> iso, List<Host> hosts) {
        return new Security(iso, null, hosts, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static Decision decide(String req, java.util.function.BiConsumer<Assessment, Clause> rule) {
        Clause c = new Clause("2.4.9.9", "current", 1, true, true, "安全", "x", "text", req, req, Map.of());
        Assessment a = new Assessment(AS_OF, "current", Map.of(req, List.of(c)));
        rule.accept(a, c);
        return a.decisions().get("2.4.9.9");
    }

    @Test
    void anItemOfUnknownScopePassesOnlyWhenItsTestPasses() {
        List<Host> hs = List.of(host("A", true, HostKind.SERVER, List.of("ssh"), List.of("ssh")),
                host("B", null, HostKind.SERVER, List.of("ssh"), List.of("ssh")));
        Items<Host> ok = Items.of(hs, HostChecks::productionServer, HostChecks::servicesAndProtocols);
        assertThat(ok.result()).isEqualTo(Tri.TRUE);
        assertThat(ok.size()).isEqualTo(1);
        assertThat(ok.inScope()).hasSize(2);

        List<Host> hs2 = List.of(host("A", true, HostKind.SERVER, List.of("ssh"), List.of("ssh")),
                host("B", null, HostKind.SERVER, List.of("telnet"), List.of("ssh")));
        Items<Host> unknown = Items.of(hs2, HostChecks::productionServer, HostChecks::servicesAndProtocols);
        assertThat(unknown.result()).isEqualTo(Tri.UNKNOWN);
        assertThat(unknown.eval("servers", "服务器").missing()).contains("security.hosts[B].production");

        List<Host> hs3 = List.of(host("A", true, HostKind.SERVER, List.of("telnet"), List.of("ssh")),
                host("B", null, HostKind.SERVER, null, List.of("ssh")),
                host("C", false, HostKind.SERVER, List.of("telnet"), List.of("telnet")),
                host("D", true, HostKind.WORKSTATION, List.of("telnet"), List.of("telnet")));
        Items<Host> fails = Items.of(hs3, HostChecks::productionServer, HostChecks::servicesAndProtocols);
        assertThat(fails.result()).isEqualTo(Tri.FALSE);
        assertThat(fails.failing()).extracting(Host::id).containsExactly("A");
        assertThat(fails.size()).isEqualTo(1);
        assertThat(fails.inScope()).hasSize(2);
    }

    @Test
    void anItemOfUnknownScopeDecidesWhetherThereIsAnyWhenNoneIsKnown() {
        Eval none = Eval.fail("no production server", "无");
        // B passes, but if it is not a production server there is none at all: undecided
        Items<Host> maybe = Items.of(List.of(host("B", null, HostKind.SERVER, List.of("ssh"), List.of("ssh"))),
                HostChecks::productionServer, HostChecks::servicesAndProtocols);
        Eval r = maybe.eval("servers", "服务器", none);
        assertThat(r.t()).isEqualTo(Tri.UNKNOWN);
        assertThat(r.missing()).containsExactly("security.hosts[B].production");
        // "none" passing as well (a vacuous clause): B is judged as usual
        assertThat(maybe.eval("servers", "服务器", Eval.ok()).t()).isEqualTo(Tri.TRUE);
        // a known production server: the unknown one cannot change the verdict
        Items<Host> known = Items.of(List.of(host("A", true, HostKind.SERVER, List.of("ssh"), List.of("ssh")),
                host("B", null, HostKind.SERVER, List.of("ssh"), List.of("ssh"))),
                HostChecks::productionServer, HostChecks::servicesAndProtocols);
        assertThat(known.eval("servers", "服务器", none).t()).isEqualTo(Tri.TRUE);
        // nothing in scope at all: the clause's reading of none
        Items<Host> empty = Items.of(List.<Host>of(), HostChecks::productionServer, HostChecks::servicesAndProtocols);
        assertThat(empty.eval("servers", "服务器", none).t()).isEqualTo(Tri.FALSE);
    }

    @Test
    void protocolsAreClassified() {
        assertThat(HostChecks.servicesAndProtocols(host("A", true, HostKind.SERVER, List.of("SFTP"), List.of("SSH", "rdp"))).t())
                .isEqualTo(Tri.TRUE);
        assertThat(HostChecks.servicesAndProtocols(host("A", true, HostKind.SERVER, List.of("ssh"), List.of("http"))).t())
                .isEqualTo(Tri.FALSE);
        assertThat(HostChecks.servicesAndProtocols(host("A", true, HostKind.SERVER, List.of("ssh"), List.of("ipmi"))).t())
                .isEqualTo(Tri.UNKNOWN);
        // a failure is reported even when another part is unknown
        assertThat(HostChecks.servicesAndProtocols(host("A", true, HostKind.SERVER, List.of("rsh"), List.of("ipmi"))).t())
                .isEqualTo(Tri.FALSE);
    }

    @Test
    void isolationPairs() {
        Isolation fw = new Isolation("I1", List.of(NetworkZone.INTERNET, NetworkZone.PRODUCTION), IsolationMethod.FIREWALL,
                null, null);
        Isolation none = new Isolation("I2", List.of(NetworkZone.PRODUCTION, NetworkZone.INTERNET), IsolationMethod.NONE,
                null, null);
        Isolation unplacedNone = new Isolation("I3", null, IsolationMethod.NONE, null, null);
        Isolation unplacedFw = new Isolation("I4", null, IsolationMethod.FIREWALL, null, null);
        Isolation equivalent = new Isolation("I5", List.of(NetworkZone.PRODUCTION, NetworkZone.INTERNET),
                IsolationMethod.EQUIVALENT, null, null);
        assertThat(IsolationChecks.pair(security(List.of(fw), null), NetworkZone.PRODUCTION, NetworkZone.INTERNET,
                new ArrayList<>()).t()).isEqualTo(Tri.TRUE);
        assertThat(IsolationChecks.pair(security(List.of(fw, none), null), NetworkZone.PRODUCTION, NetworkZone.INTERNET,
                new ArrayList<>()).t()).isEqualTo(Tri.FALSE);
        assertThat(IsolationChecks.pair(security(List.of(fw, unplacedNone), null), NetworkZone.PRODUCTION,
                NetworkZone.INTERNET, new ArrayList<>()).t()).isEqualTo(Tri.UNKNOWN);
        assertThat(IsolationChecks.pair(security(List.of(fw, unplacedFw), null), NetworkZone.PRODUCTION,
                NetworkZone.INTERNET, new ArrayList<>()).t()).isEqualTo(Tri.TRUE);
        assertThat(IsolationChecks.pair(security(List.of(equivalent), null), NetworkZone.PRODUCTION,
                NetworkZone.INTERNET, new ArrayList<>()).missing()).containsExactly("security.isolation[I5].description");
        assertThat(IsolationChecks.pair(security(List.of(fw), null), NetworkZone.PRODUCTION, NetworkZone.OFFICE,
                new ArrayList<>()).t()).isEqualTo(Tri.UNKNOWN);
    }

    @Test
    void anIsolationRecordNamesTwoDifferentNetworks() {
        assertThatThrownBy(() -> new Isolation("X", List.of(NetworkZone.PRODUCTION), IsolationMethod.FIREWALL, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Isolation("X", List.of(NetworkZone.PRODUCTION, NetworkZone.PRODUCTION),
                IsolationMethod.FIREWALL, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClauseDecisionCarriesTheOffendingItemAndBothLanguages() {
        Security s = security(null, List.of(host("DB-1", true, HostKind.SERVER, List.of("ssh", "telnet"), List.of("ssh"))));
        Decision d = decide("security.insecure-services", (a, c) -> HostChecks.insecureServices(a, c, s));
        assertThat(d.status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(d.observed()).contains("DB-1").contains("telnet");
        assertThat(d.situation()).contains("DB-1").contains("telnet");
        assertThat(d.facts()).containsExactly("DB-1");
    }
}
