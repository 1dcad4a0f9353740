package com.ecsplatform.edge;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;

/**
 * Where the load balancer writes its access logs.
 *
 * @param bucket   the S3 bucket's name
 * @param prefix   the key prefix under which the bucket's policy lets the load balancer write
 * @param writable the bucket policy: AWS checks it when access logging is switched on, so the load
 *                 balancer waits for it
 */
public record AccessLogDestination(Output<String> bucket, String prefix, Resource writable) {
}
