package com.ecsplatform.synth.diff;

import static com.ecsplatform.synth.diff.GraphBuilder.SUBNET;
import static com.ecsplatform.synth.diff.GraphBuilder.VPC;
import static com.ecsplatform.synth.diff.PreviewTest.change;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which changes block: replacing or deleting what is protected or holds data, nothing else. */
class GuardTest {

    static final String LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
    static final String BUCKET = "aws:s3/bucketV2:BucketV2";
    static final String DB = "aws:rds/instance:Instance";

    private final GraphBuilder base = GraphBuilder.devNetwork();

    @Test
    void replacingAProtectedResourceBlocks() {
        GraphBuilder protectedVpc = base.copy().resource("net-vpc", VPC, r -> r.parent("net").protect()
                .inputs("{cidrBlock: '10.10.0.0/16'}"));
        Preview preview = Preview.between(protectedVpc.build(), protectedVpc.copy()
                .resource("net-vpc", VPC, r -> r.parent("net").protect().inputs("{cidrBlock: '10.20.0.0/16'}"))
                .build());

        assertThat(change(preview, "net-vpc").blocking()).contains("would replace a protected resource");
        assertThat(preview.blocking()).extracting(PlannedChange::name).containsExactly("net-vpc");
    }

    @Test
    void updatingAProtectedResourceInPlaceDoesNotBlock() {
        GraphBuilder protectedVpc = base.copy().resource("net-vpc", VPC, r -> r.parent("net").protect()
                .inputs("{cidrBlock: '10.10.0.0/16', tags: {Name: 'a'}}"));
        Preview preview = Preview.between(protectedVpc.build(), protectedVpc.copy()
                .resource("net-vpc", VPC, r -> r.parent("net").protect().inputs("{cidrBlock: '10.10.0.0/16', tags: {Name: 'b'}}"))
                .build());

        assertThat(preview.blocking()).isEmpty();
    }

    @Test
    void replacingStatelessResourcesDoesNotBlock() {
        Preview preview = Preview.between(base.build(), base.copy()
                .resource("net-vpc", VPC, r -> r.parent("net").inputs("{cidrBlock: '10.20.0.0/16'}"))
                .build());

        assertThat(preview.counts().replace()).isEqualTo(4);
        assertThat(preview.blocking()).isEmpty();
    }

    @Test
    void deletingARetainedLogGroupBlocks() {
        GraphBuilder logs = base.copy().resource("web-logs", LOG_GROUP, r -> r.retainOnDelete().inputs("{retentionInDays: 365}"));
        Preview preview = Preview.between(logs.build(), logs.copy().without("web-logs").build());

        assertThat(change(preview, "web-logs").blocking()).contains("would delete a retained log group, which holds its log history");
    }

    @Test
    void replacingALogGroupThatIsNotRetainedDoesNotBlock() {
        GraphBuilder logs = base.copy().resource("web-logs", LOG_GROUP, r -> r.inputs("{name: 'a', retentionInDays: 14}"));
        Preview preview = Preview.between(logs.build(), logs.copy()
                .resource("web-logs", LOG_GROUP, r -> r.inputs("{name: 'b', retentionInDays: 14}")).build());

        assertThat(change(preview, "web-logs").action()).isEqualTo(Action.REPLACE);
        assertThat(preview.blocking()).isEmpty();
    }

    @Test
    void replacingARetainedBucketBlocks() {
        GraphBuilder bucket = base.copy().resource("access-logs-bucket", BUCKET, r -> r.retainOnDelete().inputs("{bucket: 'logs-a'}"));
        Preview preview = Preview.between(bucket.build(), bucket.copy()
                .resource("access-logs-bucket", BUCKET, r -> r.retainOnDelete().inputs("{bucket: 'logs-b'}")).build());

        assertThat(change(preview, "access-logs-bucket").blocking()).contains("would replace a retained bucket, which holds its objects");
    }

    @Test
    void replacingADatabaseBlocksEvenWithoutProtection() {
        GraphBuilder db = base.copy().resource("db", DB, r -> r.inputs("{engine: 'postgres', username: 'app', instanceClass: 'db.t4g.micro'}"));
        Preview preview = Preview.between(db.build(), db.copy()
                .resource("db", DB, r -> r.inputs("{engine: 'postgres', username: 'admin', instanceClass: 'db.t4g.micro'}")).build());

        assertThat(change(preview, "db").blocking()).contains("would replace a database, which holds data");
    }

    @Test
    void aPossibleReplacementOfAProtectedResourceBlocks() {
        GraphBuilder protectedVpc = base.copy().resource("net-vpc", VPC, r -> r.parent("net").protect()
                .inputs("{cidrBlock: '10.10.0.0/16'}"));
        Preview preview = Preview.between(protectedVpc.build(), protectedVpc.copy()
                .resource("net-vpc", VPC, r -> r.parent("net").protect().inputs("{cidrBlock: '10.10.0.0/16', instanceTenancy: 'dedicated'}"))
                .build());

        assertThat(change(preview, "net-vpc").blocking()).contains("would possibly replace a protected resource");
    }

    @Test
    void aProtectedResourceReplacedThroughTheCascadeBlocks() {
        GraphBuilder guarded = base.copy().resource("net-public-0", SUBNET, r -> r.parent("net").protect()
                .inputs("{vpcId: '${net-vpc.id}', cidrBlock: '10.10.0.0/24'}"));
        Preview preview = Preview.between(guarded.build(), guarded.copy()
                .resource("net-vpc", VPC, r -> r.parent("net").inputs("{cidrBlock: '10.10.0.0/16', enableDnsHostnames: true, "
                        + "tags: {Name: 'ecs-platform-dev'}, ipv4IpamPoolId: 'ipam-pool-1'}"))
                .build());

        assertThat(preview.blocking()).extracting(PlannedChange::name).containsExactly("net-public-0");
    }
}
