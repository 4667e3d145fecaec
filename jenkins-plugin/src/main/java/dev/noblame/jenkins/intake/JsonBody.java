package dev.noblame.jenkins.intake;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.noblame.common.ValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a request body into a JSON object, refusing oversize, non-UTF-8, malformed or non-object bodies by name. */
final class JsonBody {
    private JsonBody() {
    }

    static JsonFields parse(byte[] body, int maxBytes) {
        if (body == null || body.length == 0) {
            throw ValidationException.field("body", "is empty; a JSON object is expected");
        }
        if (body.length > maxBytes) {
            throw new PayloadTooLargeException(body.length, maxBytes);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ValidationException.field("body", "is not UTF-8 text");
        }
        JsonElement root;
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw ValidationException.field("body", "has content after the JSON value");
            }
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw ValidationException.field("body", "is not valid JSON (" + shortReason(e) + ")");
        }
        if (root == null || !root.isJsonObject()) {
            throw ValidationException.field("body", "must be a JSON object");
        }
        return new JsonFields(root.getAsJsonObject(), "");
    }

    /** Gson's message names the position; the cause's text is enough and never echoes the body at length. */
    private static String shortReason(Exception e) {
        Throwable t = e.getCause() != null ? e.getCause() : e;
        String m = String.valueOf(t.getMessage());
        int cut = m.indexOf("\nSee ");
        m = cut > 0 ? m.substring(0, cut) : m;
        return m.length() > 160 ? m.substring(0, 160) + "..." : m;
    }
}
