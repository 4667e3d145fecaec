package dev.noblame.server.cli.writing;

import dev.noblame.common.NameDirectory;
import dev.noblame.common.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the files the writing commands work on; every problem becomes one line naming the file. */
public final class InputFiles {
    /** A problem with the command's input: exit code 2, message printed as is. */
    public static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }

    private InputFiles() {
    }

    /** UTF-8 text of a file, or of standard input for "-". A byte-order mark is dropped. */
    public static String read(Path file, InputStream stdin) throws BadInput {
        byte[] bytes;
        try {
            if (file.toString().equals("-")) {
                bytes = stdin.readAllBytes();
            } else if (Files.isDirectory(file)) {
                throw new BadInput("cannot read " + file + ": it is a directory");
            } else {
                bytes = Files.readAllBytes(file);
            }
        } catch (NoSuchFileException e) {
            throw new BadInput("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new BadInput("cannot read " + file + ": " + e.getMessage());
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BadInput("cannot read " + file + ": it is not UTF-8 text");
        }
    }

    public static NameDirectory names(Path file) throws BadInput {
        if (file == null) {
            return NameDirectory.empty();
        }
        try {
            return NameDirectory.read(file);
        } catch (ValidationException e) {
            throw new BadInput("--names " + e.fields().getOrDefault("names", e.getMessage()));
        }
    }
}
