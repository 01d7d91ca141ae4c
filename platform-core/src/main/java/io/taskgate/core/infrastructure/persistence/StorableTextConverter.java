package io.taskgate.core.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Every text attribute of every entity is written as {@link SqlText#storable} makes it, so a NUL character that
 * reached an entity (a misuse signal's evidence quoting a prompt, a display name) cannot make PostgreSQL refuse
 * the row. Reading gives the stored text back.
 */
@Converter(autoApply = true)
public class StorableTextConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return SqlText.storable(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return dbData;
    }
}
