// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The UI's only way to the case model: the public API on this installation's own port, with the signed-in
 * person's token (a backend for the frontend: the token stays on the server). So every screen passes the same
 * authentication, strict input checks, need-to-know and privacy-kernel decisions as any other client, and the UI
 * holds no rule of its own. {@link HttpURLConnection} rather than {@code HttpClient}: it starts no thread of this
 * bundle's that could outlive it.
 */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ANTWOORD = 4 * 1024 * 1024;

    /** An answer: the status and the parsed JSON body (a missing node when there was none). */
    record Antwoord(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** A refusal in plain Dutch, with its article where the API named one. */
        Weigering weigering() {
            List<String> redenen = new ArrayList<>();
            body.path("redenen").forEach(r -> redenen.add(r.asText()));
            body.path("invalidParams").forEach(p -> redenen.add(p.path("name").asText() + ": " + p.path("reason").asText()));
            List<String> artikelen = new ArrayList<>();
            if (body.hasNonNull("artikel")) {
                artikelen.add(body.path("artikel").asText());
            }
            body.path("citaties").forEach(c -> artikelen.add(c.asText()));
            String titel = body.path("title").asText(status == 0 ? "De dienst is niet bereikbaar" : "Geweigerd (" + status + ")");
            return new Weigering(titel, body.path("detail").asText(""), redenen, artikelen, body.path("regel").asText(""));
        }

        /** The first invalid field the API named, or null. */
        String veld() {
            JsonNode p = body.path("invalidParams");
            return p.isArray() && !p.isEmpty() ? p.get(0).path("name").asText() : null;
        }
    }

    /** Why something was refused: title, detail, reasons, the articles it rests on, the kernel's rule. */
    record Weigering(String titel, String detail, List<String> redenen, List<String> artikelen, String regel) {
    }

    private final String basis;

    /** @param basis scheme, host and port of this installation, e.g. {@code http://127.0.0.1:8080} */
    Api(String basis) {
        this.basis = basis;
    }

    Antwoord get(String pad, String token, String verwerking) {
        return send("GET", pad, token, verwerking, null);
    }

    Antwoord post(String pad, String token, String verwerking, JsonNode body) {
        return send("POST", pad, token, verwerking, body);
    }

    /**
     * One HTTP request from the UI's server side (to the installation's own API, or to the IdP), sent: no caches, no
     * redirects followed, five seconds to connect; the caller reads the answer.
     */
    static HttpURLConnection verbinding(String method, String url, int leesMs, java.util.Map<String, String> headers, String type, byte[] body)
            throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestMethod(method);
        c.setConnectTimeout(5_000);
        c.setReadTimeout(leesMs);
        c.setUseCaches(false);
        c.setInstanceFollowRedirects(false);
        headers.forEach(c::setRequestProperty);
        if (body != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", type);
            c.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
        }
        return c;
    }

    Antwoord send(String method, String pad, String token, String verwerking, JsonNode body) {
        return send(method, pad, token, verwerking, body, null);
    }

    /**
     * As {@link #send(String, String, String, String, JsonNode)}, for the municipality {@code namens} (its CBS code as
     * {@code x-gemeente}: regional cooperation; the API checks that the person may), or for their own when null.
     */
    Antwoord send(String method, String pad, String token, String verwerking, JsonNode body, String namens) {
        if (!pad.startsWith("/api/v1/") && !pad.equals("/health")) {
            throw new IllegalArgumentException("alleen de eigen API: " + pad);
        }
        try {
            java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
            headers.put("Accept", "application/json, application/problem+json");
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            }
            if (verwerking != null) {
                headers.put("x-verwerking", verwerking);
            }
            if (namens != null) {
                headers.put("x-gemeente", namens);
            }
            HttpURLConnection c = verbinding(method, basis + pad, 30_000, headers, body == null ? null : "application/json",
                    body == null ? null : JSON.writeValueAsBytes(body));
            int status = c.getResponseCode();
            InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            JsonNode parsed = MissingNode.getInstance();
            if (in != null) {
                try (InputStream i = in) {
                    byte[] bytes = i.readNBytes(MAX_ANTWOORD);
                    String type = c.getContentType();
                    if (bytes.length > 0 && type != null && type.contains("json")) {
                        parsed = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
                    }
                }
            }
            return new Antwoord(status, parsed == null ? MissingNode.getInstance() : parsed);
        } catch (IOException e) {
            // The answer of an unreachable API is a refusal like any other; no personal data is in the message.
            return new Antwoord(0, JSON.createObjectNode().put("title", "De dienst is niet bereikbaar").put("detail", e.getClass().getSimpleName()));
        }
    }
}
