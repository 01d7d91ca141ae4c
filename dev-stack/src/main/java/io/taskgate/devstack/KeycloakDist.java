package io.taskgate.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Unzips the Keycloak distribution once into a cached directory and reuses it afterwards. */
public final class KeycloakDist {

    /** Written into the install directory only after a complete unzip. */
    static final String MARKER = ".taskgate-unzipped";

    private KeycloakDist() {
    }

    /** Returns {@code installDir} holding the unzipped {@code distZip} (bin/, lib/, ...), unzipping it if needed. */
    public static Path install(Path distZip, Path installDir) {
        if (distZip == null || !Files.isRegularFile(distZip)) {
            throw new IllegalStateException("Keycloak distribution zip not found: " + distZip
                    + " (fetch it with: mvn dependency:get -Dartifact=org.keycloak:keycloak-quarkus-dist:"
                    + KeycloakServer.VERSION + ":zip -Dtransitive=false)");
        }
        Path target = installDir.toAbsolutePath().normalize();
        try {
            String stamp = stamp(distZip);
            if (isInstalled(target, stamp)) {
                return target;
            }
            Files.createDirectories(target.getParent());
            Path lockFile = target.resolveSibling("." + target.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (isInstalled(target, stamp)) {
                    return target; // another process finished meanwhile
                }
                Path partial = target.resolveSibling(target.getFileName() + ".partial-" + ProcessHandle.current().pid());
                deleteRecursively(partial);
                unzipStrippingTopDirectory(distZip, partial);
                makeScriptsExecutable(partial.resolve("bin"));
                Files.writeString(partial.resolve(MARKER), stamp, StandardCharsets.UTF_8);
                deleteRecursively(target);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unzip " + distZip + " into " + target, e);
        }
    }

    private static boolean isInstalled(Path dir, String stamp) throws IOException {
        Path marker = dir.resolve(MARKER);
        return Files.isRegularFile(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(stamp)
                && Files.isRegularFile(dir.resolve("bin/kc.sh"));
    }

    private static String stamp(Path zip) throws IOException {
        return zip.getFileName() + " " + Files.size(zip) + System.lineSeparator();
    }

    private static void unzipStrippingTopDirectory(Path zip, Path dest) throws IOException {
        Files.createDirectories(dest);
        byte[] buffer = new byte[1 << 16];
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zipFile.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue; // the top directory itself
                }
                Path out = dest.resolve(name.substring(slash + 1)).normalize();
                if (!out.startsWith(dest)) {
                    throw new IOException("Zip entry escapes the target directory: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zipFile.getInputStream(entry);
                     OutputStream os = Files.newOutputStream(out)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        os.write(buffer, 0, n);
                    }
                }
            }
        }
    }

    private static void makeScriptsExecutable(Path bin) throws IOException {
        if (!Files.isDirectory(bin)) {
            throw new IOException("No bin/ directory in the unzipped distribution: " + bin);
        }
        try (Stream<Path> files = Files.walk(bin)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith(".sh")) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }

    /** Deletes {@code path} and everything below it, if it exists. */
    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
