package dev.bbm.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.JSRInlinerAdapter;

/**
 * Build step after the shade plugin: rewrites the class files in bbm.jar that are older than Java 6
 * (picocli's, compiled for Java 5) as Java 8 class files with stack map frames. The JVM cannot put a
 * pre-Java-6 class into a class-data archive ("Pre JDK 6 class not supported by CDS") and checks
 * it with the slow inference verifier on every start; as a Java 8 class file it is archived by the
 * launcher's training run and verified once, at archive time. The code is unchanged: subroutines
 * (JSR/RET) are inlined and frames computed, which is what javac does for a Java 6+ target.
 *
 * <p>Usage: {@code ArchivableJar target/bbm.jar}; the jar is replaced atomically.
 */
public final class ArchivableJar {
  /** The first class-file version (Java 6) with stack map frames that CDS archives. */
  private static final int JAVA_6 = 50;

  private ArchivableJar() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ArchivableJar JAR");
    }
    rewrite(Path.of(args[0]));
  }

  /** Rewrites the jar's pre-Java-6 class files in place; returns how many there were. */
  static int rewrite(Path jar) throws IOException {
    List<ZipEntry> entries = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    try (InputStream in = Files.newInputStream(jar); ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        entries.add(e);
        contents.add(zip.readAllBytes());
      }
    }
    int rewritten = 0;
    Path tmp = Files.createTempFile(jar.toAbsolutePath().getParent(), ".archivable", ".jar");
    try (URLClassLoader types = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
        for (int i = 0; i < entries.size(); i++) {
          ZipEntry old = entries.get(i);
          byte[] bytes = contents.get(i);
          if (old.getName().endsWith(".class") && !old.getName().startsWith("META-INF/") && version(bytes) < JAVA_6) {
            bytes = upgrade(bytes, types);
            rewritten++;
          }
          ZipEntry e = new ZipEntry(old.getName());
          e.setTime(old.getTime());
          if (old.getMethod() == ZipEntry.STORED) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            e.setMethod(ZipEntry.STORED);
            e.setSize(bytes.length);
            e.setCrc(crc.getValue());
          }
          zip.putNextEntry(e);
          zip.write(bytes);
          zip.closeEntry();
        }
      }
    }
    if (rewritten == 0) {
      Files.delete(tmp);
      return 0;
    }
    Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return rewritten;
  }

  static int version(byte[] classFile) {
    return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
  }

  /** The same class as a Java 8 class file: subroutines inlined, frames computed. */
  static byte[] upgrade(byte[] classFile, ClassLoader types) {
    ClassReader reader = new ClassReader(classFile);
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
      @Override
      protected ClassLoader getClassLoader() {
        return types; // frames need common superclasses of the jar's own types
      }
    };
    reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public void visit(int version, int access, String name, String signature, String superName,
          String[] interfaces) {
        super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
      }

      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
          String[] exceptions) {
        MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
        return new JSRInlinerAdapter(next, access, name, descriptor, signature, exceptions);
      }
    }, ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }
}
