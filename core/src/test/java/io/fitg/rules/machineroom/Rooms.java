package io.fitg.rules.machineroom;

import io.fitg.core.io.ProfileReader;
import io.fitg.model.machineroom.MachineRoom;

import java.nio.charset.StandardCharsets;

/** Test fixture: a machine room written in profile YAML, read by the real profile reader. */
final class Rooms {
    private Rooms() {
    }

    static MachineRoom room(String yaml) {
        return new ProfileReader().parse(yaml.getBytes(StandardCharsets.UTF_8), "test", false, MachineRoom.class);
    }
}
