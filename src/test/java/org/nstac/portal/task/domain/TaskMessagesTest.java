package org.nstac.portal.task.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nstac.portal.task.domain.Eligibility.Reason;

/** Every rule key, reason and label the task rules need exists in English and Serbian, and formats as meant. */
class TaskMessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/nstac/portal/i18n");
    private static final Locale SERBIAN = Locale.forLanguageTag("sr-Latn");

    /** The bundle prefix of each enum a page shows. */
    private static final Map<String, Class<? extends Enum<?>>> LABELS = Map.of(
            "TaskKind", TaskKind.class,
            "PayBasis", PayBasis.class,
            "TaskOfferState", OfferState.class,
            "TaskState", TaskState.class);

    private static final List<Class<?>> WITH_KEYS = List.of(TaskTerms.class, WorkLog.class, Suggestion.class,
            OfferState.class, TaskState.class, TaskPay.class, Eligibility.class, Gini.class, TaskSafetyPlan.class,
            TaskSafetyRules.class);

    @Test
    void everyKeyConstantAndEveryReasonHasAMessageInBothLanguages() throws Exception {
        Set<String> keys = new TreeSet<>();
        for (Class<?> type : WITH_KEYS) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (field.getType() == String.class && Modifier.isStatic(modifiers) && Modifier.isPublic(modifiers)) {
                    keys.add((String) field.get(null));
                }
            }
        }
        assertEquals(23, keys.size(), keys.toString());
        for (Reason reason : Reason.values()) {
            keys.add(reason.messageKey());
        }
        assertAllPresent(keys);
    }

    @Test
    void everyEnumValueAPageShowsHasALabelInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        LABELS.forEach((prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                keys.add(prefix + "." + value.name());
            }
        });
        assertAllPresent(keys);
    }

    @Test
    void theSuggestionReasonReadsWellInBothLanguages() throws IOException {
        String en = load("messages.properties").getProperty(Suggestion.REASON);
        String sr = load("messages_sr_Latn.properties").getProperty(Suggestion.REASON);
        assertEquals("Offered no tasks and earned 0.00 RSD in the last 6 months.",
                format(en, Locale.ENGLISH, 0, "0", 6));
        assertEquals("Offered one task and earned 2,500.00 RSD in the last month.",
                format(en, Locale.ENGLISH, 1, "2500", 1));
        assertEquals("Offered 3 tasks and earned 12,345.50 RSD in the last 12 months.",
                format(en, Locale.ENGLISH, 3, "12345.5", 12));
        assertEquals("Ponuđeni zadaci: 3; zarada: 12.345,50 RSD; period u mesecima: 6.",
                format(sr, SERBIAN, 3, "12345.5", 6));
    }

    @Test
    void limitsReadAsNumbersInEachLanguage() throws IOException {
        String en = load("messages.properties").getProperty(TaskTerms.RATE_INVALID);
        String sr = load("messages_sr_Latn.properties").getProperty(TaskTerms.RATE_INVALID);
        Object[] limit = {TaskTerms.MAX_RATE};
        assertTrue(new MessageFormat(en, Locale.ENGLISH).format(limit).contains("1,000,000"));
        assertTrue(new MessageFormat(sr, SERBIAN).format(limit).contains("1.000.000"));
    }

    private static String format(String pattern, Locale locale, int offers, String earnings, int months) {
        Suggestion suggestion = Suggestion.rank(List.of(new Suggestion.RecentRecord("m-1", offers,
                new BigDecimal(earnings), offers == 0 ? null : TaskFixtures.TODAY)), months).get(0);
        // The task's currency follows the domain's arguments (the application adds it: earnings are per currency).
        List<Object> args = new java.util.ArrayList<>(suggestion.reasonArgs());
        args.add("RSD");
        return new MessageFormat(pattern, locale).format(args.toArray());
    }

    private static void assertAllPresent(Set<String> keys) throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_sr_Latn.properties"}) {
            Properties messages = load(bundle);
            for (String key : keys) {
                assertTrue(messages.containsKey(key), bundle + " lacks " + key);
                assertTrue(!messages.getProperty(key).isBlank(), bundle + " has an empty " + key);
            }
        }
    }

    private static Properties load(String bundle) throws IOException {
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages;
    }
}
