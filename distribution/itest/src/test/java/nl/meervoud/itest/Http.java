// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A tiny HTTP client for the tests: real requests over loopback. */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static volatile String standaard;

    private Http() {
    }

    /**
     * The Authorization header every request of this test class sends when it names none itself (null: none), as
     * a logged-in client does; set by {@link Aanmelden}.
     */
    public static void standaard(String authorization) {
        standaard = authorization;
    }

    /** The head with the {@linkplain #standaard default} Authorization after its request line, unless it has one. */
    public static String metAanmelding(String head) {
        int line = head.indexOf("\r\n");
        if (standaard == null || line <= 0 || head.toLowerCase(java.util.Locale.ROOT).contains("\r\nauthorization:")) {
            return head;
        }
        return head.substring(0, line + 2) + "Authorization: " + standaard + "\r\n" + head.substring(line + 2);
    }

    /** A response: status and parsed JSON body. */
    public record Response(int status, JsonNode body) {
    }

    /** GETs a path on localhost:port; a connection failure gives status -1. */
    public static Response get(int port, String path) {
        return get(port, path, null);
    }

    /** GETs with an Authorization header (null: the {@linkplain #standaard default}; "" for none); a body that is not JSON gives a null node. */
    public static Response get(int port, String path, String authorization) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).GET();
            String auth = authorization != null ? authorization : standaard;
            if (auth != null && !auth.isEmpty()) {
                request.header("Authorization", auth);
            }
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
            return new Response(response.statusCode(), json && !body.isBlank() ? JSON.readTree(body) : JSON.nullNode());
        } catch (IOException e) {
            return new Response(-1, JSON.nullNode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(-1, JSON.nullNode());
        }
    }

    /** A full exchange: status, parsed JSON body (null node if none), content type and headers. */
    public record Exchange(int status, JsonNode body, String contentType, java.net.http.HttpHeaders headers) {
    }

    /**
     * Sends any request with a body (null for none) and headers (name, value, name, value, ...); a body that is not
     * JSON gives a null node. Without an Authorization header the {@linkplain #standaard default} is sent; an
     * Authorization header with an empty value sends none.
     */
    public static Exchange send(int port, String method, String path, String body, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            boolean named = false;
            for (int i = 0; i + 1 < headers.length; i += 2) {
                named |= headers[i].equalsIgnoreCase("Authorization");
                if (!headers[i + 1].isEmpty()) {
                    request.header(headers[i], headers[i + 1]);
                }
            }
            if (!named && standaard != null) {
                request.header("Authorization", standaard);
            }
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.contains("json") && !response.body().isBlank() ? JSON.readTree(response.body()) : JSON.nullNode();
            return new Exchange(response.statusCode(), json, type, response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs until the status is {@code status} or the deadline passes; returns the last response. */
    public static Response awaitStatus(int port, String path, int status, Duration deadline) {
        return awaitStatus(port, path, status, deadline, null);
    }

    /** As {@link #awaitStatus(int, String, int, Duration)}, with an Authorization header. */
    public static Response awaitStatus(int port, String path, int status, Duration deadline, String authorization) {
        long end = System.nanoTime() + deadline.toNanos();
        Response response = get(port, path, authorization);
        while (response.status() != status && System.nanoTime() < end) {
            Await.pause();
            response = get(port, path, authorization);
        }
        return response;
    }

    /** A response read off a raw socket: status (-1 if none), head and body as text. */
    public record Raw(int status, String head, String body) {
        /** The body as JSON. */
        public JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        /** Head and body, for messages. */
        public String text() {
            return head + "\r\n\r\n" + body;
        }
    }

    /**
     * Sends bytes as they are over a socket of their own (for requests an HTTP client will not send: malformed
     * request lines, bad %-encoding, torn chunks, bytes that are not UTF-8) and reads the whole answer. The
     * {@linkplain #standaard default} Authorization is added after the request line unless the head has one.
     */
    public static Raw raw(int port, String head, byte[] body) throws IOException {
        head = metAanmelding(head);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (java.net.SocketException closed) {
                // the server answered and closed before the whole body was sent (413); its answer is still to be read
            }
            String text = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            int status = text.startsWith("HTTP/1.1 ") && text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : -1;
            return new Raw(status, end < 0 ? text : text.substring(0, end), end < 0 ? "" : text.substring(end + 4));
        }
    }
}
