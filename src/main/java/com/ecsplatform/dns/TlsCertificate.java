package com.ecsplatform.dns;

import com.ecsplatform.support.PlatformComponent;
import com.pulumi.aws.acm.Certificate;
import com.pulumi.aws.acm.CertificateArgs;
import com.pulumi.aws.acm.CertificateValidation;
import com.pulumi.aws.acm.CertificateValidationArgs;
import com.pulumi.aws.acm.outputs.CertificateDomainValidationOption;
import com.pulumi.aws.route53.Record;
import com.pulumi.aws.route53.RecordArgs;
import com.pulumi.aws.route53.enums.RecordType;
import com.pulumi.core.Either;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;

import java.util.List;
import java.util.Map;

/**
 * An ACM certificate for one name, validated through a DNS record in the zone. Its
 * {@link #certificateArn} comes from the validation resource, so whatever uses it (the HTTPS
 * listener) waits until ACM has issued the certificate.
 */
public final class TlsCertificate extends PlatformComponent {

    /** The certificate's ARN, known only once it is validated. */
    public final Output<String> certificateArn;

    public TlsCertificate(String name, TlsCertificateArgs args, ComponentResourceOptions options) {
        super("ecs-platform:dns:TlsCertificate", name, options);

        var certificate = new Certificate(child("cert"), CertificateArgs.builder()
                .domainName(args.domainName())
                .validationMethod("DNS")
                .keyAlgorithm("RSA_2048")
                .tags(nameTag(args.domainName()))
                .build(), childOptions());

        Output<CertificateDomainValidationOption> challenge = certificate.domainValidationOptions()
                .applyValue(validationOptions -> validationOptions.get(0));
        var validationRecord = new Record(child("validation-record"), RecordArgs.builder()
                .zoneId(args.zoneId())
                .name(challenge.applyValue(option -> option.resourceRecordName().orElseThrow()))
                .type(challenge.applyValue(option -> Either.<String, RecordType>ofLeft(option.resourceRecordType().orElseThrow())))
                .records(challenge.applyValue(option -> List.of(option.resourceRecordValue().orElseThrow())))
                .ttl(300)
                // ACM reuses one challenge per name; a re-created certificate finds its record already there.
                .allowOverwrite(true)
                .build(), under(certificate));

        var validation = new CertificateValidation(child("validation"), CertificateValidationArgs.builder()
                .certificateArn(certificate.arn())
                .validationRecordFqdns(validationRecord.fqdn().applyValue(List::of))
                .build(), under(certificate));
        certificateArn = validation.certificateArn();

        registerOutputs(Map.of("certificateArn", certificateArn));
    }
}
