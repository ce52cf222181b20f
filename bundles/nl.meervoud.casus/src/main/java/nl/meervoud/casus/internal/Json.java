// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.io.IOException;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.meervoud.casus.api.Bsn;
import nl.meervoud.casus.api.ProcesStapException;
import nl.meervoud.privacy.api.Geheimhouding;

/**
 * JSON for the API and the stored files: strict on input (unknown fields, wrong types, missing bodies are refused
 * naming the field), ISO dates, a BSN as its nine digits.
 */
final class Json {
    static final ObjectMapper MAPPER = mapper(false);
    /** For stored documents: a secrecy regime whose module has left still reads (the data stay under their rule). */
    private static final ObjectMapper STORED = mapper(true);

    private static ObjectMapper mapper(boolean stored) {
        SimpleModule module = new SimpleModule("meervoud");
        asText(module, Bsn.class, Bsn::value, text -> {
            try {
                return new Bsn(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("geen geldig BSN (negen cijfers en de elfproef)", e);
            }
        });
        // Input never grows the vocabulary: only a regime the platform or a rule file named.
        asText(module, Geheimhouding.class, Geheimhouding::name, text -> stored ? Geheimhouding.of(text)
                : Geheimhouding.find(text).orElseThrow(() -> new IllegalArgumentException(
                        "geen geheimhoudingsregime dat het platform of een module kent (GEEN, BW_7_457, WET_BIG_88, …)")));
        return new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(module)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    private Json() {
    }

    /** A type written as one JSON string; a string {@code read} refuses is a 400 naming the field and the reason. */
    private static <T> void asText(SimpleModule module, Class<T> type, Function<T, String> write, Function<String, T> read) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(write.apply(value));
            }
        }).addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                try {
                    return read.apply(text);
                } catch (IllegalArgumentException e) {
                    throw InvalidFormatException.from(p, e.getMessage(), text, type);
                }
            }
        });
    }

    /** Reads a request body into a type, turning every mapping error into a 400 naming the field. */
    static <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw Problem.veld("body", "een JSON-object is vereist");
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw Problem.veld("body", "een JSON-object is vereist");
            }
            return value;
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ProcesStapException p) {
                throw Problem.artikel(p.getMessage(), p.artikel());
            }
            String veld = path(e);
            String reden = cause == null ? e.getOriginalMessage() : cause.getMessage();
            throw Problem.veld(veld.isEmpty() ? "body" : veld, reden);
        } catch (UnrecognizedPropertyException e) {
            throw Problem.veld(path(e), "onbekend veld");
        } catch (InvalidFormatException e) {
            throw Problem.veld(path(e), "ongeldige waarde `" + e.getValue() + "`"
                    + (e.getTargetType() != null && e.getTargetType().isEnum() ? "; toegestaan: " + java.util.Arrays.toString(e.getTargetType().getEnumConstants()) : "")
                    + (e.getTargetType() == Bsn.class || e.getTargetType() == Geheimhouding.class ? ": " + e.getOriginalMessage() : ""));
        } catch (MismatchedInputException e) {
            String veld = path(e);
            throw Problem.veld(veld.isEmpty() ? "body" : veld, "verkeerd type of ontbrekende waarde");
        } catch (JsonMappingException e) {
            String veld = path(e);
            throw Problem.veld(veld.isEmpty() ? "body" : veld, e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw Problem.veld("body", "geen geldige JSON (regel " + e.getLocation().getLineNr() + ", kolom "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw Problem.veld("body", "onleesbaar: " + e.getMessage());
        }
    }

    static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getName(), e);
        }
    }

    static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getName(), e);
        }
    }

    /** Reads a stored document (written by this service, so trusted). */
    static <T> T stored(String json, Class<T> type) {
        try {
            return STORED.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored document does not read as " + type.getSimpleName(), e);
        }
    }
}
