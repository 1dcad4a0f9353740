package com.ecsplatform.service;

import com.ecsplatform.iam.PolicyDocument.Statement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TaskRolesTest {

    private static final String LOG_GROUP = "arn:aws:logs:ap-northeast-2:123456789012:log-group:web";
    private static final String PARAMETER = "arn:aws:ssm:ap-northeast-2:123456789012:parameter/app/db-password";
    private static final String SECRET = "arn:aws:secretsmanager:ap-northeast-2:123456789012:secret:app/api-AbCdEf";

    @Test
    void aPublicImageWithoutSecretsOnlyWritesItsOwnLogs() {
        var statements = TaskRoles.executionStatements(LOG_GROUP, "nginxinc/nginx-unprivileged:1.27-alpine", List.of());

        assertThat(statements).extracting(Statement::sid).containsExactly("WriteOwnLogs");
        assertThat(statements.get(0).resource()).containsExactly(LOG_GROUP + ":log-stream:*");
    }

    @Test
    void anEcrImageMayBePulledFromItsOwnRepositoryOnly() {
        var statements = TaskRoles.executionStatements(LOG_GROUP,
                "123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/team/web:1.4.2", List.of());

        var pull = statements.stream().filter(s -> s.sid().equals("PullOwnImage")).findFirst().orElseThrow();
        assertThat(pull.resource()).containsExactly("arn:aws:ecr:ap-northeast-2:123456789012:repository/team/web");
        assertThat(pull.action()).doesNotContain("ecr:*");
    }

    @Test
    void eachSecretReferenceGrantsExactlyTheSecretItNames() {
        var statements = TaskRoles.executionStatements(LOG_GROUP, "nginx:1.27", List.of(
                SECRET + ":password::",
                "arn:aws:secretsmanager:ap-northeast-2:123456789012:secret:app/partial"));

        assertThat(statements).filteredOn(s -> s.sid().equals("ReadOwnSecrets")).singleElement()
                .satisfies(s -> assertThat(s.resource()).containsExactly(
                        "arn:aws:secretsmanager:ap-northeast-2:123456789012:secret:app/api-AbCdEf",
                        "arn:aws:secretsmanager:ap-northeast-2:123456789012:secret:app/partial-??????"));
    }

    @Test
    void secretsAreReadableExactlyAsConfigured() {
        var statements = TaskRoles.executionStatements(LOG_GROUP, "nginx:1.27", List.of(SECRET, PARAMETER));

        assertThat(statements).filteredOn(s -> s.sid().equals("ReadOwnParameters")).singleElement()
                .satisfies(s -> assertThat(s.resource()).containsExactly(PARAMETER));
        assertThat(statements).filteredOn(s -> s.sid().equals("ReadOwnSecrets")).singleElement()
                .satisfies(s -> assertThat(s.resource()).containsExactly(SECRET));
        assertThat(statements).flatExtracting(Statement::resource).doesNotContain("*");
    }
}
