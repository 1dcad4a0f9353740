package com.ecsplatform.service;

import com.ecsplatform.aws.EcrImage;
import com.ecsplatform.iam.PolicyDocument.Statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The task execution role's permissions, derived from the service's own settings: write to its own
 * log group, pull its own image (only when that image lives in ECR), and read exactly the secrets it
 * names. Nothing is granted on {@code *} except ECR's authorization token, which has no resource.
 */
public final class TaskRoles {

    /** {@code arn, partition, service, region, account, "secret", name}: the colon-separated parts of a secret's ARN. */
    private static final int SECRET_ARN_PARTS = 7;
    private static final Pattern COMPLETE_SECRET_NAME = Pattern.compile(".+-[A-Za-z0-9]{6}");

    private TaskRoles() {
    }

    /** The execution role's statements for a service logging to {@code logGroupArn}. */
    public static List<Statement> executionStatements(String logGroupArn, String image, Collection<String> secretArns) {
        var statements = new ArrayList<Statement>();
        statements.add(Statement.allow("WriteOwnLogs",
                List.of("logs:CreateLogStream", "logs:PutLogEvents"), List.of(logGroupArn + ":log-stream:*")));
        EcrImage.parse(image).map(EcrImage::repositoryArn).ifPresent(repository -> {
            statements.add(Statement.allow("EcrAuthorization", List.of("ecr:GetAuthorizationToken"), List.of("*")));
            statements.add(Statement.allow("PullOwnImage",
                    List.of("ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"),
                    List.of(repository)));
        });
        var parameters = secretArns.stream().filter(arn -> arn.contains(":ssm:")).sorted().toList();
        if (!parameters.isEmpty()) {
            statements.add(Statement.allow("ReadOwnParameters", List.of("ssm:GetParameters"), parameters));
        }
        var secrets = secretArns.stream().filter(arn -> arn.contains(":secretsmanager:"))
                .map(TaskRoles::secretResource).distinct().sorted().toList();
        if (!secrets.isEmpty()) {
            statements.add(Statement.allow("ReadOwnSecrets", List.of("secretsmanager:GetSecretValue"), secrets));
        }
        return statements;
    }

    /**
     * The execution role's access to the database's managed secret: that one secret, and, when it is
     * encrypted with a customer managed key, decryption with that key only through Secrets Manager
     * (ECS User Guide, "Required IAM permissions for Amazon ECS secrets").
     */
    public static List<Statement> databaseSecretStatements(String secretArn, Optional<String> kmsKeyArn, String region) {
        var statements = new ArrayList<Statement>();
        statements.add(Statement.allow("ReadDatabaseSecret", List.of("secretsmanager:GetSecretValue"), List.of(secretArn)));
        kmsKeyArn.ifPresent(key -> statements.add(new Statement("DecryptDatabaseSecret", "Allow", null,
                List.of("kms:Decrypt"), List.of(key),
                Map.of("StringEquals", Map.of("kms:ViaService", "secretsmanager." + region + ".amazonaws.com")))));
        return statements;
    }

    /**
     * The task role's IAM database authentication: connect as {@code username} to the instance
     * {@code resourceId} only (RDS User Guide, "Creating and using an IAM policy for IAM database access").
     */
    public static Statement databaseConnectStatement(String region, String accountId, String resourceId, String username) {
        return Statement.allow("ConnectToDatabase", List.of("rds-db:connect"),
                List.of("arn:aws:rds-db:" + region + ":" + accountId + ":dbuser:" + resourceId + "/" + username));
    }

    /**
     * The IAM resource of a Secrets Manager reference. ECS accepts
     * {@code arn:...:secret:<name>-<6 chars>:<json key>:<stage>:<version>}, but IAM matches the secret's own
     * ARN: the suffix after the name is cut, and a partial ARN (no random six-character suffix) gets
     * the {@code -??????} wildcard AWS documents for it.
     */
    static String secretResource(String reference) {
        String[] parts = reference.split(":", -1);
        String secretArn = String.join(":", Arrays.copyOf(parts, Math.min(parts.length, SECRET_ARN_PARTS)));
        return COMPLETE_SECRET_NAME.matcher(parts[SECRET_ARN_PARTS - 1]).matches() ? secretArn : secretArn + "-??????";
    }
}
