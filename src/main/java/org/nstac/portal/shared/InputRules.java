package org.nstac.portal.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bean Validation on the input records of the application services, in the portal's own terms: each constraint's
 * {@code message} is a message-bundle key (for example {@code @NotBlank(message = "task.title.required")}), and a
 * broken one is thrown as the {@link DomainRuleViolation} with that key, so pages and the API say it in the user's
 * language exactly as the hand-written checks did. Pages and API alike go through the services, so both are checked.
 *
 * <p>The key is never interpolated (the messages are the bundles', in the caller's language), and the offending value
 * never travels with it: only the rule's own limit, for {@code @Size(max)}, {@code @Max}, {@code @DecimalMax} and
 * {@code @Min}, as the message's one argument. When several fields are wrong, the first in the record's declaration
 * order is reported, the order a form shows them in.
 */
public final class InputRules {

    /** The key as written: the bundles translate it, never the validator. */
    private static final MessageInterpolator AS_WRITTEN = new MessageInterpolator() {
        @Override
        public String interpolate(String template, Context context) {
            return template;
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return template;
        }
    };

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(AS_WRITTEN).buildValidatorFactory().getValidator();

    private static final Set<String> LIMITS = Set.of("max", "value");

    private InputRules() {
    }

    /**
     * Text as an input record keeps it: stripped, and blank as none, so that a limit counts what is stored and
     * {@code @NotBlank} reports a blank field as missing.
     */
    public static String blankAsNone(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Checks an input record against its constraints.
     *
     * @throws DomainRuleViolation for the first broken constraint, with its key and limit
     */
    public static <T> T check(T input) {
        if (input == null) {
            return null;
        }
        Set<ConstraintViolation<T>> broken = VALIDATOR.validate(input);
        if (broken.isEmpty()) {
            return input;
        }
        List<String> order = order(input.getClass());
        ConstraintViolation<T> first = broken.stream()
                .min(Comparator.comparingInt((ConstraintViolation<T> v) -> position(order, v))
                        .thenComparing(v -> v.getMessage()))
                .orElseThrow();
        Object limit = limit(first.getConstraintDescriptor());
        throw limit == null ? new DomainRuleViolation(first.getMessage())
                : new DomainRuleViolation(first.getMessage(), limit);
    }

    private static List<String> order(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        return components == null ? List.of() : java.util.Arrays.stream(components).map(RecordComponent::getName)
                .toList();
    }

    private static int position(List<String> order, ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.indexOf('.');
        int bracket = path.indexOf('[');
        int end = dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
        int at = order.indexOf(end < 0 ? path : path.substring(0, end));
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static Object limit(ConstraintDescriptor<?> descriptor) {
        Map<String, Object> attributes = descriptor.getAttributes();
        for (String name : LIMITS) {
            Object value = attributes.get(name);
            if (value instanceof Number || value instanceof String) {
                return value;
            }
        }
        return null;
    }
}
