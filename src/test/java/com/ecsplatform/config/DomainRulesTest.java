package com.ecsplatform.config;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.ecsplatform.config.ConfigAssertions.assertOnlyProblem;
import static com.ecsplatform.testing.ConfigFixtures.devRaw;
import static com.ecsplatform.testing.ConfigFixtures.fields;
import static com.ecsplatform.testing.ConfigFixtures.raw;
import static com.ecsplatform.testing.ConfigFixtures.remove;
import static com.ecsplatform.testing.ConfigFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("ecs-platform:domain")
class DomainRulesTest {

    private static final String ZONE = "ecs-platform:domain.zoneName";
    private static final String RECORD = "ecs-platform:domain.recordName";

    @Test
    void noDomainKeyMeansNoDomain() {
        assertThat(StackConfigLoader.load(raw(remove(devRaw(), "ecs-platform:domain"))).domain()).isEmpty();
    }

    @Test
    void readsTheDomain() {
        var domain = StackConfigLoader.load(raw(set(devRaw(), RECORD, "api.eu"))).domain().orElseThrow();

        assertThat(domain).isEqualTo(new DomainConfig("example.com", "api.eu"));
    }

    @Test
    void theFqdnIsTheRecordInTheZone() {
        var domain = StackConfigLoader.load(raw(set(devRaw(), RECORD, "api.eu"))).domain().orElseThrow();

        assertThat(domain.fqdn()).isEqualTo("api.eu.example.com");
    }

    @Test
    void requiresBothNames() {
        assertOnlyProblem(set(devRaw(), "ecs-platform:domain", fields("zoneName", "example.com")), RECORD,
                "is required: the record's name inside the zone, like lb-dev");
        assertOnlyProblem(set(devRaw(), "ecs-platform:domain", fields("recordName", "lb-dev")), ZONE,
                "is required: the public Route 53 hosted zone");
    }

    @Test
    void dropsTheZonesTrailingDot() {
        var domain = StackConfigLoader.load(raw(set(devRaw(), ZONE, "example.com."))).domain().orElseThrow();

        assertThat(domain.zoneName()).isEqualTo("example.com");
    }

    @Test
    void rejectsUpperCaseZoneSuggestingLowerCase() {
        assertOnlyProblem(set(devRaw(), ZONE, "Example.COM"), ZONE,
                "\"Example.COM\" is not a valid DNS zone name", "did you mean example.com?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"exa_mple.com", "-example.com", "example..com", "example.com/"})
    void rejectsZoneWithInvalidLabels(String zone) {
        assertOnlyProblem(set(devRaw(), ZONE, zone), ZONE, "is not a valid DNS zone name: use lower-case labels");
    }

    @Test
    void rejectsSingleLabelZone() {
        assertOnlyProblem(set(devRaw(), ZONE, "localhost"), ZONE, "needs at least two labels, like example.com");
    }

    @Test
    void rejectsRecordThatRepeatsTheZone() {
        assertOnlyProblem(set(devRaw(), RECORD, "lb-dev.example.com"), RECORD,
                "\"lb-dev.example.com\" includes the zone; write it relative to example.com; did you mean lb-dev?");
    }

    @Test
    void rejectsAbsoluteRecordName() {
        assertOnlyProblem(set(devRaw(), RECORD, "lb-dev."), RECORD, "ends with a dot: write the name relative to zoneName");
    }

    @Test
    void rejectsRecordWithInvalidLabel() {
        assertOnlyProblem(set(devRaw(), RECORD, "lb_dev"), RECORD, "is not a valid DNS record name");
    }

    @Test
    void rejectsFullNamesLongerThanAcmCertificatesAllow() {
        String record = "a".repeat(40) + "." + "b".repeat(12);

        assertOnlyProblem(set(devRaw(), RECORD, record), RECORD,
                "65 characters long; ACM issues certificates for names of at most 64 characters");
    }

    @Test
    void acceptsFullNameOfExactly64Characters() {
        String record = "a".repeat(40) + "." + "b".repeat(11);

        assertThat(StackConfigLoader.load(raw(set(devRaw(), RECORD, record))).domain().orElseThrow().fqdn()).hasSize(64);
    }

    @Test
    void rejectsUnknownDomainField() {
        assertOnlyProblem(set(devRaw(), "ecs-platform:domain.zoneNme", "example.org"), "ecs-platform:domain.zoneNme",
                "unknown field; did you mean zoneName?");
    }
}
