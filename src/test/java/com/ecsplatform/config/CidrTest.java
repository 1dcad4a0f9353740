package com.ecsplatform.config;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Cidr")
class CidrTest {

    @Test
    void parsesIpv4Blocks() {
        assertThat(Cidr.parse("10.0.0.0/16")).hasValueSatisfying(cidr -> {
            assertThat(cidr.isIpv4()).isTrue();
            assertThat(cidr.prefix()).isEqualTo(16);
            assertThat(cidr).hasToString("10.0.0.0/16");
        });
    }

    @Test
    void parsesIpv6BlocksInCanonicalForm() {
        assertThat(Cidr.parse("2001:DB8::/32")).hasValueSatisfying(cidr -> {
            assertThat(cidr.isIpv4()).isFalse();
            assertThat(cidr).hasToString("2001:db8::/32");
        });
    }

    @Test
    void alignsHostBitsAway() {
        assertThat(Cidr.parse("10.1.2.3/16").orElseThrow().aligned()).hasToString("10.1.0.0/16");
        assertThat(Cidr.parse("2001:db8:0:1:2::/48").orElseThrow().aligned()).hasToString("2001:db8::/48");
        assertThat(Cidr.parse("10.1.0.0/16").orElseThrow().isAligned()).isTrue();
    }

    @Test
    void writesIpv6InItsShortestForm() {
        assertThat(Cidr.parse("2001:0db8:0000:0000:0001:0000:0000:0000/128").orElseThrow()).hasToString("2001:db8:0:0:1::/128");
        assertThat(Cidr.parse("2001:db8:0:0:1:0:0:1/128").orElseThrow()).hasToString("2001:db8::1:0:0:1/128");
        assertThat(Cidr.parse("2001:db8:0:1:1:1:1:1/128").orElseThrow()).hasToString("2001:db8:0:1:1:1:1:1/128");
        assertThat(Cidr.parse("::/0").orElseThrow()).hasToString("::/0");
        assertThat(Cidr.parse("fd00:0:0:1::/64").orElseThrow()).hasToString("fd00:0:0:1::/64");
    }

    @Test
    void rejectsMalformedText() {
        assertThat(Cidr.parse("10.0.0.0")).isEmpty();
        assertThat(Cidr.parse("10.0.0.0/-1")).isEmpty();
        assertThat(Cidr.parse("10.0.0.0/016")).isEmpty();
        assertThat(Cidr.parse("::ffff:10.0.0.1/128")).isEmpty();
        assertThat(Cidr.parse("localhost/32")).isEmpty();
    }
}
