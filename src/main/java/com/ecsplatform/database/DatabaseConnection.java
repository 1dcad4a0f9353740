package com.ecsplatform.database;

import com.pulumi.core.Output;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.util.Optional;

/**
 * What the service needs to reach the database: where it is, and the secret RDS keeps the master
 * user's credentials in (a JSON document with {@code username} and {@code password} keys).
 *
 * @param address    the instance's DNS name
 * @param port       the database port
 * @param name       the database created in the instance
 * @param secretArn  the Secrets Manager secret RDS manages for the master user
 * @param kmsKeyArn  the customer managed key the secret is encrypted with; empty for the AWS managed key
 * @param username   the master user, for IAM database authentication
 * @param resourceId the instance's resource id ({@code db-…}), for IAM database authentication
 * @param iamAuthentication whether IAM database authentication is on
 */
@RecordBuilder
public record DatabaseConnection(
        Output<String> address,
        int port,
        String name,
        Output<String> secretArn,
        Optional<String> kmsKeyArn,
        String username,
        Output<String> resourceId,
        boolean iamAuthentication) {

    /** Named construction of a {@link DatabaseConnection}. */
    public static DatabaseConnectionBuilder builder() {
        return DatabaseConnectionBuilder.builder();
    }
}
