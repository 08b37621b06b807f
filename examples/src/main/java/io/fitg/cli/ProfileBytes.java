package io.fitg.cli;

import io.fitg.api.FitgInputException;
import io.fitg.core.io.ProfileReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads a profile's bytes once, so that the report can record their SHA-256. */
final class ProfileBytes {
    private ProfileBytes() {
    }

    static byte[] read(Path p) {
        String name = p.toString();
        try {
            if ("-".equals(name)) {
                byte[] b = System.in.readNBytes((int) ProfileReader.MAX_BYTES + 1);
                if (b.length > ProfileReader.MAX_BYTES) {
                    throw new FitgInputException("<stdin>", "", "at most " + ProfileReader.MAX_BYTES / (1024 * 1024) + " MiB");
                }
                return b;
            }
            if (Files.isDirectory(p)) {
                throw new FitgInputException(name, "", "a profile file (JSON or YAML), but this is a directory");
            }
            if (Files.size(p) > ProfileReader.MAX_BYTES) {
                throw new FitgInputException(name, "", "a file of at most " + ProfileReader.MAX_BYTES / (1024 * 1024) + " MiB");
            }
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new FitgInputException(name, "", "an existing, readable file (no such file)");
        } catch (IOException e) {
            throw new FitgInputException(name, "", "a readable file (" + e.getMessage() + ")");
        }
    }

    static boolean isJson(Path p, byte[] bytes) {
        String n = p.toString().toLowerCase();
        if (n.endsWith(".json")) {
            return true;
        }
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return false;
        }
        for (byte b : bytes) {
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                continue;
            }
            return b == '{';
        }
        return false;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
