// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
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
        if (!stored) {
            strictInput(module);
        }
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                .build();
        ObjectMapper mapper = new ObjectMapper(factory).registerModule(new JavaTimeModule()).registerModule(module)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        if (!stored) {
            // One reading policy for every request body (issue 12 §1): exact JSON types, no enum ordinals, no null
            // inside a list or map, no "" read as null.
            mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                    .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                    .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                    .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
            mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setAcceptBlankAsEmpty(false);
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        }
        return mapper;
    }

    /** The deepest nesting a request body may have; the API's deepest document is far shallower. */
    static final int MAX_DEPTH = 32;

    /** A kernel decision's rule, reasons, missing evidence and citations, as a refusal and "mag dit?" show them. */
    static com.fasterxml.jackson.databind.node.ObjectNode besluit(com.fasterxml.jackson.databind.node.ObjectNode n, nl.meervoud.privacy.api.Decision d) {
        n.put("regel", d.regel());
        n.set("redenen", MAPPER.valueToTree(d.redenen()));
        n.set("ontbrekend", MAPPER.valueToTree(d.ontbrekend()));
        n.set("citaties", MAPPER.valueToTree(d.citaties().stream().map(Object::toString).toList()));
        return n;
    }
    /** The plausible range of any date the API reads; fields narrow it further where the law does. */
    static final LocalDate EERSTE_DATUM = LocalDate.of(1900, 1, 1);
    static final LocalDate LAATSTE_DATUM = LocalDate.of(2099, 12, 31);
    private static final java.util.regex.Pattern ISO_DATUM = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * Strings are read exactly as sent: one with leading or trailing white space or a control character other than
     * a line break or tab is refused, not trimmed. Dates are ISO {@code yyyy-MM-dd} strings within
     * {@link #EERSTE_DATUM} … {@link #LAATSTE_DATUM}, never numbers, arrays or date-times.
     */
    private static void strictInput(SimpleModule module) {
        module.addDeserializer(String.class, new JsonDeserializer<String>() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return (String) ctxt.handleUnexpectedToken(String.class, p);
                }
                String text = p.getText();
                if (!text.equals(text.strip())) {
                    throw InvalidFormatException.from(p, "begint of eindigt met witruimte", text, String.class);
                }
                for (int i = 0; i < text.length(); i++) {
                    char ch = text.charAt(i);
                    if (Character.isISOControl(ch) && ch != '\n' && ch != '\t' && ch != '\r') {
                        throw InvalidFormatException.from(p, "bevat een stuurteken", text, String.class);
                    }
                }
                return text;
            }
        });
        module.addDeserializer(LocalDate.class, new JsonDeserializer<LocalDate>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
                }
                String text = p.getText();
                LocalDate date;
                try {
                    if (!ISO_DATUM.matcher(text).matches()) {
                        throw new java.time.format.DateTimeParseException("", text, 0);
                    }
                    date = LocalDate.parse(text);
                } catch (java.time.format.DateTimeParseException e) {
                    throw InvalidFormatException.from(p, "geen datum jjjj-mm-dd", text, LocalDate.class);
                }
                if (date.isBefore(EERSTE_DATUM) || date.isAfter(LAATSTE_DATUM)) {
                    throw InvalidFormatException.from(p, "buiten " + EERSTE_DATUM + " … " + LAATSTE_DATUM, text, LocalDate.class);
                }
                return date;
            }
        });
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
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw Problem.veld("body", "geen geldige UTF-8");
        }
        if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
            throw Problem.veld("body", "begint met een byte-order mark; stuur UTF-8 zonder BOM");
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
                    + (e.getTargetType() == Bsn.class || e.getTargetType() == Geheimhouding.class || e.getTargetType() == String.class
                            || e.getTargetType() == LocalDate.class ? ": " + e.getOriginalMessage() : ""));
        } catch (MismatchedInputException e) {
            String veld = path(e);
            throw Problem.veld(veld.isEmpty() ? "body" : veld, "verkeerd type of ontbrekende waarde");
        } catch (JsonMappingException e) {
            String veld = path(e);
            throw Problem.veld(veld.isEmpty() ? "body" : veld, e.getOriginalMessage());
        } catch (StreamConstraintsException e) {
            throw Problem.veld("body", "te diep genest of te groot (hooguit " + MAX_DEPTH + " niveaus)");
        } catch (JsonParseException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field") && e.getProcessor() != null) {
                throw Problem.veld(path(e.getProcessor().getParsingContext()), "komt twee keer voor");
            }
            throw Problem.veld("body", "geen geldige JSON" + (e.getLocation() == null ? ""
                    : " (regel " + e.getLocation().getLineNr() + ", kolom " + e.getLocation().getColumnNr() + ")"));
        } catch (JsonProcessingException e) {
            throw Problem.veld("body", "geen geldige JSON");
        } catch (IOException e) {
            throw Problem.veld("body", "onleesbaar: " + e.getMessage());
        }
    }

    /** The dotted path of the field a parser is at, as {@link #path(JsonMappingException)} names fields. */
    static String path(JsonStreamContext context) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            parts.addFirst(c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName() == null ? "" : c.getCurrentName());
        }
        String joined = String.join(".", parts).replace(".[", "[");
        return joined.isEmpty() ? "body" : joined;
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

    /**
     * The text of a document to store, after checking that it reads back as what it is (issue 12 §2: a stored file
     * is always readable). A value the strict input let through but the document cannot hold is refused before
     * anything is stored, as a 400 naming the field's path (never its value).
     */
    static String storable(Object value) {
        String text = text(value);
        try {
            STORED.readValue(text, value.getClass());
        } catch (JsonMappingException e) {
            String path = path(e);
            throw Problem.veld(path.isEmpty() ? "body" : path, "deze waarde kan niet worden bewaard en weer gelezen; er is niets opgeslagen");
        } catch (JsonProcessingException e) {
            throw Problem.veld("body", "de inhoud kan niet worden bewaard en weer gelezen; er is niets opgeslagen");
        }
        return text;
    }

    /**
     * What an investigation's next legal term rests on, and nothing more: its process, law and entry, and the ways
     * of obtaining its outcomes' services. A worklist shows each listed file's term; reading only these parts (the
     * rest of the stored document is skipped, not bound) halved what a list costs on top of the database
     * (docs/perf.md).
     */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record TermijnBron(nl.meervoud.casus.api.Onderzoek proces, String hulpvraagWet, nl.meervoud.casus.api.Onderzoeksdossier.Ingang ingang,
            Map<String, Uitkomst> uitkomsten) {
        /** As {@link nl.meervoud.casus.api.Onderzoeksdossier#ingangsroute()}. */
        String ingangsroute() {
            return ingang != null ? ingang.route() : proces.route().name();
        }

        /** An outcome's ways of obtaining its services. */
        @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
        record Uitkomst(List<nl.meervoud.casus.api.Verkrijging> verkrijging) {
            Uitkomst {
                verkrijging = verkrijging == null ? List.of() : verkrijging;
            }
        }
    }

    /** Reads {@link TermijnBron} from a stored investigation. */
    static TermijnBron termijnBron(String json) {
        return stored(json, TermijnBron.class);
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
