package io.clinicflow.loadtest.volume;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.util.ClassUtils;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which consumer group reads which topics, as the services' {@code @KafkaListener}s say (the group is the listener's
 * {@code groupId}, else its {@code id}). Read from the code, not from the broker: a group that never committed an
 * offset on a topic (nothing came while it ran) has no trace of it there, yet reads it from the earliest record when
 * it next starts.
 */
final class ServiceListeners {

    private ServiceListeners() {
    }

    /** The groups of every listener under the packages, each with the topics it subscribes to. */
    static Map<String, Set<String>> groupsAndTopics(List<String> basePackages) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getAnnotationMetadata()
                .hasAnnotatedMethods(KafkaListener.class.getName())
                || reader.getAnnotationMetadata().hasAnnotation(KafkaListener.class.getName()));
        Map<String, Set<String>> topicsByGroup = new TreeMap<>();
        basePackages.stream().flatMap(basePackage -> scanner.findCandidateComponents(basePackage).stream())
                .map(ServiceListeners::load)
                .flatMap(type -> Stream.concat(Stream.of(type), Arrays.stream(type.getDeclaredMethods())))
                .flatMap(ServiceListeners::listenersOn)
                .forEach(listener -> topicsByGroup.computeIfAbsent(groupOf(listener), group -> new TreeSet<>())
                        .addAll(Arrays.asList(listener.topics())));
        topicsByGroup.remove("");
        return topicsByGroup;
    }

    private static Stream<KafkaListener> listenersOn(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotationsByType(KafkaListener.class));
    }

    private static String groupOf(KafkaListener listener) {
        if (!listener.groupId().isEmpty()) {
            return listener.groupId();
        }
        return listener.idIsGroup() ? listener.id() : "";
    }

    private static Class<?> load(BeanDefinition candidate) {
        return ClassUtils.resolveClassName(candidate.getBeanClassName(), ServiceListeners.class.getClassLoader());
    }
}
