package org.nstac.portal.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Rows of a native query as a JSON array of objects, one name per column: for "Download my data", where each feature
 * writes out its own rows. Times as UTC instants, dates as ISO dates, decimals as plain strings (money travels as
 * text), whole numbers and booleans as themselves, null as null.
 */
public final class JsonRows {

    private JsonRows() {
    }

    public static JsonArray of(List<?> rows, String... names) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object row : rows) {
            Object[] values = row instanceof Object[] r ? r : new Object[] {row};
            JsonObjectBuilder object = Json.createObjectBuilder();
            for (int i = 0; i < names.length && i < values.length; i++) {
                add(object, names[i], values[i]);
            }
            array.add(object);
        }
        return array.build();
    }

    private static void add(JsonObjectBuilder object, String name, Object value) {
        switch (value) {
            case null -> object.addNull(name);
            case Boolean b -> object.add(name, b);
            case BigDecimal d -> object.add(name, d.toPlainString());
            case Long l -> object.add(name, l);
            case Integer i -> object.add(name, i);
            case Short s -> object.add(name, s);
            case BigInteger i -> object.add(name, i);
            case java.sql.Timestamp t -> object.add(name, SqlValues.instant(t).toString());
            case LocalDateTime t -> object.add(name, SqlValues.instant(t).toString());
            case Instant t -> object.add(name, t.toString());
            case java.sql.Date d -> object.add(name, d.toLocalDate().toString());
            case LocalDate d -> object.add(name, d.toString());
            default -> object.add(name, value.toString());
        }
    }
}
