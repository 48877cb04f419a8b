package org.nstac.portal.consultation.domain;

import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gentle check a member's comment goes through before it is posted: does it seem to contain an e-mail
 * address, a phone number, an identity or passport number, someone's full name, or the member's own lived
 * experience? The page then says so, kindly, and the member decides: they may post the comment unchanged.
 *
 * <p>Why only a warning: the comment is the member's, and a member may choose to speak from experience. But a
 * ministry reads the comments, and names and numbers in them can lead back to a member or to someone they know;
 * comments are about the draft, and nobody must feel they have to tell what happened to them. The check is a
 * reminder at the moment it matters, not a filter.
 *
 * <p>Why so careful about false alarms: a warning on every ordinary comment teaches members to ignore it. So
 * article numbers ("Article 12"), years, durations ("24 hours", "5 years"), dates, the free helpline numbers
 * (0800) and the names of institutions, places and laws are left alone, and a name is only suspected from two or
 * more capitalised words in a row in the middle of a sentence that are not on a short list of legal, official and
 * place words. It will miss things (a name at the very start of a sentence, a name written in lower case, a
 * number in an unusual shape, Serbian written in Cyrillic), and the secretariat still moderates.
 *
 * <p>Only the kinds are returned, never the matched text: nothing here can leak into a log.
 */
public final class PersonalDetailsCheck {

    /**
     * The message key of the sentence that introduces the findings; each finding then has its own message,
     * {@code PersonalDetail.<NAME>}.
     */
    public static final String WARNING_KEY = "consultation.comment.check.lead";

