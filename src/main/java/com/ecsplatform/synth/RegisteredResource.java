package com.ecsplatform.synth;

import com.google.gson.JsonObject;

import java.util.List;
import java.util.Map;

/**
 * One resource as the program registered it: what the offline synth writes and what tests assert on.
 *
 * @param urn     the resource's URN
 * @param type    its type token, e.g. {@code aws:ec2/vpc:Vpc}
 * @param name    its logical name, unique within the stack
 * @param parent  the parent's URN; null for the stack itself
 * @param custom  false for component resources and the stack
 * @param inputs  the inputs as registered, secrets written as {@code [secret]}
 * @param options the resource options a reviewer cares about
 * @param inputDependencies for each input that came from other resources, their logical names (tests
 *                          use it to tell a reference from a literal that merely looks the same)
 */
public record RegisteredResource(
        String urn,
        String type,
        String name,
        String parent,
        boolean custom,
        JsonObject inputs,
        Options options,
        Map<String, List<String>> inputDependencies) {

    public RegisteredResource {
        inputDependencies = Map.copyOf(inputDependencies);
    }

    /**
     * @param dependsOn           logical names of explicit dependencies not already implied by an input
     * @param ignoreChanges       properties {@code pulumi up} leaves alone once created
     * @param protect             whether deleting it fails the deployment
     * @param deleteBeforeReplace whether a replacement deletes the old one first
     * @param retainOnDelete      whether Pulumi leaves it in AWS when removed from the program
     * @param aliases             URNs the resource was known by before (renames, re-parenting), sorted
     */
    public record Options(List<String> dependsOn, List<String> ignoreChanges, boolean protect,
                          boolean deleteBeforeReplace, boolean retainOnDelete, List<String> aliases) {
        public Options {
            dependsOn = List.copyOf(dependsOn);
            ignoreChanges = List.copyOf(ignoreChanges);
            aliases = List.copyOf(aliases);
        }
    }
}
