package org.nstac.portal.platform;

import jakarta.json.JsonNumber;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * JSON for the API, strict where numbers are concerned: a whole number that does not fit (4294967301 for an Integer)
 * or that is not whole (2.5 for a count) is refused, never narrowed or rounded without a word; so is a number sent as
 * text. The refusal becomes a 400 with the error body ({@link ApiExceptionMapper}).
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new StrictInteger(), new StrictLong()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    static final class StrictInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return (int) whole(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    }

    static final class StrictLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    private static long whole(JsonParser parser, long min, long max) {
        var value = parser.getValue();
        if (!(value instanceof JsonNumber number)) {
            throw new JsonbException("a whole number was expected");
        }
        try {
            long exact = number.bigDecimalValue().longValueExact();
            if (exact < min || exact > max) {
                throw new JsonbException("the number is out of range");
            }
            return exact;
        } catch (ArithmeticException notWhole) {
            throw new JsonbException("a whole number in range was expected");
        }
    }
}
