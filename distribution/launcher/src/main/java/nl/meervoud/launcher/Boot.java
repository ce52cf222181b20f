// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.BundleRevision;

/** Creates the framework, installs the distribution's bundles from the jar and starts them by start level. */
final class Boot {
    /** Location prefix of bundles that came with the distribution. */
    static final String LOCATION_PREFIX = "meervoud:";

    private final Distribution distribution;
    private final Settings settings;

    Boot(Distribution distribution, Settings settings) {
        this.distribution = distribution;
        this.settings = settings;
    }

    Framework start() throws BundleException {
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class, Boot.class.getClassLoader())
                .findFirst().orElseThrow(() -> new IllegalStateException("no OSGi framework in the jar"));
        Framework framework = factory.newFramework(settings.framework());
        framework.init();
        BundleContext context = framework.getBundleContext();
        int maxLevel = 1;
        List<Bundle> toStart = new ArrayList<>();
        for (Distribution.RunBundle run : distribution.bundles()) {
            Bundle bundle = install(context, run.path());
            bundle.adapt(BundleStartLevel.class).setStartLevel(run.startLevel());
            maxLevel = Math.max(maxLevel, run.startLevel());
            if ((bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) == 0) {
                toStart.add(bundle);
            }
        }
        for (Bundle bundle : toStart) {
            bundle.start(Bundle.START_ACTIVATION_POLICY);
        }
        framework.start();
        String beginning = settings.framework().get(Constants.FRAMEWORK_BEGINNING_STARTLEVEL);
        int target = beginning == null ? maxLevel : Math.max(maxLevel, Integer.parseInt(beginning.trim()));
        framework.adapt(FrameworkStartLevel.class).setStartLevel(target);
        return framework;
    }

    private static Bundle install(BundleContext context, String path) throws BundleException {
        try (InputStream in = Boot.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new BundleException("the distribution lacks " + path);
            }
            return context.installBundle(LOCATION_PREFIX + path, in);
        } catch (IOException e) {
            throw new BundleException("cannot read " + path + " from the distribution", e);
        }
    }
}
