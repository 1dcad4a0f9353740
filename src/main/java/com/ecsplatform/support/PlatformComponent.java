package com.ecsplatform.support;

import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;

import java.util.Map;
import java.util.TreeMap;

/**
 * The base of every box in the architecture diagram: a component whose children are named after it
 * ({@code <component>-<role>}) and parented to it, so a preview's URN tree reads like the diagram
 * and the component can be instantiated twice without name clashes.
 */
public abstract class PlatformComponent extends ComponentResource {

    private final String baseName;
    private final Map<String, String> tags;

    /**
     * @param type the component's type token, {@code ecs-platform:<module>:<Type>}
     * @param name the component's logical name; prefix of every child's name
     * @param tags tags every taggable child carries (its own {@code Name} added)
     */
    protected PlatformComponent(String type, String name, Map<String, String> tags, ComponentResourceOptions options) {
        super(type, name, options);
        this.baseName = name;
        this.tags = Map.copyOf(tags);
    }

    /** The logical name of the child playing {@code role}. */
    protected String child(String role) {
        return baseName + "-" + role;
    }

    /** Options for a direct child. */
    protected CustomResourceOptions childOptions() {
        return CustomResourceOptions.builder().parent(this).build();
    }

    /** Options for a child nested under another child (for instance a route under its route table). */
    protected static CustomResourceOptions under(Resource parent) {
        return CustomResourceOptions.builder().parent(parent).build();
    }

    /** The common tags plus {@code Name}, sorted for a stable diff. */
    protected Map<String, String> tagsNamed(String nameTag) {
        var named = new TreeMap<>(tags);
        named.put("Name", nameTag);
        return named;
    }

    /** The common tags, sorted for a stable diff. */
    protected Map<String, String> tags() {
        return new TreeMap<>(tags);
    }
}
