package com.ecsplatform.aws;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A container image reference that points into Amazon ECR:
 * {@code <account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>[:tag|@digest]}.
 *
 * @param account    the registry's account id
 * @param region     the registry's region
 * @param repository the repository name, without tag or digest
 */
public record EcrImage(String account, String region, String repository) {

    private static final Pattern ECR_IMAGE = Pattern.compile(
            "(?<account>\\d{12})\\.dkr\\.ecr\\.(?<region>[a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?/(?<repository>[^:@]+)(?:[:@].*)?");

    /** The ECR parts of {@code image}; empty when the image lives in another registry. */
    public static Optional<EcrImage> parse(String image) {
        var matcher = ECR_IMAGE.matcher(image);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new EcrImage(matcher.group("account"), matcher.group("region"), matcher.group("repository")));
    }

    /** The repository's ARN, which IAM grants pulls on. */
    public String repositoryArn() {
        return "arn:aws:ecr:" + region + ":" + account + ":repository/" + repository;
    }
}
