// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * A configuration annotation with its metatype defaults and some values overridden, as ConfigAdmin would hand it
 * to a component: for constructing components outside a framework (unit tests, the JMH benchmark).
 */
final class Standaardwaarden {
    private Standaardwaarden() {
    }

    static <A> A van(Class<A> type, Map<String, Object> overrides) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
            if (method.getName().equals("annotationType")) {
                return type;
            }
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> type.getSimpleName() + overrides;
                };
            }
            Object value = overrides.get(method.getName());
            return value != null ? value : method.getDefaultValue();
        }));
    }
}
