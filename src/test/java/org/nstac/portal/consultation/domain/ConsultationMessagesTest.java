package org.nstac.portal.consultation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every rule key and every label the consultation rules need exists in English and Serbian. */
class ConsultationMessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/nstac/portal/i18n");

    /** The bundle prefix of each enum a page shows. */
    private static final Map<String, Class<? extends Enum<?>>> LABELS = Map.of(
            "ConsultationPhase", Phase.class,
            "CommentAttribution", Attribution.class,
            "AnswerDisposition", Disposition.class,
            "PersonalDetail", PersonalDetail.class);

    private static final List<Class<?>> WITH_KEYS = List.of(Phase.class, ConsultationRules.class, AuthorLabel.class,
            CommentBody.class, CommentDepth.class, Answer.class, ConsultationDates.class, PersonalDetailsCheck.class);

    @Test
    void everyKeyConstantHasAMessageInBothLanguages() throws Exception {
        Set<String> keys = new TreeSet<>();
        for (Class<?> type : WITH_KEYS) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (field.getType() == String.class && Modifier.isStatic(modifiers) && Modifier.isPublic(modifiers)) {
                    keys.add((String) field.get(null));
                }
            }
        }
        assertEquals(16, keys.size(), keys.toString());
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

    private static void assertAllPresent(Set<String> keys) throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_sr_Latn.properties"}) {
            Properties messages = new Properties();
            try (Reader in = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            for (String key : keys) {
                assertTrue(messages.containsKey(key), bundle + " lacks " + key);
                assertTrue(!messages.getProperty(key).isBlank(), bundle + " has an empty " + key);
            }
        }
    }
}
