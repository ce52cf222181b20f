// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.meervoud.auth.api.Authenticator;
import nl.meervoud.auth.api.Functie;
import nl.meervoud.auth.api.HttpAanmelding;
import nl.meervoud.auth.api.Principal;

/**
 * The operator's module API (issue 11 §3), for the functioneel beheerder only:
 * <ul>
 * <li>{@code GET /api/v1/platform/modules}: every deployed module file with its kept versions;</li>
 * <li>{@code PUT /api/v1/platform/modules/{file}} with the jar as body: verified first (refused with 422 naming
 * the reason, nothing written), then placed in {@code deploy/} in one atomic move, which installs or updates it;</li>
 * <li>{@code POST /api/v1/platform/modules/{file}/rollback}: the version before the current one goes back into
 * {@code deploy/}, its rule set replacing the current one's in one swap (the kernel holds a restarting module's
 * rule set until its next revision registers);</li>
 * <li>{@code DELETE /api/v1/platform/modules/{file}}: removed from {@code deploy/}, so uninstalled; its versions stay.</li>
 * </ul>
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/platform/modules/*")
public final class ModulesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The largest module accepted over HTTP. */
    private static final int MAX_JAR = 64 * 1024 * 1024;

    private final transient Authenticator authenticator;
    private final transient ModuleTrust trust;
    private final transient ModuleVersions versions;
    private final transient DeployDirectory deploy;

    @Activate
    public ModulesServlet(@Reference Authenticator authenticator, @Reference ModuleTrust trust, @Reference ModuleVersions versions,
            @Reference DeployDirectory deploy) {
        this.authenticator = authenticator;
        this.trust = trust;
        this.versions = versions;
        this.deploy = deploy;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal principal = HttpAanmelding.principal(authenticator, request, response);
        if (principal == null) {
            return;
        }
        if (!principal.heeft(Functie.BEHEERDER)) {
            Json.problem(response, 403, "Geen bevoegdheid", "alleen de functioneel beheerder beheert modules");
            return;
        }
        Optional<Path> dir = deploy.path();
        if (dir.isEmpty()) {
            Json.problem(response, 503, "Niet beschikbaar", "deze installatie heeft geen deploy-map");
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.isEmpty() || path.equals("/") ? new String[0] : path.substring(1).split("/", -1);
        String method = request.getMethod();
        if (parts.length == 0) {
            if (!method.equals("GET")) {
                Json.problem(response, 405, "Methode niet toegestaan", "hier: GET");
                return;
            }
            List<Module> modules = new ArrayList<>();
            for (String file : versions.modules()) {
                modules.add(module(dir.get(), file));
            }
            Json.write(response, modules);
            return;
        }
        String file = parts[0];
        if (!ModuleVersions.FILE_NAME.matcher(file).matches()) {
            Json.problem(response, 400, "Ongeldige modulenaam", "file: een bestandsnaam op .jar, zonder pad (letters, cijfers, . _ -)");
            return;
        }
        if (parts.length == 2 && parts[1].equals("rollback")) {
            if (!method.equals("POST")) {
                Json.problem(response, 405, "Methode niet toegestaan", "hier: POST");
                return;
            }
            rollback(dir.get(), file, response);
            return;
        }
        if (parts.length != 1) {
            Json.problem(response, 404, "Niet gevonden", "/api/v1/platform/modules/{file} of /api/v1/platform/modules/{file}/rollback");
            return;
        }
        switch (method) {
            case "GET" -> Json.write(response, module(dir.get(), file));
            case "PUT" -> upload(dir.get(), file, request, response);
            case "DELETE" -> {
                if (!Files.deleteIfExists(dir.get().resolve(file))) {
                    Json.problem(response, 404, "Niet gevonden", "file: " + file + " staat niet in deploy/");
                    return;
                }
                response.setStatus(204);
            }
            default -> Json.problem(response, 405, "Methode niet toegestaan", "hier: GET, PUT, DELETE");
        }
    }

    private void upload(Path dir, String file, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/java-archive") && !type.startsWith("application/octet-stream")) {
            Json.problem(response, 415, "Verkeerd mediatype", "stuur de jar als application/java-archive");
            return;
        }
        // Staged in deploy/ itself (same file system, so the move is atomic; FileInstall only looks at *.jar).
        Path staging = Files.createTempFile(dir, ".upload-", ".tmp");
        try {
            try (InputStream in = request.getInputStream()) {
                byte[] jar = in.readNBytes(MAX_JAR + 1);
                if (jar.length > MAX_JAR) {
                    Json.problem(response, 413, "Body te groot", "een module is ten hoogste " + MAX_JAR / (1024 * 1024) + " MB");
                    return;
                }
                Files.write(staging, jar);
            }
            Path target = dir.resolve(file);
            String duplicate = trust.duplicate(staging, target.toAbsolutePath().normalize());
            ModuleVerifier.Verdict verdict = duplicate != null ? ModuleVerifier.Verdict.refused(duplicate) : trust.verify(staging);
            if (!verdict.accepted()) {
                Json.problem(response, 422, "Module geweigerd", "file: " + verdict.reason() + "; er is niets geplaatst");
                return;
            }
            // One atomic move: FileInstall never sees half a jar, and what it sees was just verified (and is again).
            Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            response.setStatus(202);
            Json.write(response, new Placed(file, "geplaatst in deploy/; de installatie volgt binnen een seconde", verdict.signer()));
        } finally {
            Files.deleteIfExists(staging);
        }
    }

    private void rollback(Path dir, String file, HttpServletResponse response) throws IOException {
        Optional<ModuleVersions.Version> previous = versions.rollback(file, dir);
        if (previous.isEmpty()) {
            Json.problem(response, 409, "Geen eerdere versie", "file: van " + file + " is geen eerdere geverifieerde versie bewaard");
            return;
        }
        response.setStatus(202);
        Json.write(response, new Placed(file, "teruggezet naar versie " + previous.get().bundleVersion() + " (nummer "
                + previous.get().number() + ")", null));
    }

    private Module module(Path dir, String file) throws IOException {
        List<Kept> kept = versions.versions(file).stream()
                .map(v -> new Kept(v.number(), v.bundleVersion(), v.sha256(), v.kept().toString(), v.current())).toList();
        return new Module(file, Files.exists(dir.resolve(file)), kept);
    }

    /** A module file in deploy/ (or once there) and its kept versions, oldest first. */
    record Module(String file, boolean deployed, List<Kept> versions) {
    }

    /** A kept version. */
    record Kept(int number, String version, String sha256, String kept, boolean current) {
    }

    /** What was placed in deploy/. */
    record Placed(String file, String status, String signer) {
    }
}
