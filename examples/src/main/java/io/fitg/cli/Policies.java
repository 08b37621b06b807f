package io.fitg.cli;

import io.fitg.api.Catalog;
import io.fitg.api.Tailoring;
import io.fitg.api.Waiver;
import io.fitg.api.WaiverSet;
import io.fitg.core.Fitg;
import io.fitg.core.io.ProfileReader;
import io.fitg.core.policy.Tailorings;
import io.fitg.core.policy.Waivers;

import java.nio.file.Path;
import java.util.List;

/** Waivers and tailoring read from files and validated against the catalog, before anything runs. */
record Policies(List<Waiver> waivers, Tailoring tailoring) {
    static Policies load(ProfileReader reader, Path waiverFile, Path tailoringFile, String edition) {
        List<Waiver> w = List.of();
        Tailoring t = null;
        if (waiverFile == null && tailoringFile == null) {
            return new Policies(w, t);
        }
        Catalog catalog = Fitg.engine().catalog(edition);
        if (waiverFile != null) {
            w = reader.read(waiverFile, WaiverSet.class).waivers();
            Waivers.validate(w, catalog, waiverFile.toString());
        }
        if (tailoringFile != null) {
            t = reader.read(tailoringFile, Tailoring.class);
            Tailorings.validate(t, catalog, tailoringFile.toString());
        }
        return new Policies(w, t);
    }
}
