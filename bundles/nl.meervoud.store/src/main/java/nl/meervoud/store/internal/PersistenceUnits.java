// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.store.internal;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import jakarta.persistence.spi.PersistenceUnitInfo;

/**
 * A persistence unit described in code, so that EclipseLink needs neither persistence.xml nor SPI-Fly
 * (stack-notes §2, P9). A proxy, because JPA 3.2 added methods to the interface; enum answers are looked up by
 * name in whatever enum type the running JPA version declares.
 */
final class PersistenceUnits {

    private PersistenceUnits() {
    }

    static PersistenceUnitInfo of(String name, DataSource dataSource, URL root, ClassLoader loader, List<String> classes) {
        return (PersistenceUnitInfo) Proxy.newProxyInstance(loader, new Class<?>[] { PersistenceUnitInfo.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPersistenceUnitName" -> name;
                    case "getPersistenceProviderClassName" -> "org.eclipse.persistence.jpa.PersistenceProvider";
                    case "getTransactionType" -> constant(method.getReturnType(), "RESOURCE_LOCAL");
                    case "getSharedCacheMode" -> constant(method.getReturnType(), "NONE");
                    case "getValidationMode" -> constant(method.getReturnType(), "NONE");
                    case "getNonJtaDataSource" -> dataSource;
                    case "getJtaDataSource" -> null;
                    case "getMappingFileNames", "getJarFileUrls", "getQualifierAnnotationNames" -> List.of();
                    case "getManagedClassNames" -> classes;
                    case "excludeUnlistedClasses" -> true;
                    case "getPersistenceUnitRootUrl" -> root;
                    case "getProperties" -> new Properties();
                    case "getPersistenceXMLSchemaVersion" -> "3.2";
                    case "getClassLoader", "getNewTempClassLoader" -> loader;
                    case "addTransformer" -> null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "PersistenceUnit[" + name + "]";
                    default -> null;
                });
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Object constant(Class<?> type, String name) {
        return type.isEnum() ? Enum.valueOf((Class<? extends Enum>) type, name) : null;
    }
}