    /**
     * An e-mail address's shape, written so that matching takes time in proportion to the text: the local part
     * starts only where a run of its characters starts (the look-behind), and no part is ever given back
     * (possessive quantifiers). The last label must be letters ({@link #emails} checks it).
     */
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}._%+\\-]++@[\\p{L}\\p{N}\\-]++(?:\\.[\\p{L}\\p{N}\\-]++){1,16}+");
    private static final Pattern TOP_LEVEL = Pattern.compile("\\p{L}{2,}");

    /** The longest text the check reads: far beyond any comment (they stop at 5,000 characters). */
    public static final int MAX_INPUT = 20_000;

    /** +381 64 123 4567, 00381 64 1234567, +381 (0)11 123-4567. */
    private static final Pattern INTERNATIONAL_PHONE = Pattern.compile(
            "(?<![\\w+])(?:\\+|00)[1-9]\\d{0,2}(?:[ \\-/]?\\(0\\))?(?:[ \\-/]?\\d{1,4}){2,5}(?!\\w)",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** 064/123-456, 0641234567, 011 123 4567, (011) 123-4567: a trunk 0, then the number. */
    private static final Pattern DOMESTIC_PHONE = Pattern.compile(
            "(?<![\\w+]|\\d[.,])(?:\\(0[1-9]\\d{0,2}\\)|0[1-9]\\d{0,2})(?:[ \\-/]?\\d{2,4}){2,4}(?!\\w)",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** 05/03/2026 and 05-03-2026 have the shape of a phone number but are dates. */
    private static final Pattern DATE = Pattern.compile("\\d{1,2}[ ./\\-]\\d{1,2}[ ./\\-]\\d{2,4}");

    /** Free and shared-cost service lines (0800, 0700) belong to services, never to a person. */
    private static final Pattern SERVICE_LINE = Pattern.compile("0[78]00\\d*");

    /**
     * The Serbian personal number (JMBG): 13 digits standing alone, counted only when they begin with a day and
     * a month and end with the right check digit, so a case or account number of the same length is left alone.
     */
    private static final Pattern JMBG = Pattern.compile("(?<![\\w+])\\d{13}(?!\\w)", Pattern.UNICODE_CHARACTER_CLASS);

    /** Passport and identity card numbers: one or two capital letters and digits, 8 or 9 characters in all. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?<!\\w)(?:[A-Z]\\d{7,8}|[A-Z]{2}\\d{6,7})(?!\\w)", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A word, hyphenated or with an apostrophe. Repetitions are bounded here and below: Java matches a repeated group
     * by recursion, and an unbounded one over hostile text ("a-a-a-...") would exhaust the stack.
     */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]++(?:[\\-'\u2019][\\p{L}\\p{M}]++){0,8}");

    /** A capitalised word of two letters or more: "Petrović", "Jovanović-Ilić", "O'Neill". */
    private static final Pattern CAPITALISED = Pattern.compile(
            "\\p{Lu}[\\p{Ll}\\p{M}]++(?:[\\-'\u2019]\\p{Lu}?[\\p{Ll}\\p{M}]++){0,8}");

    /** What may stand between two words of one name: spaces on the same line. */
    private static final Pattern NAME_GAP = Pattern.compile("[ \\t\u00A0]+");

    /** Characters skipped when looking back for the end of the previous sentence. */
    private static final String OPENERS =
            " \t\u00A0\"'\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB([-\u2013\u2014*\u2022";

    /** Abbreviated titles: the full stop after them does not end a sentence, and a name usually follows. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "g", "gdja", "gdin", "gca");

    /**
     * Capitalised words that are not personal names: legal and official words, institutions, places, months and
     * days, and the small words a title-cased heading capitalises; English and Serbian Latin, folded (no
     * diacritics, lower case), in the inflected forms a comment most often uses. A run of capitalised words
     * containing one of these is an institution or a heading, not a person.
     */
    private static final Set<String> NOT_NAMES = Set.copyOf(List.of(
            // English: legal and official words
            "article", "articles", "section", "sections", "paragraph", "chapter", "part", "annex", "item", "point",
            "clause", "law", "laws", "act", "code", "criminal", "procedure", "civil", "constitution",
            "constitutional", "amendment", "amendments", "regulation", "regulations", "rulebook", "decree",
            "directive", "convention", "protocol", "strategy", "action", "plan", "programme", "program", "guidance",
            "guidelines", "report", "annual", "official", "gazette", "ministry", "minister", "government", "republic",
            "council", "assembly", "parliament", "national", "committee", "commission", "court", "supreme",
            "prosecutor", "prosecution", "public", "office", "agency", "centre", "center", "police", "justice",
            "interior", "labour", "labor", "employment", "social", "welfare", "health", "education", "affairs",
            "foreign", "finance", "human", "rights", "trafficking", "anti", "protection", "referral", "mechanism",
            "legal", "aid", "international", "red", "cross", "la", "strada", "state", "city", "municipality",
            "society", "foundation", "foundations", "institute", "university", "faculty", "school", "hospital",
            "fund", "bank", "network", "association", "initiative", "organisation", "organization", "shelter",
            "house", "home", "safe", "evaluation", "round", "first", "second", "third", "fourth", "fifth",
            // English: places, months, days, languages
            "serbia", "serbian", "european", "europe", "union", "united", "nations", "states", "kingdom", "arab",
            "belgrade", "novi", "sad", "nis", "kragujevac", "subotica", "north", "south", "east", "west", "western",
            "balkans", "africa", "asia", "america", "macedonia", "bosnia", "herzegovina", "montenegro", "croatia",
            "kosovo", "albania", "english",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            // English: small words of title-cased headings and letters
            "the", "an", "of", "for", "and", "or", "in", "on", "at", "by", "to", "with", "from", "under", "into",
            "about", "against", "between", "within", "without", "this", "that", "these", "those", "it", "its", "we",
            "our", "they", "their", "he", "she", "his", "her", "you", "your", "my", "if", "when", "where", "while",
            "but", "not", "no", "all", "any", "each", "every", "should", "must", "shall", "will", "would", "can",
            "could", "also", "as", "there", "here", "what", "which", "who", "how", "why", "please", "thank",
            "thanks", "yes", "dear", "best", "regards", "kind", "new",
            // Serbian Latin: legal and official words
            "clan", "clana", "clanu", "clanom", "clanovi", "clanova", "zakon", "zakona", "zakonu", "zakonom",
            "zakonik", "zakonika", "krivicni", "krivicnog", "ministarstvo", "ministarstva", "ministarstvu",
            "ministar", "republika", "republike", "republici", "srbija", "srbije", "srbiji", "vlada", "vlade",
            "vladi", "narodna", "narodne", "skupstina", "skupstine", "ustav", "ustava", "stav", "stava", "tacka",
            "tacke", "centar", "centra", "kancelarija", "kancelarije", "sud", "suda", "tuzilastvo", "tuzilastva",
            "policija", "policije", "uprava", "agencija", "savet", "saveta", "strategija", "strategije",
            "pravilnik", "uredba", "odluka", "sluzbeni", "glasnik", "evropska", "evropske", "unija", "unije",
            "beograd", "beograda", "beogradu", "novi", "nova", "novo", "stari", "stara", "staro", "gornji", "donji",
            "veliko", "velika", "veliki", "mali", "mala",
            "januar", "februar", "mart", "maj", "jun", "jul", "avgust", "septembar", "oktobar", "novembar",
            "decembar", "ponedeljak", "utorak", "sreda", "cetvrtak", "petak", "subota", "nedelja",
            // Serbian Latin: small words
            "na", "za", "od", "do", "sa", "iz", "po", "pri", "ali", "ili", "da", "ne", "to", "taj", "ta", "ovaj",
            "ova", "ovo", "ovi", "mi", "vi", "oni", "kada", "kad", "ako", "gde", "sto", "sve", "svaki", "treba",
            "mora", "moze", "molim", "hvala", "postovani", "postovana"));

    /**
     * First-person words about what happened to the author, in English and Serbian Latin, matched against the
     * folded text. "When I was reading the draft" is about the comment, not the author's life, and is left alone.
     */
    private static final Pattern LIVED_EXPERIENCE = Pattern.compile(String.join("|",
            "\\bwhen i was\\b(?! (?:reading|reviewing|looking|preparing|writing|commenting|checking|studying"
                    + "|drafting|going through|working on)\\b)",
            "\\bi was (?:forced|trafficked|sold|exploited|held|locked|beaten|threatened|raped|deceived|tricked"
                    + "|made to)\\b",
            "\\bhappened to me\\b",
            "\\bmy (?:traffickers?|exploiters?|pimp|captors?)\\b",
            "\\bthey (?:took|kept|sold|forced|locked|beat|threatened) (?:my|me)\\b",
            "\\bi escaped\\b",
            "\\bkada? sam (?:bila|bio)\\b",
            "\\b(?:bila|bio) sam (?:primoran|prodat|prodan|zarobljen|zakljucan|pretucen|eksploatisan|trafikovan"
                    + "|zatvoren|drzan|prevaren)a?\\b",
            "\\b(?:primoral|nateral)[ie] su me\\b",
            "\\bmeni se (?:desilo|dogodilo|desavalo)\\b",
            "\\b(?:desilo|dogodilo) (?:mi se|se meni)\\b",
            "\\bmoj(?:i|a|eg|em|im)? (?:trafiker|eksploatator|makro|svodnik)\\w*",
            "\\b(?:uzeli|oduzeli|prodali|zatvorili|tukli|drzali|zakljucali) su (?:mi|me)\\b"));

    private PersonalDetailsCheck() {
    }

    /**
     * The kinds of personal detail the text seems to contain; empty when none. Never throws on odd text.
     *
     * @param text a comment's text; read, never kept
     * @return an unmodifiable set, in the order of {@link PersonalDetail}
     */
    public static Set<PersonalDetail> findIn(String input) {
        Objects.requireNonNull(input, "text");
        String text = input.length() > MAX_INPUT ? input.substring(0, MAX_INPUT) : input;
        Set<PersonalDetail> found = EnumSet.noneOf(PersonalDetail.class);
        List<int[]> emails = emails(text);
        if (!emails.isEmpty()) {
            found.add(PersonalDetail.EMAIL);
        }
        // An e-mail address's digits must not pass for a phone or document number.
        StringBuilder blanked = new StringBuilder(text);
        for (int[] range : emails) {
            for (int i = range[0]; i < range[1]; i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        String withoutEmails = blanked.toString();
        if (hasPhoneNumber(withoutEmails)) {
            found.add(PersonalDetail.PHONE);
        }
        if (hasPersonalNumber(withoutEmails) || DOCUMENT_NUMBER.matcher(withoutEmails).find()) {
            found.add(PersonalDetail.ID_NUMBER);
        }
        if (hasFullName(withoutEmails)) {
            found.add(PersonalDetail.FULL_NAME);
        }
        if (LIVED_EXPERIENCE.matcher(fold(text)).find()) {
            found.add(PersonalDetail.PERSONAL_STORY);
        }
        return Collections.unmodifiableSet(found);
    }

    /**
     * Where the e-mail addresses are, as [start, end) ranges: an address ends at its last label of two letters or
     * more ({@code a@b.org.} ends before the final dot; {@code a@b.c1} is none).
     */
    static List<int[]> emails(String text) {
        List<int[]> ranges = new java.util.ArrayList<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            String domain = text.substring(text.indexOf('@', m.start()) + 1, m.end());
            String[] labels = domain.split("\\.", -1);
            int keep = labels.length;
            while (keep >= 2 && !TOP_LEVEL.matcher(labels[keep - 1]).matches()) {
                keep--;
            }
            if (keep >= 2) {
                int length = String.join(".", java.util.Arrays.copyOf(labels, keep)).length();
                ranges.add(new int[] {m.start(), text.indexOf('@', m.start()) + 1 + length});
            }
        }
        return ranges;
    }

    private static boolean hasPhoneNumber(String text) {
        Matcher international = INTERNATIONAL_PHONE.matcher(text);
        while (international.find()) {
            int digits = digits(international.group().replace("(0)", ""));
            if (digits >= 8 && digits <= 15) {
                return true;
            }
        }
        Matcher domestic = DOMESTIC_PHONE.matcher(text);
        while (domestic.find()) {
            String candidate = domestic.group();
            String digitsOnly = candidate.replaceAll("\\D", "");
            if (digitsOnly.length() >= 8 && digitsOnly.length() <= 11
                    && !DATE.matcher(candidate).matches()
                    && !SERVICE_LINE.matcher(digitsOnly).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPersonalNumber(String text) {
        Matcher candidate = JMBG.matcher(text);
        while (candidate.find()) {
            if (isPersonalNumber(candidate.group())) {
                return true;
            }
        }
        return false;
    }

    /** Day 01-31, month 01-12, and the JMBG's modulo-11 check digit. */
    static boolean isPersonalNumber(String thirteenDigits) {
        int[] d = thirteenDigits.chars().map(c -> Character.digit(c, 10)).toArray();
        int day = d[0] * 10 + d[1];
        int month = d[2] * 10 + d[3];
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return false;
        }
        int sum = 7 * (d[0] + d[6]) + 6 * (d[1] + d[7]) + 5 * (d[2] + d[8]) + 4 * (d[3] + d[9])
                + 3 * (d[4] + d[10]) + 2 * (d[5] + d[11]);
        int check = 11 - sum % 11;
        return d[12] == (check > 9 ? 0 : check);
    }

    private static int digits(String candidate) {
        return (int) candidate.chars().filter(Character::isDigit).count();
    }

    /** Two or more capitalised words in a row, not at a sentence's start and not on the list of other words. */
    private static boolean hasFullName(String text) {
        Matcher word = WORD.matcher(text);
        int run = 0;
        int previousEnd = -1;
        while (word.find()) {
            boolean adjacent = previousEnd >= 0
                    && NAME_GAP.matcher(text.substring(previousEnd, word.start())).matches();
            if (!adjacent) {
                run = 0;
            }
            previousEnd = word.end();
            boolean nameLike = CAPITALISED.matcher(word.group()).matches()
                    && !NOT_NAMES.contains(fold(word.group()))
                    && !startsSentence(text, word.start());
            run = nameLike ? run + 1 : 0;
            if (run >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code start} opens a sentence, a line or the text, where capitals say nothing. */
    private static boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && OPENERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        if (c == '.') {
            return !TITLES.contains(fold(wordBefore(text, i)));
        }
        return c == '\n' || c == '\r' || c == '!' || c == '?' || c == '\u2026' || c == ';';
    }

    private static String wordBefore(String text, int end) {
        int i = end;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, end);
    }

    /** Lower case, without diacritics (č, ć to c; š to s; ž to z; đ to dj), typographic apostrophes plain. */
    static String fold(String text) {
        String bare = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return bare.replace("đ", "dj").replace('\u2019', '\'');
    }
}
