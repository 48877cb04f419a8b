package org.nstac.portal.shared;

import java.io.Serial;
import java.util.Arrays;
import java.util.List;

/**
 * Input broke a domain rule. Carries a message-bundle key (for example {@code member.iban.invalid}) and the rule's
 * parameters, so the web layer and the API can say it in English or Serbian.
 *
 * <p>Why a key and not a sentence: the exception may end up in a log, and the offending input is often personal
 * data (a legal name, an IBAN). The message is therefore the key alone, and the arguments are the rule's own
 * parameters (a limit, a minimum number of years), never the value that broke it.
 */
public class DomainRuleViolation extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<Object> args;

    /**
     * @param key  the message-bundle key, e.g. {@code member.admission.reasonRequired}
     * @param args the rule's parameters for the message (never the offending personal value); no nulls
     */
    public DomainRuleViolation(String key, Object... args) {
        super(requireKey(key));
        this.key = key;
        this.args = args == null ? List.of() : List.copyOf(Arrays.asList(args));
    }

    private static String requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A domain rule violation needs a message key");
        }
        return key;
    }

    /** The message-bundle key that names the broken rule. */
    public String key() {
        return key;
    }

    /** The rule's parameters for the translated message, in order; empty when the message needs none. */
    public List<Object> args() {
        return args;
    }

    /** The arguments as an array, the shape {@link java.text.MessageFormat} takes. */
    public Object[] argsArray() {
        return args.toArray();
    }
}
