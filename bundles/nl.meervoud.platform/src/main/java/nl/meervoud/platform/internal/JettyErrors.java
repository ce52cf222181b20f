// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.apache.felix.http.jetty.ConnectorFactory;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.osgi.service.component.annotations.Component;

/**
 * What Jetty refuses before any servlet sees it (a malformed request line, a URI or headers too long, a bad chunk)
 * is answered as problem+json too, not as Jetty's HTML page (issue 12 §1), and without echoing the request (a
 * request line can hold a BSN).
 *
 * <p>Felix HTTP Jetty offers no setting for the server's error handler; its {@link ConnectorFactory} extension
 * point is the one place that is handed the {@link Server}, and Felix calls it for every server it (re)creates. This
 * factory installs the handler there. The connector it must return is a placeholder that opens nothing and takes
 * itself out of the server's connectors as it starts.
 *
 * <p>Why a placeholder: while Felix starts a server it opens its connector tracker first and then computes the
 * runtime's endpoint properties from every connector the server has, refusing any that is not a socket connector
 * ("Connection instance not of type ServerConnector"); the HTTP runtime then stays down. An earlier version
 * contributed a real in-memory connector and tried to come only after the servlet runtime, by a reference to it;
 * Felix restarting its server during start (a configuration update) while the launcher started this bundle on
 * another thread still met the factory half registered, half gone, and HTTP stayed down now and then. With nothing
 * left in the connector list, this factory may be there at any moment, before, during or after a (re)start, and it
 * depends on no other service.
 */
@Component(service = ConnectorFactory.class)
public final class JettyErrors implements ConnectorFactory {
    @Override
    public Connector createConnector(Server server) {
        server.setErrorHandler(new ProblemErrorHandler());
        return new Placeholder(server);
    }

    /**
     * What {@link #createConnector} must return: never opened, never accepting, gone from the server's connector
     * list once Felix has started it (Felix still stops and removes it when this factory goes, which is then a no-op).
     */
    static final class Placeholder extends LocalConnector {
        Placeholder(Server server) {
            super(server);
        }

        @Override
        protected void doStart() {
            Server server = getServer();
            server.unmanage(this); // else removing it would stop it while it is starting, which Jetty refuses
            server.removeConnector(this);
        }

        @Override
        protected void doStop() {
            // nothing was started
        }
    }

    /** Jetty's server-wide error handler, writing RFC 9457 problem+json. */
    static final class ProblemErrorHandler extends ErrorHandler {
        @Override
        protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback)
                throws IOException {
            response.setStatus(Problems.status(code));
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            response.write(true, ByteBuffer.wrap(Problems.body(code)), callback);
        }
    }
}
