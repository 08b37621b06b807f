package io.fitg.cli;

import io.fitg.api.FitgInputException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a report to stdout or to a file.
 *
 * <ul>
 *   <li>A regular file (or a new one) is replaced atomically: the content is written to a temporary file beside it,
 *       which is then moved into place, so a reader never sees half a report. The new file keeps the permissions
 *       of the one it replaces; a new file gets the default permissions (the umask applies).</li>
 *   <li>A symbolic link is followed: the file it points to is replaced atomically and the link is kept.</li>
 *   <li>Anything else that exists (a device such as {@code /dev/null} or {@code /dev/stdout}, a FIFO) is written
 *       straight to, never replaced.</li>
 *   <li>A file that exists and is read-only is refused, as is an input of the same command ({@link #refuseInputs}).</li>
 * </ul>
 */
final class Output {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Output() {
    }

    static void write(Path out, byte[] content, PrintWriter stdout) {
        if (out == null || "-".equals(out.toString())) {
            stdout.print(new String(content, StandardCharsets.UTF_8));
            stdout.flush();
            return;
        }
        write(out, content, "--out");
    }

    /** Writes {@code content} to {@code out} as the class comment says; {@code option} names it in messages. */
    static void write(Path out, byte[] content, String option) {
        String name = out.toString();
        if (name.isBlank()) {
            throw new FitgInputException("<command line>", option, "a file name, not an empty text");
        }
        Path abs = out.toAbsolutePath();
        BasicFileAttributes attrs = attributes(abs);
        if (attrs != null && attrs.isDirectory()) {
            throw new FitgInputException(name, option, "a file to write the report to, but this is a directory");
        }
        if (attrs != null && !attrs.isRegularFile()) {
            // a device (/dev/null, /dev/stdout…) or a FIFO: write to it; replacing it would destroy it
            try (OutputStream os = Files.newOutputStream(abs, StandardOpenOption.WRITE)) {
                os.write(content);
            } catch (IOException e) {
                throw new FitgInputException(name, option, "a file that can be written (" + reason(e, abs) + ")");
            }
            return;
        }
        Path target = target(abs, attrs != null, name, option);
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new FitgInputException(name, option, "a file in an existing directory (there is no directory "
                    + (dir == null ? "" : dir) + ")");
        }
        Set<PosixFilePermission> keep = null;
        if (attrs != null) {
            if (!Files.isWritable(target) || readOnlyMode(target)) {
                throw new FitgInputException(name, option, "a file you may write; it exists and is read-only"
                        + " (it is not replaced: remove it or choose another file)");
            }
            keep = permissions(target);
        }
        Path tmp = null;
        try {
            tmp = dir.resolve("." + target.getFileName() + "." + HexFormat.of().toHexDigits(RANDOM.nextLong()) + ".tmp");
            // created without explicit permissions, so the umask applies (Files.createTempFile would force 0600)
            try (OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                os.write(content);
            }
            if (keep != null) {
                Files.getFileAttributeView(tmp, PosixFileAttributeView.class).setPermissions(keep);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new FitgInputException(name, option, "a file that can be written in " + dir + " ("
                    + reason(e, dir) + ")");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    /**
     * Refuses an output file that is one of the command's inputs (the profile, waivers, tailoring or custom rules):
     * the report would replace what it was made from. Paths are compared after resolving links.
     */
    static void refuseInputs(Path out, String option, Collection<Path> inputs) {
        if (out == null || "-".equals(out.toString()) || out.toString().isBlank()) {
            return;
        }
        Path real = realOrNull(out);
        if (real == null) {
            return;
        }
        for (Path in : inputs) {
            if (in == null || "-".equals(in.toString())) {
                continue;
            }
            if (Objects.equals(real, realOrNull(in))) {
                throw new FitgInputException(out.toString(), option, "a file other than the input " + in
                        + " (writing the report there would overwrite it)");
            }
        }
    }

    static Path realOrNull(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** The file to replace: the path itself, or what a symbolic link (possibly dangling) points to. */
    private static Path target(Path abs, boolean exists, String name, String option) {
        try {
            if (exists) {
                return abs.toRealPath();
            }
            Path p = abs;
            for (int i = 0; i < 40 && Files.isSymbolicLink(p); i++) {
                Path link = Files.readSymbolicLink(p);
                p = (p.getParent() == null ? link : p.getParent().resolve(link)).normalize();
            }
            if (Files.isSymbolicLink(p)) {
                throw new FitgInputException(name, option, "a file, not a loop of symbolic links");
            }
            return p;
        } catch (IOException e) {
            throw new FitgInputException(name, option, "a file that can be written (" + reason(e, abs) + ")");
        }
    }

    /** A file whose mode grants write to nobody: refused even for root (who could write it anyway). */
    private static boolean readOnlyMode(Path p) {
        Set<PosixFilePermission> perms = permissions(p);
        return perms != null && !perms.contains(PosixFilePermission.OWNER_WRITE)
                && !perms.contains(PosixFilePermission.GROUP_WRITE) && !perms.contains(PosixFilePermission.OTHERS_WRITE);
    }

    private static Set<PosixFilePermission> permissions(Path p) {
        try {
            return Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** What went wrong, in words, about the path the user named (never the temporary file's). */
    private static String reason(IOException e, Path about) {
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + about;
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory: " + about;
        }
        if (e instanceof FileSystemException fe && fe.getReason() != null) {
            return fe.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
