package com.ecsplatform.tagging;

import com.pulumi.aws.autoscaling.GroupArgs;
import com.pulumi.aws.autoscaling.inputs.GroupTagArgs;
import com.pulumi.aws.ec2.InstanceArgs;
import com.pulumi.aws.ec2.LaunchTemplateArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateTagSpecificationArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ResourceArgs;
import com.pulumi.resources.ResourceTransformation;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The stack's tags, applied in one place: a resource transformation that every component's children
 * inherit (Pulumi applies a parent's transformations to each resource registered under it), the Pulumi
 * counterpart of CDK's {@code Tags.of(scope).add(...)}. Components only set what is theirs, the
 * {@code Name} tag; the transformation adds the standard tags underneath, so a resource's own key wins.
 *
 * <p>Why not an explicit AWS provider with {@code defaultTags}: an explicit provider reads none of the
 * stack's {@code aws:} settings ({@code aws:profile}, {@code aws:assumeRole}, {@code aws:defaultTags}, ...),
 * which the validator accepts, and moving every resource to a new provider is a change a deployed stack
 * would have to absorb. Provider default tags would also not cover what this class does cover:
 * <ul>
 *   <li>Auto Scaling group tags, which are a list with {@code propagate_at_launch} so the instances the
 *   group launches carry them (terraform-provider-aws {@code website/docs/r/autoscaling_group.html.markdown},
 *   "default_tags ... not propagated to instances launched by the group");</li>
 *   <li>launch-template {@code tag_specifications}, the tags of the instances and volumes launched from it;</li>
 *   <li>an EC2 instance's {@code volume_tags}.</li>
 * </ul>
 */
public final class StandardTags {

    private final Map<String, String> tags;

    private StandardTags(Map<String, String> tags) {
        this.tags = Map.copyOf(tags);
    }

    /** The tags every taggable resource carries. */
    public static StandardTags of(Map<String, String> tags) {
        return new StandardTags(tags);
    }

    /** The tags, sorted for a stable diff. */
    public Map<String, String> asMap() {
        return new TreeMap<>(tags);
    }

    /** Options that make a component, and everything registered under it, carry the standard tags. */
    public ComponentResourceOptions componentOptions() {
        return ComponentResourceOptions.builder().resourceTransformations(transformation()).build();
    }

    /** The transformation itself: adds the standard tags to a resource's inputs, if the resource is taggable. */
    public ResourceTransformation transformation() {
        return args -> Optional.of(new ResourceTransformation.Result(tagged(args.args()), args.options()));
    }

    private ResourceArgs tagged(ResourceArgs args) {
        ResourceArgs result = args;
        if (result instanceof GroupArgs group) {
            var own = group.tags().orElse(Output.of(List.of()));
            result = GroupArgs.builder(group).tags(own.apply(this::withGroupTags)).build();
        }
        if (result instanceof LaunchTemplateArgs template && template.tagSpecifications().isPresent()) {
            result = LaunchTemplateArgs.builder(template).tagSpecifications(template.tagSpecifications().get()
                    .applyValue(specs -> specs.stream().map(this::withTags).toList())).build();
        }
        if (result instanceof InstanceArgs instance) {
            result = InstanceArgs.builder(instance).volumeTags(merged(instance.volumeTags())).build();
        }
        var taggable = result;
        tagsField(taggable.getClass()).ifPresent(field -> setTags(field, taggable, merged(getTags(field, taggable))));
        return taggable;
    }

    private LaunchTemplateTagSpecificationArgs withTags(LaunchTemplateTagSpecificationArgs spec) {
        return LaunchTemplateTagSpecificationArgs.builder(spec).tags(merged(spec.tags())).build();
    }

    /**
     * The group's own tags, plus every standard tag whose key it does not set itself, propagated to the
     * instances it launches.
     */
    private Output<List<GroupTagArgs>> withGroupTags(List<GroupTagArgs> own) {
        return Output.all(own.stream().map(GroupTagArgs::key).toList()).applyValue(ownKeys -> {
            var result = new ArrayList<GroupTagArgs>();
            asMap().forEach((key, value) -> {
                if (!ownKeys.contains(key)) {
                    result.add(GroupTagArgs.builder().key(key).value(value).propagateAtLaunch(true).build());
                }
            });
            result.addAll(own);
            return result;
        });
    }

    private Output<Map<String, String>> merged(Optional<Output<Map<String, String>>> own) {
        return own.map(this::merged).orElseGet(() -> Output.of(asMap()));
    }

    private Output<Map<String, String>> merged(Output<Map<String, String>> own) {
        return own.applyValue(ownTags -> {
            Map<String, String> result = asMap();
            if (ownTags != null) {
                result.putAll(ownTags);
            }
            return result;
        });
    }

    private static final Map<Class<?>, Optional<Field>> TAGS_FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The {@code tags} input of a resource's args: a map of strings, as every taggable AWS resource has. */
    private static Optional<Field> tagsField(Class<?> argsClass) {
        return TAGS_FIELDS.computeIfAbsent(argsClass, type -> {
            for (Field field : type.getDeclaredFields()) {
                var input = field.getAnnotation(Import.class);
                if (input != null && input.name().equals("tags") && isStringMapOutput(field)) {
                    field.setAccessible(true);
                    return Optional.of(field);
                }
            }
            return Optional.empty();
        });
    }

    private static boolean isStringMapOutput(Field field) {
        return field.getGenericType() instanceof ParameterizedType output
                && output.getRawType() == Output.class
                && output.getActualTypeArguments()[0] instanceof ParameterizedType map
                && map.getRawType() == Map.class;
    }

    private static void setTags(Field field, ResourceArgs args, Output<Map<String, String>> tags) {
        try {
            // The args are built for this resource alone (each component builds its own), so completing
            // them in place is safe; the AWS SDK's Args types offer no common setter for their tags.
            field.set(args, tags);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Optional<Output<Map<String, String>>> getTags(Field field, ResourceArgs args) {
        try {
            return Optional.ofNullable((Output<Map<String, String>>) field.get(args));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
