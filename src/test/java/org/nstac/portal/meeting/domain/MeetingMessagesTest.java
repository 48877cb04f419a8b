package org.nstac.portal.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.nstac.portal.meeting.domain.Attendance.Presence;

/** Every rule key and label the meeting rules need exists in English and Serbian, in the council's words. */
class MeetingMessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/nstac/portal/i18n");
    private static final Locale SERBIAN = Locale.forLanguageTag("sr-Latn");

    /** The bundle prefix of each enum a page shows. */
    private static final Map<String, Class<? extends Enum<?>>> LABELS = Map.of(
            "MeetingKind", MeetingKind.class,
            "MeetingNaming", MeetingNaming.class,
            "MeetingInvitationState", InvitationState.class,
            "MeetingPresence", Presence.class,
            "MeetingMinutesState", MinutesState.class,
            "meeting.state", MeetingState.class);

    private static final List<Class<?>> WITH_KEYS = List.of(Place.class, MeetingTimes.class, SafetyPlan.class,
            InvitationState.class, InvitationRules.class, Attendance.class, MeetingPay.class, Overlap.class,
            MinutesState.class, MinutesPart.class, MeetingState.class);

    private static Set<String> keyConstants() throws IllegalAccessException {
        Set<String> keys = new TreeSet<>();
        for (Class<?> type : WITH_KEYS) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (field.getType() == String.class && Modifier.isStatic(modifiers) && Modifier.isPublic(modifiers)) {
                    keys.add((String) field.get(null));
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyConstantHasAMessageInBothLanguages() throws Exception {
        Set<String> keys = keyConstants();
        assertEquals(35, keys.size(), keys.toString());
        for (String key : keys) {
            assertTrue(key.startsWith("meeting.") || key.startsWith("mail.discreet."), key);
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
    void noMeetingMessageCallsAnyoneAVictimOrAsksForTheirStory() throws Exception {
        for (String bundle : new String[] {"messages.properties", "messages_sr_Latn.properties"}) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                if (!key.startsWith("meeting.") && !key.startsWith("Meeting") && !key.startsWith("mail.")) {
                    continue;
                }
                String text = messages.getProperty(key).toLowerCase(Locale.ROOT);
                assertFalse(text.contains("victim") || text.contains("žrtv"), bundle + " " + key);
                assertFalse(text.contains("tell us") || text.contains("your story") || text.contains("vašu priču")
                        || text.contains("ispričajte"), bundle + " " + key);
            }
        }
    }

    @Test
    void serbianMessagesUseTheirOwnLetters() throws IOException {
        Properties sr = load("messages_sr_Latn.properties");
        assertTrue(sr.getProperty("meeting.safety.supportPerson.required").contains("podršku"));
        assertTrue(sr.getProperty("meeting.venue.required").contains("održava"));
        assertTrue(sr.getProperty("MeetingKind.PUBLIC_EVENT").contains("događaj"));
        assertTrue(sr.getProperty("MeetingNaming.PSEUDONYM_BADGE").contains("Bedževi"));
        assertTrue(sr.getProperty("mail.discreet.body").contains("čeka"));
    }

    @Test
    void limitsAndCountsReadAsNumbersInEachLanguage() throws IOException {
        Properties en = load("messages.properties");
        Properties sr = load("messages_sr_Latn.properties");
        assertEquals("A part of the minutes can be at most 20,000 characters long.",
                new MessageFormat(en.getProperty(MinutesPart.TEXT_TOO_LONG), Locale.ENGLISH)
                        .format(new Object[] {MinutesPart.MAX_LENGTH}));
        assertEquals("Deo zapisnika može imati najviše 20.000 znakova.",
                new MessageFormat(sr.getProperty(MinutesPart.TEXT_TOO_LONG), SERBIAN)
                        .format(new Object[] {MinutesPart.MAX_LENGTH}));
        assertTrue(new MessageFormat(en.getProperty(Attendance.HOURS_INVALID), Locale.ENGLISH)
                .format(new Object[] {new BigDecimal("6.50")}).contains("at most 6.5,"));
        String overlap = en.getProperty(Overlap.WARNING);
        assertEquals("This meeting overlaps another meeting the member has accepted.",
                new MessageFormat(overlap, Locale.ENGLISH).format(new Object[] {1}));
        assertEquals("This meeting overlaps 3 other meetings the member has accepted.",
                new MessageFormat(overlap, Locale.ENGLISH).format(new Object[] {3}));
        assertEquals("Ovaj sastanak se preklapa sa sastancima koje je član već prihvatio (broj sastanaka: 3).",
                new MessageFormat(sr.getProperty(Overlap.WARNING), SERBIAN).format(new Object[] {3}));
    }

    private static void assertAllPresent(Set<String> keys) throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_sr_Latn.properties"}) {
            Properties messages = load(bundle);
            for (String key : keys) {
                assertTrue(messages.containsKey(key), bundle + " lacks " + key);
                assertFalse(messages.getProperty(key).isBlank(), bundle + " has an empty " + key);
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
