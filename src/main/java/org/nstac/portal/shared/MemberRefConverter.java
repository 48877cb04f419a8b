package org.nstac.portal.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link MemberRef} as its text in a {@code member_ref} column, unchanged: entities declare
 * {@code @Convert(converter = MemberRefConverter.class)} on the field, and queries on that field take a
 * {@link MemberRef} as their parameter. Not applied automatically, so each entity says which of its columns are
 * members' references.
 */
@Converter
public class MemberRefConverter implements AttributeConverter<MemberRef, String> {

    @Override
    public String convertToDatabaseColumn(MemberRef ref) {
        return ref == null ? null : ref.value();
    }

    @Override
    public MemberRef convertToEntityAttribute(String column) {
        return column == null ? null : new MemberRef(column);
    }
}
