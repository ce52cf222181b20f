// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.meervoud.auth.api.Authenticator;
import nl.meervoud.auth.api.HttpAanmelding;
import nl.meervoud.platform.api.ModuleInfo;
import nl.meervoud.platform.api.Platform;

/** {@code GET /api/v1/platform}: version, uptime and the Meervoud modules with their states, for anyone logged in. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/platform")
public final class PlatformServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Platform platform;
    private final transient Authenticator authenticator;
    private final transient ModuleTrust trust;
    private final transient DeployDirectory deploy;
    private final transient org.osgi.framework.BundleContext context;

    @Activate
    public PlatformServlet(org.osgi.framework.BundleContext context, @Reference Platform platform,
            @Reference Authenticator authenticator, @Reference ModuleTrust trust, @Reference DeployDirectory deploy) {
        this.context = context;
        this.platform = platform;
        this.authenticator = authenticator;
        this.trust = trust;
        this.deploy = deploy;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Module states hold no personal data: anyone logged in may see them; /health stays open for probes.
        if (HttpAanmelding.principal(authenticator, request, response) == null) {
            return;
        }
        Duration uptime = platform.uptime();
        String features = context.getProperty("meervoud.features");
        Json.write(response, new PlatformDocument("Meervoud", platform.version(),
                new Assembly(String.valueOf(context.getProperty("meervoud.distribution")),
                        features == null || features.isBlank() ? List.of() : List.of(features.split(","))),
                uptime.toString(), uptime.toSeconds(), Runtime.version().toString(), platform.modules(), signatures()));
    }

    private Signatures signatures() {
        ModuleVerifier.TrustStore store = trust.trustStore();
        List<Signed> signed = java.util.Arrays.stream(context.getBundles()).filter(deploy::isDeployed)
                .map(b -> new Signed(b.getSymbolicName(), b.getVersion().toString(), trust.signer(b)))
                .filter(s -> s.signer() != null).toList();
        return new Signatures(trust.policy().id(), store.trusted().stream().map(Key::of).toList(),
                store.revoked().stream().map(Key::of).toList(), store.problems(), signed);
    }

    /** The JSON document; field names are part of the API. */
    record PlatformDocument(String name, String version, Assembly distribution, String uptime, long uptimeSeconds,
            String java, List<ModuleInfo> modules, Signatures moduleSignatures) {
    }

    /** Which distribution runs, and the features it was assembled from. */
    record Assembly(String name, List<String> features) {
    }

    /** The signature policy, the keys of the trust store, and who signed each deployed module that runs. */
    record Signatures(String policy, List<Key> trusted, List<Key> revoked, List<String> problems, List<Signed> deployed) {
    }

    /** A key of the trust store. */
    record Key(String file, String subject, String sha256) {
        static Key of(ModuleVerifier.Key key) {
            return new Key(key.file(), key.subject(), key.fingerprint());
        }
    }

    /** A deployed module and who signed the revision that runs. */
    record Signed(String symbolicName, String version, String signer) {
    }
}
