// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.osgi.framework.Bundle;

/**
 * Finds the calls a deployed module may not make (issue 11 §2): {@code System.exit}, {@code Runtime.exit} and
 * {@code Runtime.halt} end the JVM and with it every municipality's work. Java 24+ has no SecurityManager to block
 * them at run time, so a module is refused at resolve time when any of its classes calls one, reading its bytecode
 * with ASM (method instructions and method handles). A call through reflection is not seen; that is documented.
 */
final class ExitScan {
    private ExitScan() {
    }

    /** The first forbidden call in the bundle's classes ("System.exit in com.example.Activator"), or null. */
    static String scan(Bundle bundle) {
        Enumeration<URL> classes = bundle.findEntries("/", "*.class", true);
        while (classes != null && classes.hasMoreElements()) {
            URL url = classes.nextElement();
            try (InputStream in = url.openStream()) {
                String found = scan(in.readAllBytes());
                if (found != null) {
                    return found;
                }
            } catch (IOException | RuntimeException e) {
                return "its class " + url.getPath() + " cannot be read (" + e.getClass().getSimpleName() + ")";
            }
        }
        return null;
    }

    /** The forbidden call in one class file, or null. */
    static String scan(byte[] classFile) {
        String[] found = { null };
        ClassReader reader = new ClassReader(classFile);
        String className = reader.getClassName().replace('/', '.');
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean isInterface) {
                        check(owner, method);
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String method, String desc, org.objectweb.asm.Handle bootstrap, Object... args) {
                        for (Object arg : args) {
                            if (arg instanceof org.objectweb.asm.Handle h) {
                                check(h.getOwner(), h.getName());
                            }
                        }
                    }

                    @Override
                    public void visitLdcInsn(Object value) {
                        if (value instanceof org.objectweb.asm.Handle h) {
                            check(h.getOwner(), h.getName());
                        }
                    }

                    private void check(String owner, String method) {
                        if (found[0] == null && forbidden(owner, method)) {
                            found[0] = owner.substring(owner.lastIndexOf('/') + 1) + "." + method + " in " + className;
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return found[0];
    }

    static boolean forbidden(String owner, String method) {
        return ("java/lang/System".equals(owner) && "exit".equals(method))
                || ("java/lang/Runtime".equals(owner) && ("exit".equals(method) || "halt".equals(method)));
    }
}
