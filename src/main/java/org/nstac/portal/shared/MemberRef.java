package org.nstac.portal.shared;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A council member's opaque reference: what every feature but the member's own and the vault knows a member by. It
 * carries nothing about the person: {@code m-} and random characters ({@code Member} draws 14 from lower-case letters
 * and digits without look-alikes), the same for the member's whole time on the council and after full withdrawal, so
 * the ledger and the council's records stay coherent.
 *
 * <p>Why a value and not a {@code String}: a reference cannot be confused with a login, a pseudonym or an
 * idempotency key, and a value that is no reference at all is refused where it enters rather than stored. The rule is
 * the shape the references have always had ({@code m-}, then lower-case letters and digits, at most
 * {@value #MAX_LENGTH} characters in all, the width of every {@code member_ref} column), not the exact alphabet, so
 * that every stored reference reads back. Entities map it with {@link MemberRefConverter} onto their unchanged
 * {@code member_ref} columns.
 *
 * @param value the reference as stored, for example {@code m-k3p9x2a7qrtw4d}
 */
public record MemberRef(String value) implements java.io.Serializable {

    /** The width of the {@code member_ref} columns. */
    public static final int MAX_LENGTH = 32;

    private static final Pattern SHAPE = Pattern.compile("m-[a-z0-9]{1," + (MAX_LENGTH - 2) + "}");

    /** @throws IllegalArgumentException for text that is no member reference (a programming error where it is met) */
    public MemberRef {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a member reference");
        }
    }

    /** The reference in {@code text}, if it is one: for references that come from outside (a URL, a request body). */
    public static Optional<MemberRef> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return SHAPE.matcher(t).matches() ? Optional.of(new MemberRef(t)) : Optional.empty();
    }

    /** The references among {@code texts}, in their order; text that is no reference is left out. */
    public static List<MemberRef> allOf(Collection<String> texts) {
        return texts.stream().map(MemberRef::parse).flatMap(Optional::stream).toList();
    }

    /** The reference itself, as stored and as the API shows it. */
    @Override
    public String toString() {
        return value;
    }
}
